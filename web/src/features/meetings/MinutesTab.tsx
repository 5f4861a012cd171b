import { useEffect, useState } from 'react';
import { App as AntApp, Alert, Button, Card, Flex, Form, Input, Radio, Spin, Tag, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { formatDateTime } from '../../components/format.ts';
import { OUTCOME_RESULTS, type MinutesContent } from '../../../../domain/meetings/minutes.ts';
import { useMinutes, useSaveMinutes, type MeetingDetail } from './api.ts';
import { SimpleText } from './SimpleText.tsx';

const RESULT_COLORS = { achieved: 'green', partly: 'gold', not: 'red' } as const;

/** Notulen: a summary per agenda item, decisions, and each intended outcome marked with a note. */
export function MinutesTab({ meeting: m }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const minutes = useMinutes(m.id);
  const [editing, setEditing] = useState(false);
  if (minutes.isPending) return <Spin aria-label={t('app.loading')} />;
  if (minutes.error || !minutes.data)
    return <ErrorAlert error={minutes.error} onRetry={() => void minutes.refetch()} />;
  const data = minutes.data;
  if (editing)
    return (
      <MinutesForm
        meeting={m}
        content={data.content}
        version={data.version}
        onDone={() => setEditing(false)}
      />
    );
  const summaryOf = (id: string) =>
    data.content.agendaNotes.find((n) => n.agendaItemId === id)?.summary ?? '';
  const outcomeOf = (id: string) => data.content.outcomes.find((o) => o.outcomeId === id);
  return (
    <>
      <Flex gap={8} align="center" style={{ marginBottom: 16 }} wrap>
        {data.canWrite && (
          <Button type="primary" onClick={() => setEditing(true)}>
            {data.version ? t('meetings.minutes.edit') : t('meetings.minutes.write')}
          </Button>
        )}
        {data.updatedAt && (
          <Typography.Text type="secondary">
            {t('meetings.minutes.updatedAt', { at: formatDateTime(data.updatedAt) })}
          </Typography.Text>
        )}
      </Flex>
      {!data.version && (
        <EmptyState>
          {data.canWrite ? t('meetings.minutes.emptyWriter') : t('meetings.minutes.empty')}
        </EmptyState>
      )}
      {data.version > 0 && (
        <>
          <Typography.Title level={4}>{t('meetings.fields.agenda')}</Typography.Title>
          {m.agenda.map((a, i) => (
            <Card key={a.id} size="small" title={`${i + 1}. ${a.text}`} style={{ marginBottom: 8 }}>
              {summaryOf(a.id) ? (
                <SimpleText text={summaryOf(a.id)} />
              ) : (
                <Typography.Text type="secondary">{t('meetings.minutes.noSummary')}</Typography.Text>
              )}
            </Card>
          ))}
          <Typography.Title level={4}>{t('meetings.minutes.decisions')}</Typography.Title>
          {data.content.decisions.length ? (
            <ol>
              {data.content.decisions.map((d, i) => (
                <li key={i}>
                  <SimpleText text={d} />
                </li>
              ))}
            </ol>
          ) : (
            <Typography.Text type="secondary">{t('meetings.minutes.noDecisions')}</Typography.Text>
          )}
          <Typography.Title level={4}>{t('meetings.fields.intendedOutcomes')}</Typography.Title>
          <Typography.Paragraph>{t('meetings.minutes.tally', data.tally)}</Typography.Paragraph>
          <ol>
            {m.intendedOutcomes.map((o) => {
              const mark = outcomeOf(o.id);
              return (
                <li key={o.id}>
                  {o.text}{' '}
                  {mark ? (
                    <Tag color={RESULT_COLORS[mark.result]}>{t(`meetings.result.${mark.result}`)}</Tag>
                  ) : (
                    <Tag>{t('meetings.result.unmarked')}</Tag>
                  )}
                  {mark?.note && (
                    <div>
                      <SimpleText text={mark.note} />
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </>
  );
}

interface FormValues {
  summaries: Record<string, string>;
  decisions: string[];
  outcomes: Record<string, { result?: MinutesContent['outcomes'][number]['result']; note?: string }>;
}

function MinutesForm({
  meeting: m,
  content,
  version,
  onDone,
}: {
  meeting: MeetingDetail;
  content: MinutesContent;
  version: number;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<FormValues>();
  const save = useSaveMinutes(m.id);
  const [formError, setFormError] = useState<string | null>(null);
  useEffect(() => {
    form.setFieldsValue({
      summaries: Object.fromEntries(content.agendaNotes.map((n) => [n.agendaItemId, n.summary])),
      decisions: content.decisions.length ? content.decisions : [''],
      outcomes: Object.fromEntries(
        content.outcomes.map((o) => [o.outcomeId, { result: o.result, note: o.note }]),
      ),
    });
  }, [form, content]);
  const submit = (v: FormValues) => {
    setFormError(null);
    const outcomes = m.intendedOutcomes
      .filter((o) => v.outcomes?.[o.id]?.result)
      .map((o) => ({ outcomeId: o.id, result: v.outcomes[o.id].result!, note: v.outcomes[o.id].note ?? '' }));
    const body = {
      version,
      agendaNotes: m.agenda
        .map((a) => ({ agendaItemId: a.id, summary: v.summaries?.[a.id] ?? '' }))
        .filter((n) => n.summary.trim()),
      decisions: (v.decisions ?? []).filter((d) => d && d.trim()),
      outcomes,
    };
    save.mutate(body, {
      onSuccess: () => {
        void message.success(t('meetings.minutes.saved'));
        onDone();
      },
      onError: (err) => {
        if (!isApiError(err)) return setFormError(String(err));
        // Field paths name the array index of the body; map them back to the form's fields.
        const fields = Object.entries(err.fields).map(([path, text]) => {
          const [list, index, field] = path.split('.');
          if (list === 'outcomes')
            return {
              name: [
                'outcomes',
                outcomes[Number(index)]?.outcomeId ?? '',
                field === 'outcomeId' ? 'result' : field,
              ],
              errors: [text],
            };
          if (list === 'agendaNotes')
            return {
              name: ['summaries', body.agendaNotes[Number(index)]?.agendaItemId ?? ''],
              errors: [text],
            };
          if (list === 'decisions') return { name: ['decisions', Number(index)], errors: [text] };
          return null;
        });
        const placed = fields.filter((f): f is NonNullable<typeof f> => f !== null);
        form.setFields(placed as Parameters<typeof form.setFields>[0]);
        if (!placed.length || placed.length < Object.keys(err.fields).length) setFormError(err.message);
      },
    });
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('meetings.minutes.formatHint')} />
      <Typography.Title level={4}>{t('meetings.fields.agenda')}</Typography.Title>
      {!m.agenda.length && <EmptyState>{t('meetings.emptyAgenda')}</EmptyState>}
      {m.agenda.map((a, i) => (
        <Form.Item key={a.id} name={['summaries', a.id]} label={`${i + 1}. ${a.text}`}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 16 }} maxLength={20000} />
        </Form.Item>
      ))}
      <Typography.Title level={4}>{t('meetings.minutes.decisions')}</Typography.Title>
      <Form.List name="decisions">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Flex key={field.key} gap={8} align="start">
                <Form.Item
                  name={field.name}
                  style={{ flex: 1 }}
                  label={t('meetings.minutes.decisionN', { n: i + 1 })}
                >
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={2000} />
                </Form.Item>
                <Button
                  type="text"
                  aria-label={t('meetings.minutes.removeDecision', { n: i + 1 })}
                  icon={<MinusCircleOutlined aria-hidden />}
                  onClick={() => remove(field.name)}
                  style={{ marginTop: 30 }}
                />
              </Flex>
            ))}
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add('')} style={{ marginBottom: 16 }}>
              {t('meetings.minutes.addDecision')}
            </Button>
          </>
        )}
      </Form.List>
      <Typography.Title level={4}>{t('meetings.fields.intendedOutcomes')}</Typography.Title>
      {!m.intendedOutcomes.length && <EmptyState>{t('meetings.emptyOutcomes')}</EmptyState>}
      {m.intendedOutcomes.map((o, i) => (
        <Card key={o.id} size="small" title={`${i + 1}. ${o.text}`} style={{ marginBottom: 8 }}>
          <Form.Item name={['outcomes', o.id, 'result']} label={t('meetings.minutes.result')}>
            <Radio.Group
              options={OUTCOME_RESULTS.map((r) => ({ value: r, label: t(`meetings.result.${r}`) }))}
            />
          </Form.Item>
          <Form.Item name={['outcomes', o.id, 'note']} label={t('meetings.minutes.note')}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
        </Card>
      ))}
      {formError && (
        <Alert type="error" showIcon role="alert" message={formError} style={{ marginBottom: 16 }} />
      )}
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" icon={<SaveOutlined aria-hidden />} loading={save.isPending}>
          {t('common.save')}
        </Button>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </Flex>
    </Form>
  );
}
