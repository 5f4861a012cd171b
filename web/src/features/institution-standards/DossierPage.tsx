import {
  App as AntApp,
  Alert,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Popconfirm,
  Radio,
  Select,
  Space,
  Tag,
  Timeline,
  Typography,
  Upload,
} from 'antd';
import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DOSSIER_OUTCOMES } from '../../../../domain/institution-standards/constants.ts';
import { isApiError } from '../../app/api.ts';
import { currentLanguage } from '../../app/i18n.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate, formatDateTime } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import {
  certificateUrl,
  evidenceDownloadUrl,
  evidenceUploadUrl,
  useDossier,
  useDossierWrite,
  useRefreshStandards,
  verifyPageUrl,
  type DossierDetail,
} from './api.ts';
import { ExampleTag, formatScore, OutcomeTag, StageTag } from './labels.tsx';

type Answer = DossierDetail['answers'][number];
type Criterion = DossierDetail['standardDetail']['elements'][number]['criteria'][number];
type Review = { review: 'accepted' | 'needs_fix' | null; comment: string };

const ACCEPT = 'image/png,image/jpeg,image/gif,image/webp,application/pdf,.pdf,.xlsx,.docx';

/** The answer's input by the criterion's scoring kind. */
function ValueInput({
  c,
  value,
  onChange,
  disabled,
}: {
  c: Criterion;
  value: boolean | number | null;
  onChange: (v: boolean | number | null) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  if (c.kind === 'yes_no')
    return (
      <Radio.Group
        disabled={disabled}
        value={value}
        onChange={(e) => onChange(e.target.value as boolean)}
        aria-label={`${c.code} ${t('institutionStandards.dossier.answer')}`}
      >
        <Radio value={true}>{t('institutionStandards.dossier.yes')}</Radio>
        <Radio value={false}>{t('institutionStandards.dossier.no')}</Radio>
      </Radio.Group>
    );
  if (c.kind === 'scale')
    return (
      <Radio.Group
        disabled={disabled}
        value={value}
        onChange={(e) => onChange(e.target.value as number)}
        aria-label={`${c.code} ${t('institutionStandards.dossier.answer')}`}
      >
        {Array.from({ length: c.scaleMax ?? 0 }, (_, i) => (
          <Radio.Button key={i + 1} value={i + 1}>
            {i + 1}
          </Radio.Button>
        ))}
      </Radio.Group>
    );
  return (
    <InputNumber
      disabled={disabled}
      min={0}
      value={typeof value === 'number' ? value : null}
      onChange={(v) => onChange(v === null ? null : Number(v))}
      aria-label={`${c.code} ${t('institutionStandards.dossier.answer')}`}
    />
  );
}

function CriterionCard({
  d,
  c,
  a,
  review,
  onReview,
}: {
  d: DossierDetail;
  c: Criterion;
  a: Answer;
  review: Review | null;
  onReview: (r: Review) => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const write = useDossierWrite(d.id);
  const refresh = useRefreshStandards();
  const [value, setValue] = useState<boolean | number | null>(a.value);
  const [note, setNote] = useState(a.note);
  const dirty = value !== a.value || note !== a.note;
  const save = async () => {
    try {
      await write.mutateAsync({
        method: 'PUT',
        path: `/answers/${encodeURIComponent(c.code)}`,
        body: { version: d.version, value, note },
      });
      message.success(t('institutionStandards.dossier.saved', { code: c.code }));
    } catch (error) {
      if (isApiError(error) && error.status === 409) void refresh();
      message.error(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <Card
      size="small"
      style={{ marginBottom: 8, borderColor: a.review === 'needs_fix' ? '#d48806' : undefined }}
      data-testid={`criterion-${c.code}`}
      title={
        <Space wrap>
          <Typography.Text strong>{c.code}</Typography.Text>
          <Typography.Text style={{ whiteSpace: 'normal' }}>{c.text}</Typography.Text>
        </Space>
      }
      extra={
        <Space>
          {a.review && (
            <Tag color={a.review === 'accepted' ? 'green' : 'gold'}>
              {t(`institutionStandards.dossier.${a.review}`)}
            </Tag>
          )}
          {!a.editable && <Tag>{t('institutionStandards.dossier.frozen')}</Tag>}
          <Typography.Text type="secondary">{formatScore(a.score, i18n.language)}</Typography.Text>
        </Space>
      }
    >
      {c.help && <Typography.Paragraph type="secondary">{c.help}</Typography.Paragraph>}
      {a.reviewComment && (
        <Alert
          type={a.review === 'needs_fix' ? 'warning' : 'info'}
          showIcon
          message={a.reviewComment}
          style={{ marginBottom: 8 }}
        />
      )}
      <Flex gap={16} wrap align="flex-start">
        <ValueInput c={c} value={value} onChange={setValue} disabled={!a.editable} />
        <Input.TextArea
          style={{ flex: 1, minWidth: 240 }}
          autoSize={{ minRows: 1, maxRows: 4 }}
          disabled={!a.editable}
          value={note}
          maxLength={4000}
          onChange={(e) => setNote(e.target.value)}
          placeholder={t('institutionStandards.dossier.note')}
          aria-label={`${c.code} ${t('institutionStandards.dossier.note')}`}
        />
        {a.editable && (
          <Button
            onClick={() => void save()}
            disabled={!dirty}
            loading={write.isPending}
            data-testid={`save-${c.code}`}
          >
            {t('institutionStandards.dossier.saveAnswer')}
          </Button>
        )}
      </Flex>
      <div style={{ marginTop: 8 }}>
        {c.evidenceExpected && (
          <Typography.Text type="secondary">
            {t('institutionStandards.dossier.evidenceExpected', { text: c.evidenceExpected })}{' '}
          </Typography.Text>
        )}
        {a.editable && (
          <Upload
            name="file"
            action={evidenceUploadUrl(d.id, c.code)}
            accept={ACCEPT}
            withCredentials
            headers={{ 'Accept-Language': currentLanguage() }}
            showUploadList={false}
            onChange={({ file }) => {
              if (file.status === 'done') {
                message.success(t('institutionStandards.dossier.uploaded', { name: file.name }));
                void refresh();
              }
              if (file.status === 'error') {
                const body = file.response as
                  { error?: { message?: string; fields?: Record<string, string> } } | undefined;
                message.error(
                  t('institutionStandards.dossier.uploadFailed', {
                    message: body?.error?.fields?.file ?? body?.error?.message ?? '',
                  }),
                );
              }
            }}
          >
            <Button size="small" icon={<UploadOutlined />} data-testid={`upload-${c.code}`}>
              {t('institutionStandards.dossier.upload')}
            </Button>
          </Upload>
        )}
        {a.evidence.length > 0 && (
          <List
            size="small"
            dataSource={a.evidence}
            renderItem={(f) => (
              <List.Item
                actions={[
                  <a
                    key="dl"
                    href={evidenceDownloadUrl(d.id, f.id)}
                    download={f.fileName}
                    aria-label={t('institutionStandards.dossier.download', { name: f.fileName })}
                  >
                    <DownloadOutlined />
                  </a>,
                  ...(a.editable
                    ? [
                        <Popconfirm
                          key="rm"
                          title={t('institutionStandards.dossier.deleteConfirm', { name: f.fileName })}
                          onConfirm={() =>
                            write
                              .mutateAsync({ method: 'DELETE', path: `/evidence/${f.id}` })
                              .then(() => refresh())
                              .catch((e: unknown) =>
                                message.error(e instanceof Error ? e.message : String(e)),
                              )
                          }
                        >
                          <Button
                            type="text"
                            size="small"
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={t('institutionStandards.dossier.deleteFile', { name: f.fileName })}
                          />
                        </Popconfirm>,
                      ]
                    : []),
                ]}
              >
                {f.fileName}
              </List.Item>
            )}
          />
        )}
      </div>
      {review && (
        <Flex
          gap={12}
          wrap
          align="center"
          style={{ marginTop: 8, paddingTop: 8, borderTop: '1px dashed #ddd' }}
        >
          <Typography.Text strong>{t('institutionStandards.dossier.review')}</Typography.Text>
          <Radio.Group
            value={review.review}
            onChange={(e) => onReview({ ...review, review: e.target.value as Review['review'] })}
            aria-label={`${c.code} ${t('institutionStandards.dossier.review')}`}
          >
            <Radio value="accepted">{t('institutionStandards.dossier.accepted')}</Radio>
            <Radio value="needs_fix">{t('institutionStandards.dossier.needs_fix')}</Radio>
          </Radio.Group>
          {review.review === 'needs_fix' && (
            <Input
              style={{ flex: 1, minWidth: 240 }}
              value={review.comment}
              maxLength={2000}
              onChange={(e) => onReview({ ...review, comment: e.target.value })}
              placeholder={t('institutionStandards.dossier.fixComment')}
              aria-label={`${c.code} ${t('institutionStandards.dossier.fixComment')}`}
            />
          )}
        </Flex>
      )}
    </Card>
  );
}

interface DecideValues {
  outcome: (typeof DOSSIER_OUTCOMES)[number];
  decisionNumber?: string;
  decisionDate: { format: (f: string) => string };
  validUntil?: { format: (f: string) => string } | null;
  note?: string;
}

/**
 * /lembaga-layanan/standardisasi/:id: one dossier — its criteria by element with answers,
 * notes and evidence (editable while the stage allows), DP3A's review per criterion, the
 * moves of each stage, the decision, the certificate and the history.
 */
export function DossierPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const q = useDossier(id);
  const write = useDossierWrite(id);
  const [reviews, setReviews] = useState<Record<string, Review>>({});
  const [deciding, setDeciding] = useState(false);
  const [revoking, setRevoking] = useState(false);
  const [decideForm] = Form.useForm<DecideValues>();
  const [revokeForm] = Form.useForm<{ reason: string }>();
  const d = q.data;
  if (!d) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;

  const byCode = new Map(d.answers.map((a) => [a.criterionCode, a]));
  const reviewOf = (a: Answer): Review =>
    reviews[a.criterionCode] ?? { review: a.review, comment: a.reviewComment ?? '' };
  const move = async (path: string, body: object, done: string) => {
    try {
      await write.mutateAsync({
        method: path === '/reviews' ? 'PUT' : 'POST',
        path,
        body: { version: d.version, ...body },
      });
      message.success(t(done));
      return true;
    } catch (error) {
      if (isApiError(error) && error.status === 409) void q.refetch();
      const fields = isApiError(error) ? Object.values(error.fields ?? {}).slice(0, 3) : [];
      message.error([error instanceof Error ? error.message : String(error), ...fields].join(' · '));
      return false;
    }
  };
  const saveReviews = async () => {
    const list = Object.entries(reviews)
      .filter(([, r]) => r.review)
      .map(([criterionCode, r]) => ({ criterionCode, review: r.review!, comment: r.comment || undefined }));
    if (
      list.length &&
      (await move('/reviews', { reviews: list }, 'institutionStandards.dossier.reviewsSaved'))
    )
      setReviews({});
  };
  const acceptRest = () => {
    const next = { ...reviews };
    for (const a of d.answers)
      if (!a.review && !next[a.criterionCode]?.review)
        next[a.criterionCode] = { review: 'accepted', comment: '' };
    setReviews(next);
  };
  const resubmit = d.stage === 'fixing';

  return (
    <>
      <PageHeader
        title={`${t('institutionStandards.dossier.title')}: ${d.institution.name}`}
        subtitle={`${d.standard.name} (v${d.standard.version}) · ${t('institutionStandards.dossier.round', { n: d.round })}`}
      />
      {d.standard.example && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={<ExampleTag />}
          description={t('institutionStandards.exampleHelp')}
        />
      )}
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <StageTag stage={d.stage} />
        <OutcomeTag outcome={d.outcome} standing={d.standing} />
        <Typography.Text data-testid="dossier-score">
          {t('institutionStandards.dossier.score', { score: formatScore(d.score.total, i18n.language) })}
        </Typography.Text>
        {d.outcome && d.decisionDate && (
          <Typography.Text type="secondary">
            {t('institutionStandards.dossier.decision', {
              outcome: t(`institutionStandards.outcomes.${d.outcome}`),
              number: d.decisionNumber ?? '—',
              date: formatDate(d.decisionDate),
            })}
            {d.validUntil &&
              ` · ${t('institutionStandards.board.validUntil', { date: formatDate(d.validUntil) })}`}
          </Typography.Text>
        )}
      </Flex>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        {d.can.fill && (
          <Button
            type="primary"
            disabled={!d.can.submit}
            title={
              d.can.submit
                ? undefined
                : t('institutionStandards.dossier.notReady', {
                    unanswered: d.gaps.unanswered.length,
                    evidence: d.gaps.missingEvidence.length,
                  })
            }
            onClick={() => void move('/submit', {}, 'institutionStandards.dossier.submitted')}
            data-testid="dossier-submit"
          >
            {t(resubmit ? 'institutionStandards.dossier.resubmit' : 'institutionStandards.dossier.submit')}
          </Button>
        )}
        {d.can.review && (
          <>
            <Button onClick={acceptRest}>{t('institutionStandards.dossier.acceptAll')}</Button>
            <Button
              type="primary"
              onClick={() => void saveReviews()}
              disabled={Object.keys(reviews).length === 0}
              data-testid="dossier-save-reviews"
            >
              {t('institutionStandards.dossier.saveReviews')}
            </Button>
          </>
        )}
        {d.can.returnForFix && (
          <Button
            onClick={() => void move('/return', {}, 'institutionStandards.dossier.returned')}
            data-testid="dossier-return"
          >
            {t('institutionStandards.dossier.returnForFix')}
          </Button>
        )}
        {d.can.forward && (
          <Button
            type="primary"
            onClick={() => void move('/forward', {}, 'institutionStandards.dossier.forwarded')}
            data-testid="dossier-forward"
          >
            {t('institutionStandards.dossier.forward')}
          </Button>
        )}
        {d.can.decide && (
          <Button type="primary" onClick={() => setDeciding(true)} data-testid="dossier-decide">
            {t('institutionStandards.dossier.decide')}
          </Button>
        )}
        {d.can.reopen && (
          <Button onClick={() => void move('/reopen', {}, 'institutionStandards.dossier.reopened')}>
            {t('institutionStandards.dossier.reopen')}
          </Button>
        )}
        {d.can.certificate && (
          <Button
            icon={<DownloadOutlined />}
            href={certificateUrl(d.id)}
            download
            data-testid="dossier-certificate"
          >
            {t('institutionStandards.dossier.certificate')}
          </Button>
        )}
        {d.verificationCode && d.outcome === 'terstandar' && (
          <Button
            href={verifyPageUrl(d.verificationCode)}
            target="_blank"
            rel="noreferrer"
            data-testid="dossier-verify"
          >
            {t('institutionStandards.dossier.verifyPage')}
          </Button>
        )}
        {d.can.revoke && (
          <Button danger onClick={() => setRevoking(true)}>
            {t('institutionStandards.dossier.revoke')}
          </Button>
        )}
      </Flex>
      {d.standardDetail.elements.map((e) => {
        const score = d.score.elements.find((x) => x.code === e.code)?.score ?? 0;
        return (
          <section key={e.id} style={{ marginBottom: 16 }}>
            <Typography.Title level={4}>
              {t('institutionStandards.dossier.element', {
                code: e.code,
                name: e.name,
                score: formatScore(score, i18n.language),
              })}
            </Typography.Title>
            {e.criteria.map((c) => {
              const a = byCode.get(c.code)!;
              return (
                <CriterionCard
                  key={`${c.id}:${d.version}:${a.value === null ? '' : String(a.value)}`}
                  d={d}
                  c={c}
                  a={a}
                  review={d.can.review ? reviewOf(a) : null}
                  onReview={(r) => setReviews((prev) => ({ ...prev, [c.code]: r }))}
                />
              );
            })}
          </section>
        );
      })}
      <Typography.Title level={4}>{t('institutionStandards.dossier.history')}</Typography.Title>
      <Timeline
        items={d.history.map((h) => ({
          children: (
            <>
              <Typography.Text strong>
                {t(`institutionStandards.dossier.actions.${h.action}`)}
              </Typography.Text>{' '}
              <Typography.Text type="secondary">
                {formatDateTime(h.at)} · {h.actor ?? '—'}
              </Typography.Text>
              {h.note && <div>{h.note}</div>}
            </>
          ),
        }))}
      />
      <Modal
        open={deciding}
        title={t('institutionStandards.dossier.decide')}
        onCancel={() => setDeciding(false)}
        onOk={() => decideForm.submit()}
        okButtonProps={{ loading: write.isPending, id: 'decide-ok' }}
      >
        <Form<DecideValues>
          form={decideForm}
          layout="vertical"
          initialValues={{ outcome: 'terstandar' }}
          onFinish={async (v) => {
            const ok = await move(
              '/decide',
              {
                outcome: v.outcome,
                decisionNumber: v.decisionNumber?.trim() || undefined,
                decisionDate: v.decisionDate.format('YYYY-MM-DD'),
                validUntil: v.validUntil ? v.validUntil.format('YYYY-MM-DD') : undefined,
                note: v.note?.trim() || undefined,
              },
              'institutionStandards.dossier.decided',
            );
            if (ok) setDeciding(false);
          }}
        >
          <Form.Item
            name="outcome"
            label={t('institutionStandards.dossier.outcome')}
            rules={[{ required: true }]}
          >
            <Select
              options={DOSSIER_OUTCOMES.map((o) => ({
                value: o,
                label: t(`institutionStandards.outcomes.${o}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="decisionNumber" label={t('institutionStandards.dossier.decisionNumber')}>
            <Input maxLength={120} data-testid="decision-number" />
          </Form.Item>
          <Form.Item
            name="decisionDate"
            label={t('institutionStandards.dossier.decisionDate')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <DatePicker format="DD-MM-YYYY" data-testid="decision-date" />
          </Form.Item>
          <Form.Item
            name="validUntil"
            label={t('institutionStandards.dossier.validUntil')}
            extra={t('institutionStandards.dossier.validUntilHelp', {
              months: d.standardDetail.validityMonths ?? '—',
            })}
          >
            <DatePicker format="DD-MM-YYYY" />
          </Form.Item>
          <Form.Item name="note" label={t('institutionStandards.dossier.decisionNote')}>
            <Input.TextArea maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={revoking}
        title={t('institutionStandards.dossier.revoke')}
        onCancel={() => setRevoking(false)}
        onOk={() => revokeForm.submit()}
      >
        <Form
          form={revokeForm}
          layout="vertical"
          onFinish={async (v) => {
            if (await move('/revoke', { reason: v.reason }, 'institutionStandards.dossier.revoked'))
              setRevoking(false);
          }}
        >
          <Form.Item
            name="reason"
            label={t('institutionStandards.dossier.revokeReason')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input.TextArea maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
