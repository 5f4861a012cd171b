import { Alert, Button, Flex, Input, InputNumber, List, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DECISIONS, type Decision as DecisionKind } from '../../../../domain/evaluation/verification.ts';
import { isApiError } from '../../app/api.ts';
import { formatDateTime } from '../../components/format.ts';
import { useWorksheetWrite, type Decision, type Question, type WorksheetDetail } from './api.ts';
import { DecisionTag, formatScore } from './labels.tsx';

type Reply = WorksheetDetail['replies'][number];

/**
 * A question's verification: the decisions of each stage with their comments and the region's
 * replies; the stage's verifier decides here, the region replies while the stage is open.
 */
export function VerifyBox({
  w,
  q,
  decisions,
  replies,
}: {
  w: WorksheetDetail;
  q: Question;
  decisions: Decision[];
  replies: Reply[];
}) {
  const { t } = useTranslation();
  const write = useWorksheetWrite(w.id);
  const current = decisions.find((d) => d.stage === w.currentStage);
  const [decision, setDecision] = useState<DecisionKind | undefined>(current?.decision);
  const [score, setScore] = useState<number | null>(current?.adjustedScore ?? null);
  const [comment, setComment] = useState(current?.comment ?? '');
  const [reply, setReply] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const save = async () => {
    setFields({});
    try {
      await write.mutateAsync({
        method: 'PUT',
        path: '/decisions',
        body: {
          items: [
            {
              questionCode: q.code,
              decision,
              ...(decision === 'adjusted' ? { adjustedScore: score } : {}),
              ...(comment.trim() ? { comment } : {}),
            },
          ],
        },
      });
    } catch (e) {
      if (isApiError(e))
        setFields(Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k.split('.').pop()!, v])));
    }
  };
  const sendReply = async () => {
    await write.mutateAsync({
      method: 'POST',
      path: '/replies',
      body: { stage: w.currentStage, questionCode: q.code, body: reply },
    });
    setReply('');
  };
  const commented = current && current.decision !== 'accepted';
  if (!decisions.length && !w.can.verify) return null;
  return (
    <div
      style={{ marginTop: 8, borderTop: '1px dashed #d9d9d9', paddingTop: 8 }}
      data-testid={`verify-${q.code}`}
    >
      <List
        size="small"
        dataSource={decisions}
        renderItem={(d) => (
          <List.Item>
            <Space direction="vertical" size={0}>
              <Space wrap>
                <Typography.Text type="secondary">{t(`evaluation.stage.${d.stage}`)}</Typography.Text>
                <DecisionTag decision={d.decision} />
                {d.adjustedScore !== null && (
                  <span>{t('evaluation.adjustedTo', { score: formatScore(d.adjustedScore) })}</span>
                )}
                {d.byClose && <Typography.Text type="secondary">{t('evaluation.byClose')}</Typography.Text>}
              </Space>
              {d.comment && <Typography.Text>{d.comment}</Typography.Text>}
              {replies
                .filter((r) => r.stage === d.stage)
                .map((r) => (
                  <Typography.Text key={r.id} type="secondary">
                    ↳ {r.body} ({formatDateTime(r.repliedAt)})
                  </Typography.Text>
                ))}
            </Space>
          </List.Item>
        )}
      />
      {w.can.verify && (
        <Flex gap={8} wrap align="flex-start">
          <Select
            style={{ width: 180 }}
            value={decision}
            onChange={setDecision}
            placeholder={t('evaluation.decide')}
            aria-label={`${q.code} ${t('evaluation.decide')}`}
            options={DECISIONS.map((d) => ({ value: d, label: t(`evaluation.decision.${d}`) }))}
            data-testid={`decision-${q.code}`}
          />
          {decision === 'adjusted' && (
            <div>
              <InputNumber
                min={0}
                max={q.maxScore}
                decimalSeparator=","
                value={score}
                onChange={(v) => setScore(v === null ? null : Number(v))}
                aria-label={`${q.code} ${t('evaluation.adjustedScore')}`}
                addonAfter={`/ ${formatScore(q.maxScore)}`}
                status={fields.adjustedScore ? 'error' : undefined}
                data-testid={`adjusted-${q.code}`}
              />
              {fields.adjustedScore && (
                <Typography.Text type="danger">{fields.adjustedScore}</Typography.Text>
              )}
            </div>
          )}
          <div style={{ flex: 1, minWidth: 220 }}>
            <Input.TextArea
              autoSize={{ minRows: 1, maxRows: 4 }}
              maxLength={2000}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              placeholder={t('evaluation.comment')}
              aria-label={`${q.code} ${t('evaluation.comment')}`}
              status={fields.comment ? 'error' : undefined}
              data-testid={`comment-${q.code}`}
            />
            {fields.comment && <Typography.Text type="danger">{fields.comment}</Typography.Text>}
          </div>
          <Button
            onClick={() => void save()}
            disabled={!decision}
            loading={write.isPending}
            data-testid={`save-decision-${q.code}`}
          >
            {t('evaluation.saveDecision')}
          </Button>
        </Flex>
      )}
      {w.can.reply && commented && (
        <Flex gap={8} style={{ marginTop: 8 }}>
          <Input
            value={reply}
            maxLength={2000}
            onChange={(e) => setReply(e.target.value)}
            placeholder={t('evaluation.reply')}
            aria-label={`${q.code} ${t('evaluation.reply')}`}
          />
          <Button onClick={() => void sendReply()} disabled={!reply.trim()} loading={write.isPending}>
            {t('evaluation.sendReply')}
          </Button>
        </Flex>
      )}
      {write.error && !Object.keys(fields).length && (
        <Alert type="error" showIcon message={(write.error as Error).message} style={{ marginTop: 8 }} />
      )}
    </div>
  );
}
