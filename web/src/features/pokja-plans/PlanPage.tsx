import { useState, type ReactNode } from 'react';
import {
  App as AntApp,
  Alert,
  Button,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Space,
  Tabs,
  Tag,
  Typography,
  theme,
} from 'antd';
import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError, type FieldErrors } from '../../app/api.ts';
import { DownloadButtons } from '../../components/DownloadButtons.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatMoneyInput } from '../../components/money.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ActionEditor, type ItemDraft } from './ActionEditor.tsx';
import {
  adoptPlan,
  deletePlan,
  exportUrl,
  revisePlan,
  savePlan,
  usePlan,
  usePlanWrite,
  type PlanDetail,
} from './api.ts';
import { KindTag, periodText, planPath, StatusTag } from './labels.tsx';
import { filledYears, MatrixEditor, type RowDraft } from './MatrixEditor.tsx';
import { ProgressPanel } from './ProgressPanel.tsx';
import { VersionsPanel } from './VersionsPanel.tsx';

const yearsOf = (p: { startYear: number; endYear: number }) =>
  Array.from({ length: p.endYear - p.startYear + 1 }, (_, i) => p.startYear + i);

function rowDrafts(plan: PlanDetail): RowDraft[] {
  return plan.rows.map((r) => ({
    key: r.id,
    id: r.id,
    section: r.section,
    level: r.level,
    code: r.code ?? '',
    description: r.description,
    baseline: r.baseline,
    target5y: r.target5y,
    targets: Object.fromEntries(r.yearlyTargets.map((y) => [y.year, y.target])),
    indicator: r.indicator,
    budget: r.budget === null ? '' : formatMoneyInput(r.budget),
    opdId: r.opdId,
    unit: r.unit,
  }));
}

function itemDrafts(plan: PlanDetail): ItemDraft[] {
  return plan.items.map((it) => ({ ...it, key: it.id }));
}

function Downloads({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const choice = (format: 'pdf' | 'xlsx', label: string, icon: ReactNode) => ({
    key: format,
    label,
    icon,
    url: exportUrl(plan.id, format),
    fallbackName: `rencana-pokja-pug-${plan.startYear}.${format}`,
    testId: `pokja-${format}`,
  });
  return (
    <DownloadButtons
      choices={[
        choice('xlsx', t('pokjaPlans.downloadXlsx'), <FileExcelOutlined />),
        choice('pdf', t('pokjaPlans.downloadPdf'), <FilePdfOutlined />),
      ]}
      downloaded={(name) => t('pokjaPlans.downloaded', { name })}
    />
  );
}

/** The editor of one draft (or the read-only view of an adopted plan): content, its save, and the field errors. */
function ContentTab({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [base, setBase] = useState(plan.version);
  const [title, setTitle] = useState(plan.title);
  const [rows, setRows] = useState(() => rowDrafts(plan));
  const [items, setItems] = useState(() => itemDrafts(plan));
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [stale, setStale] = useState(false);
  const write = usePlanWrite(savePlan(plan.id));
  const { token } = theme.useToken();
  // A newer plan from outside (adopted, reloaded) replaces the drafts unless there are edits.
  if (plan.version !== base && !dirty) {
    setBase(plan.version);
    setTitle(plan.title);
    setRows(rowDrafts(plan));
    setItems(itemDrafts(plan));
  }
  const editable = plan.canManage && plan.status === 'draft';
  const years = yearsOf(plan);
  const isAksi = plan.kind === 'rencana_aksi';

  const save = async () => {
    try {
      const saved = await write.mutateAsync({
        version: base,
        title,
        rows: isAksi
          ? []
          : rows.map((r) => ({
              id: r.id,
              section: r.section,
              level: r.level,
              code: r.code.trim() || null,
              description: r.description,
              baseline: r.baseline,
              target5y: r.target5y,
              yearlyTargets: filledYears(r, years).map((y) => ({ year: y, target: r.targets[y] })),
              indicator: r.indicator,
              budget: r.budget.trim() === '' ? null : r.budget,
              opdId: r.opdId,
              unit: r.unit,
            })),
        items: isAksi
          ? items.map((it) => ({
              id: it.id,
              area: it.area,
              action: it.action,
              target: it.target,
              timeline: it.timeline,
              opdId: it.opdId,
              unit: it.unit,
            }))
          : [],
      });
      setErrors({});
      setDirty(false);
      setBase(saved.version);
      setRows(rowDrafts(saved));
      setItems(itemDrafts(saved));
      message.success(t('pokjaPlans.saved', { version: saved.version }));
    } catch (err) {
      if (isApiError(err) && err.status === 409) setStale(true);
      if (isApiError(err)) setErrors(err.fields);
      message.error(err instanceof Error ? err.message : String(err));
    }
  };
  const change =
    <T,>(setter: (v: T) => void) =>
    (v: T) => {
      setter(v);
      setDirty(true);
    };

  return (
    <>
      {stale && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('pokjaPlans.stale')}
          action={
            <Button size="small" onClick={() => window.location.reload()}>
              {t('pokjaPlans.reload')}
            </Button>
          }
        />
      )}
      {editable && (
        <Form layout="vertical" component="div">
          <Form.Item
            label={<label htmlFor="plan-title">{t('pokjaPlans.fields.title')}</label>}
            validateStatus={errors.title ? 'error' : undefined}
            help={errors.title}
          >
            <Input
              id="plan-title"
              value={title}
              maxLength={300}
              onChange={(e) => change(setTitle)(e.target.value)}
            />
          </Form.Item>
        </Form>
      )}
      {isAksi ? (
        <ActionEditor
          items={items}
          opds={plan.opds}
          editable={editable}
          errors={errors}
          onChange={change(setItems)}
        />
      ) : (
        <MatrixEditor
          rows={rows}
          years={years}
          opds={plan.opds}
          editable={editable}
          errors={errors}
          onChange={change(setRows)}
        />
      )}
      {editable && (
        <Flex
          gap={12}
          align="center"
          style={{
            marginTop: 16,
            position: 'sticky',
            bottom: 0,
            background: token.colorBgLayout,
            padding: '8px 0',
          }}
        >
          <Button
            type="primary"
            loading={write.isPending}
            onClick={() => void save()}
            data-testid="pokja-save"
          >
            {t('pokjaPlans.save')}
          </Button>
          {dirty && <Typography.Text type="warning">{t('pokjaPlans.unsaved')}</Typography.Text>}
        </Flex>
      )}
    </>
  );
}

function Actions({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const adopt = usePlanWrite(adoptPlan(plan.id));
  const revise = usePlanWrite(revisePlan(plan.id));
  const [adopting, setAdopting] = useState(false);
  const [reference, setReference] = useState('');
  const fail = (err: unknown) => message.error(err instanceof Error ? err.message : String(err));
  if (!plan.canManage) return null;
  return (
    <Space wrap>
      {plan.status === 'draft' && (
        <>
          <Button type="primary" onClick={() => setAdopting(true)} data-testid="pokja-adopt">
            {t('pokjaPlans.adopt')}
          </Button>
          <Popconfirm
            title={t('pokjaPlans.discardConfirm')}
            onConfirm={async () => {
              try {
                await deletePlan(plan.id, plan.version);
                message.success(t('pokjaPlans.discarded'));
                void navigate(
                  plan.kind === 'rencana_aksi' ? '/kelembagaan/rencana-aksi' : '/kelembagaan/rencana-pokja',
                );
              } catch (err) {
                fail(err);
              }
            }}
          >
            <Button danger>{t('pokjaPlans.discard')}</Button>
          </Popconfirm>
        </>
      )}
      {plan.status === 'ditetapkan' && (
        <Popconfirm
          title={t('pokjaPlans.revise')}
          description={<div style={{ maxWidth: 360 }}>{t('pokjaPlans.reviseBody')}</div>}
          onConfirm={async () => {
            try {
              const rev = await revise.mutateAsync({ version: plan.version });
              message.success(t('pokjaPlans.revised'));
              void navigate(planPath(rev));
            } catch (err) {
              fail(err);
            }
          }}
        >
          <Button loading={revise.isPending} data-testid="pokja-revise">
            {t('pokjaPlans.revise')}
          </Button>
        </Popconfirm>
      )}
      <Modal
        open={adopting}
        title={t('pokjaPlans.adoptTitle')}
        okText={t('pokjaPlans.adopt')}
        confirmLoading={adopt.isPending}
        onCancel={() => setAdopting(false)}
        onOk={async () => {
          try {
            await adopt.mutateAsync({ version: plan.version, reference });
            setAdopting(false);
            message.success(t('pokjaPlans.adopted'));
          } catch (err) {
            fail(err);
          }
        }}
      >
        <Typography.Paragraph>{t('pokjaPlans.adoptBody')}</Typography.Paragraph>
        <Form layout="vertical" component="div">
          <Form.Item
            label={<label htmlFor="adopt-reference">{t('pokjaPlans.fields.reference')}</label>}
            extra={t('pokjaPlans.fields.referenceHint')}
          >
            <Input
              id="adopt-reference"
              value={reference}
              maxLength={300}
              onChange={(e) => setReference(e.target.value)}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}

/** One plan: its header, the matrix (or actions) editor, progress per year, versions and the exports. */
export function PlanPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const plan = usePlan(id);
  const p = plan.data;
  const listPath = p?.kind === 'rencana_aksi' ? '/kelembagaan/rencana-aksi' : '/kelembagaan/rencana-pokja';
  if (!p) {
    return (
      <>
        <PageHeader title={t('pokjaPlans.title.matriks')} />
        <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={p.title}
        subtitle={
          <Space wrap size={4}>
            <KindTag kind={p.kind} />
            <StatusTag status={p.status} />
            <span>{periodText(p)}</span>
            <span>· {t('pokjaPlans.versions.version', { version: p.version })}</span>
            {p.isDemo && <Tag color="gold">{t('pokjaPlans.demo')}</Tag>}
          </Space>
        }
        extra={<Downloads plan={p} />}
      />
      <Flex gap={12} wrap align="center" justify="space-between" style={{ marginBottom: 16 }}>
        <Space wrap>
          <Link to={listPath}>← {t('pokjaPlans.back')}</Link>
          {p.revises && (
            <Link to={planPath(p.revises)}>{t('pokjaPlans.revises', { title: p.revises.title })}</Link>
          )}
          {p.revisions.length > 0 && (
            <span>
              {t('pokjaPlans.revisions')}
              {p.revisions.map((r, i) => (
                <span key={r.id}>
                  {i > 0 && ', '}
                  <Link to={planPath(r)}>{r.title}</Link> ({t(`pokjaPlans.statuses.${r.status}`)})
                </span>
              ))}
            </span>
          )}
        </Space>
        <Actions plan={p} />
      </Flex>
      {p.isDemo && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('pokjaPlans.demoNotice')} />
      )}
      {p.status === 'ditetapkan' && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('pokjaPlans.readOnlyAdopted', {
            reference: p.adoptionReference ? ` (${p.adoptionReference})` : '',
          })}
        />
      )}
      {p.status === 'diganti' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('pokjaPlans.readOnlySuperseded')}
        />
      )}
      <Tabs
        defaultActiveKey={p.status === 'ditetapkan' ? 'progress' : 'content'}
        items={[
          {
            key: 'content',
            label: t('pokjaPlans.tabs.content'),
            children: <ContentTab key={p.id} plan={p} />,
          },
          {
            key: 'progress',
            label: t('pokjaPlans.tabs.progress'),
            children: <ProgressPanel key={p.id} plan={p} />,
          },
          { key: 'versions', label: t('pokjaPlans.tabs.versions'), children: <VersionsPanel plan={p} /> },
        ]}
      />
    </>
  );
}
