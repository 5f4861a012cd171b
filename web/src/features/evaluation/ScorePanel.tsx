import { Alert, Button, Card, Descriptions, List, Popconfirm, Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { evidenceKind } from '../../../../domain/evaluation/evidence-kinds.ts';
import { currentLanguage } from '../../app/i18n.ts';
import { useWorksheetWrite, type WorksheetDetail } from './api.ts';
import { formatScore } from './labels.tsx';

export const kindLabel = (code: string) => evidenceKind(code)?.label[currentLanguage()] ?? code;

/** The live score and tier, what is missing (evidence, answers, the next tier at least cost) and the submit. */
export function ScorePanel({ w, onJump }: { w: WorksheetDetail; onJump: (code: string) => void }) {
  const { t } = useTranslation();
  const write = useWorksheetWrite(w.id);
  const s = w.score;
  const m = w.missing;
  const pct = s.maxTotal > 0 ? Math.round((s.total / s.maxTotal) * 100) : 0;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <Card size="small" title={t('evaluation.liveScore')} data-testid="score-panel">
        <Progress percent={pct} showInfo={false} aria-hidden />
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('evaluation.score')}>
            <span data-testid="score-total">
              {formatScore(s.total)} / {formatScore(s.maxTotal)}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('evaluation.tier')}>
            <Typography.Text strong data-testid="score-tier">
              {s.tier ?? t('evaluation.noTier')}
            </Typography.Text>
          </Descriptions.Item>
          {s.nextTier && (
            <Descriptions.Item label={t('evaluation.nextTier')}>
              {t('evaluation.gapToNext', { tier: s.nextTier.name, gap: formatScore(s.gapToNext) })}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('evaluation.answered')}>
            {t('evaluation.ofShown', { n: s.answered, of: s.shown })}
          </Descriptions.Item>
          <Descriptions.Item label={t('evaluation.evidence')}>
            {t('evaluation.ofShown', { n: s.evidenceComplete, of: s.evidenceRequired })}
          </Descriptions.Item>
          {w.stageScores.map((st) => (
            <Descriptions.Item key={st.stage} label={t(`evaluation.stage.${st.stage}`)}>
              {formatScore(st.total)} · {st.tier ?? t('evaluation.noTier')}
            </Descriptions.Item>
          ))}
        </Descriptions>
        {w.can.submit && (
          <Popconfirm
            title={t('evaluation.submitConfirm')}
            description={
              m.unanswered.length ? t('evaluation.submitUnanswered', { n: m.unanswered.length }) : undefined
            }
            onConfirm={() =>
              write.mutateAsync({ method: 'POST', path: '/submit', body: { version: w.version } })
            }
            okText={t('evaluation.submit')}
          >
            <Button type="primary" block loading={write.isPending} data-testid="submit-worksheet">
              {t('evaluation.submit')}
            </Button>
          </Popconfirm>
        )}
        {write.error && (
          <Alert type="error" showIcon message={(write.error as Error).message} style={{ marginTop: 8 }} />
        )}
      </Card>
      {w.status === 'draft' && (
        <Card size="small" title={t('evaluation.missing.title')} data-testid="missing-panel">
          {m.withoutEvidence.length === 0 && m.unanswered.length === 0 && m.toNextTier.length === 0 ? (
            <Typography.Text type="secondary">{t('evaluation.missing.none')}</Typography.Text>
          ) : (
            <>
              {m.toNextTier.length > 0 && s.nextTier && (
                <>
                  <Typography.Text strong>
                    {t('evaluation.missing.toNext', { tier: s.nextTier.name })}
                  </Typography.Text>
                  <List
                    size="small"
                    dataSource={m.toNextTier}
                    renderItem={(c) => (
                      <List.Item>
                        <Button type="link" size="small" onClick={() => onJump(c.questionCode)}>
                          {c.questionCode}
                        </Button>
                        {c.label ??
                          (c.value === true
                            ? t('evaluation.yes')
                            : c.value === null
                              ? t('evaluation.anyText')
                              : String(c.value))}{' '}
                        (+{formatScore(c.gain)})
                      </List.Item>
                    )}
                  />
                </>
              )}
              {m.withoutEvidence.length > 0 && (
                <>
                  <Typography.Text strong>{t('evaluation.missing.evidence')}</Typography.Text>
                  <List
                    size="small"
                    dataSource={m.withoutEvidence}
                    renderItem={(x) => (
                      <List.Item>
                        <Button type="link" size="small" onClick={() => onJump(x.questionCode)}>
                          {x.questionCode}
                        </Button>
                        {x.kinds.map(kindLabel).join(', ')}
                      </List.Item>
                    )}
                  />
                </>
              )}
              {m.unanswered.length > 0 && (
                <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                  {t('evaluation.missing.unanswered', { codes: m.unanswered.join(', ') })}
                </Typography.Paragraph>
              )}
            </>
          )}
        </Card>
      )}
    </Space>
  );
}
