import { App as AntApp, Button, Card, Flex, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api.ts';
import { currentLanguage } from '../../app/i18n.ts';
import {
  useWorksheetWrite,
  type Answer,
  type ComputedFigure,
  type Question,
  type WorksheetDetail,
} from './api.ts';
import { AnswerInput, type Value } from './AnswerInput.tsx';
import { AssignSelect } from './AssignSelect.tsx';
import { EvidencePanel } from './EvidencePanel.tsx';
import { formatScore } from './labels.tsx';
import { VerifyBox } from './VerifyBox.tsx';

const takesFigure = (q: Question) => q.answerType === 'number' || q.answerType === 'percentage';

/**
 * One question: its answer and note (saved one by one), its evidence, and its verification. A
 * question asking for a computed indicator (`figure`: % OPD with focal-point SK, % ARG, …) shows
 * Setara's figure and its source; unanswered, its number starts from that figure, which the
 * region checks and saves (nothing is saved on its behalf).
 */
export function QuestionCard({
  w,
  q,
  a,
  figure,
}: {
  w: WorksheetDetail;
  q: Question;
  a: Answer | undefined;
  figure?: ComputedFigure;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const write = useWorksheetWrite(w.id);
  // Undefined until the user touches the answer: until then it shows the saved one, or Setara's figure.
  const [edited, setValue] = useState<Value | undefined>(undefined);
  const [note, setNote] = useState(a?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  // DP3A answers every question; an OPD or colleague only those given to them (the server says which).
  const editable = a ? a.canAnswer : w.can.answer && w.can.manage;
  const en = currentLanguage() === 'en';
  const fromSetara = figure?.value ?? null;
  const fillable = editable && takesFigure(q) && fromSetara !== null;
  // The figures arrive after the worksheet: an unanswered, untouched number starts from Setara's.
  const value: Value = edited !== undefined ? edited : (a?.value ?? (fillable && !a ? fromSetara : null));
  const dirty = value !== (a?.value ?? null) || note !== (a?.note ?? '');
  const save = async () => {
    setError(null);
    try {
      await write.mutateAsync({
        method: 'PUT',
        path: `/answers/${encodeURIComponent(q.code)}`,
        body: { value, note },
      });
      message.success(t('evaluation.saved', { code: q.code }));
    } catch (e) {
      setError(isApiError(e) ? (e.fields.value ?? e.fields.worksheet ?? e.message) : String(e));
    }
  };
  return (
    <Card
      size="small"
      id={`q-${q.code}`}
      style={{ marginBottom: 8 }}
      data-testid={`question-${q.code}`}
      title={
        <Space wrap>
          <Typography.Text strong>{q.code}</Typography.Text>
          <Typography.Text style={{ whiteSpace: 'normal' }}>{(en && q.textEn) || q.text}</Typography.Text>
        </Space>
      }
      extra={
        <Space>
          {w.can.manage && w.status === 'draft' ? (
            <AssignSelect w={w} code={q.code} a={a} />
          ) : (
            a?.assigneeOpdId && <Tag>{t('evaluation.assignedOpd')}</Tag>
          )}
          <Typography.Text type="secondary">
            {formatScore(a?.points ?? 0)} / {formatScore(q.maxScore)}
            {q.weight !== 1 && ` × ${formatScore(q.weight)}`}
          </Typography.Text>
        </Space>
      }
    >
      {q.help && <Typography.Paragraph type="secondary">{q.help}</Typography.Paragraph>}
      <Flex gap={12} wrap align="flex-start">
        <AnswerInput q={q} value={value} onChange={setValue} disabled={!editable} />
        <Input.TextArea
          style={{ flex: 1, minWidth: 220 }}
          autoSize={{ minRows: 1, maxRows: 4 }}
          disabled={!editable}
          value={note}
          maxLength={4000}
          onChange={(e) => setNote(e.target.value)}
          placeholder={t('evaluation.note')}
          aria-label={`${q.code} ${t('evaluation.note')}`}
        />
        {editable && (
          <Button
            onClick={() => void save()}
            disabled={!dirty}
            loading={write.isPending}
            data-testid={`save-${q.code}`}
          >
            {t('evaluation.saveAnswer')}
          </Button>
        )}
      </Flex>
      {figure && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }} data-testid={`figure-${q.code}`}>
          {t('evaluation.figure', { figure: figure.display, source: figure.source })}
          {fillable && !a && value === fromSetara && ` ${t('evaluation.figureFilled')}`}
          {fillable && value !== fromSetara && (
            <Button type="link" size="small" onClick={() => setValue(fromSetara)}>
              {t('evaluation.useFigure')}
            </Button>
          )}
        </Typography.Paragraph>
      )}
      {error && (
        <Typography.Text type="danger" role="alert">
          {error}
        </Typography.Text>
      )}
      <EvidencePanel
        w={w}
        q={q}
        links={w.links.filter((l) => l.questionCode === q.code)}
        editable={editable}
      />
      <VerifyBox
        key={`${w.currentStage}-${w.version}`}
        w={w}
        q={q}
        decisions={w.decisions.filter((d) => d.questionCode === q.code)}
        replies={w.replies.filter((r) => r.questionCode === q.code)}
      />
    </Card>
  );
}
