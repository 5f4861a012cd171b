import { Alert, Descriptions, Drawer, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { evidenceKind } from '../../../../domain/evaluation/evidence-kinds.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatNumber } from '../../components/format.ts';
import { useInstrument, type InstrumentDetail } from './api.ts';
import { ExampleTag, FrozenTag } from './labels.tsx';

type Question = InstrumentDetail['areas'][number]['questions'][number];

function conditionValue(v: string | boolean | number, yes: string, no: string) {
  return typeof v === 'boolean' ? (v ? yes : no) : String(v);
}

/** How a question scores: its options, its thresholds or its target. */
function ScoringCell({ q }: { q: Question }) {
  const { t } = useTranslation();
  if (q.options.length)
    return (
      <Space direction="vertical" size={0}>
        {q.options.map((o) => (
          <Typography.Text key={o.code}>
            {o.code}. {o.label} — {formatNumber(o.score)}
          </Typography.Text>
        ))}
      </Space>
    );
  if (q.thresholds?.length)
    return <>{q.thresholds.map((s) => `≥${formatNumber(s.min)}: ${formatNumber(s.score)}`).join('; ')}</>;
  if (q.answerType === 'number' || q.answerType === 'percentage')
    return <>{`÷ ${formatNumber(q.target ?? 100)} × ${formatNumber(q.maxScore)}`}</>;
  return <>{t(`evaluationInstruments.answerTypes.${q.answerType}`)}</>;
}

/** One version's areas and questions, read only. */
export function InstrumentDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const query = useInstrument(id);
  const d = query.data;
  const yes = t('common.yes');
  const no = t('common.no');
  return (
    <Drawer open={!!id} onClose={onClose} width={960} title={d ? `${d.name} (v${d.version})` : ''}>
      <ErrorAlert error={query.error} />
      {d && (
        <>
          <Space wrap>
            <FrozenTag frozen={d.frozen} />
            {d.example && <ExampleTag />}
          </Space>
          {d.frozen && (
            <Alert
              style={{ marginTop: 8 }}
              type="info"
              showIcon
              message={t('evaluationInstruments.instruments.frozenHint')}
            />
          )}
          <Descriptions size="small" column={1} style={{ marginTop: 8 }}>
            <Descriptions.Item label={t('evaluationInstruments.instruments.sourceNote')}>
              {d.sourceNote || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluationInstruments.instruments.name')}>
              {t('evaluationInstruments.instruments.content', {
                areas: d.areaCount,
                questions: d.questionCount,
                max: formatNumber(d.maxTotal),
              })}
            </Descriptions.Item>
          </Descriptions>
          {d.areas.map((area) => (
            <section key={area.id} style={{ marginTop: 16 }}>
              <Typography.Title level={5}>
                {area.code} · {lang === 'en' && area.nameEn ? area.nameEn : area.name}{' '}
                <Typography.Text type="secondary">
                  ({t('evaluationInstruments.instruments.areaMax', { max: formatNumber(area.max) })})
                </Typography.Text>
              </Typography.Title>
              <Table<Question>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={area.questions}
                columns={[
                  { title: t('evaluationInstruments.instruments.code'), dataIndex: 'code', width: 70 },
                  {
                    title: t('evaluationInstruments.instruments.question'),
                    render: (_, q) => (
                      <Space direction="vertical" size={0}>
                        <span>{lang === 'en' && q.textEn ? q.textEn : q.text}</span>
                        {q.condition && (
                          <Typography.Text type="secondary">
                            {t('evaluationInstruments.instruments.condition', {
                              code: q.condition.questionCode,
                              value: conditionValue(q.condition.equals, yes, no),
                            })}
                          </Typography.Text>
                        )}
                      </Space>
                    ),
                  },
                  {
                    title: t('evaluationInstruments.instruments.answerType'),
                    width: 220,
                    render: (_, q) => <ScoringCell q={q} />,
                  },
                  {
                    title: t('evaluationInstruments.instruments.maxScore'),
                    width: 80,
                    render: (_, q) => `${formatNumber(q.maxScore)} × ${formatNumber(q.weight)}`,
                  },
                  {
                    title: t('evaluationInstruments.instruments.evidence'),
                    width: 200,
                    render: (_, q) =>
                      q.evidenceKinds.map((k) => <Tag key={k}>{evidenceKind(k)?.label[lang] ?? k}</Tag>),
                  },
                ]}
              />
            </section>
          ))}
        </>
      )}
    </Drawer>
  );
}
