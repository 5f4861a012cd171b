import { useMemo, useState } from 'react';
import {
  App as AntApp,
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Result,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { ArrowLeftOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api.ts';
import { useRegionSearch } from '../../app/region.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime, formatNumber } from '../../components/format.ts';
import { formatRupiah } from '../../components/money.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { UnsavedChangesGuard } from '../values/UnsavedChangesGuard.tsx';
import { ARG_TAG_COLORS } from '../planning/arg.ts';
import { QUARTERS } from '../../../../domain/monev/constants.ts';
import { reportPath, useMonevReport, useSaveMonev, useSubmitMonev, type MonevReport } from './api.ts';
import {
  bodyOf,
  changeCount,
  decimalText,
  draftOf,
  overOfDraft,
  previousOfReport,
  switchMode,
  type Draft,
} from './draft.ts';
import { FieldContext, type FieldContextValue } from './FieldShell.tsx';
import { EvidenceSection } from './EvidenceSection.tsx';
import { FlagTags, StatusTag, useQuarterLabel } from './labels.tsx';
import { BeneficiariesSection } from './BeneficiariesSection.tsx';
import {
  EntryModeSwitch,
  IndicatorsSection,
  NotesSection,
  OverSection,
  RealisationSection,
} from './ReportSections.tsx';
import type { SectionProps } from './sectionParts.tsx';
import { ReopenButton, ReviewPanel } from './ReviewPanel.tsx';
import { seriesErrors } from './seriesIssues.ts';

/** A quarter's report of one gender-responsive sub-kegiatan: the form, its review, its evidence. */
export function MonevReportPage() {
  const { t } = useTranslation();
  const { id = '', period = '' } = useParams();
  const report = useMonevReport(id, period);
  if (report.isPending)
    return <Spin style={{ display: 'block', margin: '64px auto' }} aria-label={t('app.loading')} />;
  if (report.error || !report.data) {
    return (
      <>
        <PageHeader title={t('monev.list.title')} help="monev" />
        <ErrorAlert error={report.error} />
        <BackLink year={Number(period.slice(0, 4)) || null} />
      </>
    );
  }
  return <ReportView report={report.data} />;
}

function BackLink({ year }: { year: number | null }) {
  const { t } = useTranslation();
  const search = new URLSearchParams(useRegionSearch());
  if (year) search.set('year', String(year));
  return (
    <Link to={{ pathname: '/monev', search: `?${search}` }} data-testid="monev-back">
      <ArrowLeftOutlined aria-hidden /> {t('monev.report.back')}
    </Link>
  );
}

/** The same sub-kegiatan's four quarters, the open one marked. */
function QuarterNav({ report }: { report: MonevReport }) {
  const { t } = useTranslation();
  const search = useRegionSearch();
  const quarter = useQuarterLabel();
  return (
    <nav aria-label={t('monev.report.quarters')}>
      <Flex gap={8} wrap>
        {QUARTERS.map((q) =>
          q === report.quarter ? (
            <Typography.Text key={q} strong aria-current="page">
              {quarter.long(q)}
            </Typography.Text>
          ) : (
            <Link key={q} to={{ pathname: reportPath(report.plan.subActivityId, report.year, q), search }}>
              {quarter.long(q)}
            </Link>
          ),
        )}
      </Flex>
    </nav>
  );
}

/** Field keys that have a box on the form, where their error is shown. */
const AT_FIELD =
  /^(budgetRealised|physicalRealised|kendala|tindakLanjut|overReason|evidence|beneficiaries\.[PL]|beneficiaries\.(group|age)\.[a-z_]+\.[PL]|genderIndicators\..+)$/;
const shownAtField = (field: string) => AT_FIELD.test(field);

/** The id, version and status the form was last filled from: a new one refills it. */
const stamp = (r: MonevReport) => `${r.id ?? ''}:${r.version}:${r.status}`;

function ReportView({ report }: { report: MonevReport }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const quarter = useQuarterLabel();
  const save = useSaveMonev(report.plan.subActivityId, report.period);
  const submit = useSubmitMonev(report.plan.subActivityId, report.period);
  const previous = useMemo(() => previousOfReport(report), [report]);
  const initial = useMemo(() => draftOf(report), [report]);
  const [draft, setDraft] = useState<Draft>(initial);
  const [seen, setSeen] = useState(stamp(report));
  const [errors, setErrors] = useState<Record<string, string>>(() => seriesErrors(report, t));
  const [problem, setProblem] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [pending, setPending] = useState<Record<string, string>>({});
  if (stamp(report) !== seen) {
    // Saved, submitted, decided or reopened: the server's report is the form's new start.
    setSeen(stamp(report));
    setDraft(initial);
    setErrors(seriesErrors(report, t));
    if (report.status !== 'submitted') setPending({});
  }

  const readOnly = !report.can.edit;
  // A quarter nobody has reported, opened by a reader: there is nothing to show but the plan.
  const notStarted = report.id === null && !report.can.edit;
  const changes = readOnly ? 0 : changeCount(draft, initial);
  const over = overOfDraft(report, draft, previous);
  const showOver =
    over.physical || over.pagu || draft.overConfirmed || draft.overReason !== '' || !!errors.overReason;

  const change: SectionProps['change'] = (update, field) => {
    setDraft(update);
    if (field && errors[field]) {
      setErrors((e) => {
        const { [field]: _drop, ...rest } = e;
        return rest;
      });
    }
  };

  const failed = (err: unknown) => {
    if (isApiError(err) && err.status === 409 && err.fields.version) {
      setStale(true);
      return;
    }
    if (isApiError(err) && Object.keys(err.fields).length > 0) {
      setErrors(err.fields);
      // What no box carries (the report's status, the whole indicator list) is said above the form.
      const elsewhere = Object.entries(err.fields)
        .filter(([field]) => !shownAtField(field))
        .map(([, text]) => text);
      setProblem([err.message, ...elsewhere].join(' '));
      message.error(t('monev.report.invalid'));
      // The first marked box gets the focus, so a keyboard user lands on what to fix.
      setTimeout(() => {
        const first = document.querySelector<HTMLElement>('[data-monev-form] [aria-invalid="true"]');
        first?.focus();
        first?.scrollIntoView({ block: 'center' });
      }, 50);
      return;
    }
    setProblem(err instanceof Error ? err.message : String(err));
  };

  const doSave = async (): Promise<MonevReport | null> => {
    setProblem(null);
    try {
      const saved = await save.mutateAsync(bodyOf(draft, report.version));
      setErrors(seriesErrors(saved, t));
      return saved;
    } catch (err) {
      failed(err);
      return null;
    }
  };

  const onSave = async () => {
    const saved = await doSave();
    if (saved) message.success(t('monev.report.saved', { version: saved.version }));
  };

  const onSubmit = async () => {
    const current = changes > 0 || report.id === null ? await doSave() : report;
    if (!current?.id) return;
    try {
      setErrors(seriesErrors(await submit.mutateAsync({ id: current.id, version: current.version }), t));
      message.success(t('monev.report.submitted'));
    } catch (err) {
      failed(err);
    }
  };

  const context: FieldContextValue = {
    errors,
    comments: report.comments,
    review: report.can.review
      ? { pending, set: (field, body) => setPending((p) => ({ ...p, [field]: body })) }
      : null,
  };
  const section: SectionProps = { report, draft, previous, readOnly, change };
  const plan = report.plan;
  const statusNote =
    report.status === 'verified'
      ? t('monev.report.locked')
      : report.status === 'submitted'
        ? t('monev.report.submittedNote')
        : report.status === 'returned' && report.can.edit
          ? t('monev.report.returnedNote')
          : readOnly
            ? t('monev.report.readOnly')
            : null;

  return (
    <FieldContext.Provider value={context}>
      <UnsavedChangesGuard count={changes} />
      <PageHeader
        help="monev"
        title={t('monev.report.title', { quarter: quarter.long(report.quarter), year: report.year })}
        subtitle={`${plan.code} ${plan.name} — ${plan.opd.name}`}
        extra={
          <>
            <BackLink year={report.year} />
            {report.can.reopen && <ReopenButton report={report} />}
          </>
        }
      />
      <QuarterNav report={report} />
      <Flex gap={8} wrap align="center" style={{ margin: '8px 0 12px' }}>
        <StatusTag status={report.id ? report.status : null} />
        {report.id && <Tag>{t('monev.report.version', { version: report.version })}</Tag>}
        <FlagTags flags={report.flags} />
      </Flex>
      {report.submittedAt && report.submittedBy && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
          {t('monev.report.submittedBy', {
            at: formatDateTime(report.submittedAt),
            name: report.submittedBy.name,
          })}
        </Typography.Paragraph>
      )}
      {report.verifiedAt && report.verifiedBy && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
          {t('monev.report.verifiedBy', {
            at: formatDateTime(report.verifiedAt),
            name: report.verifiedBy.name,
          })}
        </Typography.Paragraph>
      )}
      {report.reopenedAt && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
          {t('monev.report.reopened', {
            at: formatDateTime(report.reopenedAt),
            reason: report.reopenReason ?? '',
          })}
        </Typography.Paragraph>
      )}
      {statusNote && (
        <Alert
          type={report.status === 'returned' ? 'warning' : 'info'}
          showIcon
          title={statusNote}
          style={{ margin: '8px 0 16px' }}
          data-testid="monev-status-note"
        />
      )}
      {report.seriesIssues.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('monev.report.seriesTitle', { count: report.seriesIssues.length })}
          style={{ marginBottom: 16 }}
          data-testid="monev-series-issues"
        />
      )}
      {stale && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('monev.report.stale')}
          style={{ marginBottom: 16 }}
          action={<Button onClick={() => window.location.reload()}>{t('monev.report.reload')}</Button>}
        />
      )}
      {problem && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={problem}
          style={{ marginBottom: 16 }}
          data-testid="monev-problem"
        />
      )}

      <Card title={t('monev.report.plan')} size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }} data-testid="monev-plan">
          <Descriptions.Item label={t('monev.report.pagu')}>{formatRupiah(plan.pagu)}</Descriptions.Item>
          <Descriptions.Item label={t('monev.report.target')}>{plan.targetText || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('monev.report.output')}>
            {plan.outputIndicator || '—'}
          </Descriptions.Item>
          <Descriptions.Item label="ARG">
            {plan.argCategory ? (
              <Tag color={ARG_TAG_COLORS[plan.argCategory as keyof typeof ARG_TAG_COLORS] ?? 'default'}>
                {t(`planning.argCategories.${plan.argCategory}.short`)}
              </Tag>
            ) : (
              '—'
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('monev.report.previous')} span={2}>
            {report.quarter === 1 ? (
              t('monev.report.previousNone')
            ) : (
              <span data-testid="monev-previous">
                {formatRupiah(previous.budgetRealised)} · {decimalText(previous.physicalRealised) || '0'}{' '}
                {plan.unit} · {t('monev.sex.P')} {formatNumber(previous.P)} · {t('monev.sex.L')}{' '}
                {formatNumber(previous.L)}
              </span>
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>

      {notStarted ? (
        <Result status="info" title={t('monev.status.none')} data-testid="monev-not-started" />
      ) : (
        <>
          <Form layout="vertical" component="div" data-monev-form="">
            <EntryModeSwitch
              draft={draft}
              readOnly={readOnly}
              onSwitch={(mode) => setDraft((d) => switchMode(d, previous, mode))}
            />
            <RealisationSection {...section} />
            <BeneficiariesSection {...section} />
            <IndicatorsSection {...section} />
            <NotesSection {...section} />
            {showOver && <OverSection {...section} over={over} />}
          </Form>
          <EvidenceSection report={report} canEdit={report.can.edit} />
        </>
      )}

      {report.can.review && <ReviewPanel report={report} pending={pending} />}
      {report.can.edit && (
        <Card size="small" style={{ position: 'sticky', bottom: 0, zIndex: 2 }}>
          <Flex gap={8} wrap align="center">
            <Button
              icon={<SaveOutlined />}
              loading={save.isPending}
              onClick={() => void onSave()}
              data-testid="monev-save"
            >
              {t('monev.report.saveDraft')}
            </Button>
            <Button
              type="primary"
              icon={<SendOutlined />}
              loading={submit.isPending}
              onClick={() => void onSubmit()}
              data-testid="monev-submit"
            >
              {t('monev.report.submit')}
            </Button>
            {changes > 0 && (
              <Typography.Text type="warning" data-testid="monev-unsaved" role="status">
                {t('monev.report.unsaved', { count: changes })}
              </Typography.Text>
            )}
          </Flex>
        </Card>
      )}
    </FieldContext.Provider>
  );
}
