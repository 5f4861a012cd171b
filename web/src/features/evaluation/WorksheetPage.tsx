import { Alert, Button, Col, Popconfirm, Row, Space, Spin, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { visibleQuestions } from '../../../../domain/evaluation/scoring.ts';
import type { WorksheetAnswer } from '../../../../domain/evaluation/instrument.ts';
import { currentLanguage } from '../../app/i18n.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useComputedFigures, useWorksheet, useWorksheetWrite, type WorksheetDetail } from './api.ts';
import { WorksheetDownloads } from './Downloads.tsx';
import { ExampleTag, StatusTag } from './labels.tsx';
import { QuestionCard } from './QuestionCard.tsx';
import { ResultsCard } from './ResultsCard.tsx';
import { ScorePanel } from './ScorePanel.tsx';

/** The verifier's stage actions: send comments back to the region, close the stage. */
function StageActions({ w }: { w: WorksheetDetail }) {
  const { t } = useTranslation();
  const write = useWorksheetWrite(w.id);
  if (!w.can.verify || !w.currentStage) return null;
  const stage = w.currentStage;
  return (
    <Space wrap>
      <Button onClick={() => void write.mutateAsync({ method: 'POST', path: `/stages/${stage}/return` })}>
        {t('evaluation.returnComments')}
      </Button>
      <Popconfirm
        title={t('evaluation.closeConfirm', { stage: t(`evaluation.stage.${stage}`) })}
        onConfirm={() =>
          write.mutateAsync({ method: 'POST', path: `/stages/${stage}/close`, body: { version: w.version } })
        }
      >
        <Button type="primary" loading={write.isPending} data-testid="close-stage">
          {t('evaluation.closeStage', { stage: t(`evaluation.stage.${stage}`) })}
        </Button>
      </Popconfirm>
      {write.error && <Typography.Text type="danger">{(write.error as Error).message}</Typography.Text>}
    </Space>
  );
}

/** /evaluasi/lembar-kerja/:id: the worksheet by area, live score, what is missing, verification. */
export function WorksheetPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const ws = useWorksheet(id);
  const [tab, setTab] = useState<string | undefined>(undefined);
  const w = ws.data;
  const figures = useComputedFigures(w?.regionCode ?? '', w?.cycle.year ?? 0, w !== undefined);
  const shown = useMemo(() => {
    if (!w) return new Set<string>();
    const answers = new Map<string, WorksheetAnswer>(
      w.answers.map((a) => [a.questionCode, { value: a.value }]),
    );
    const content = {
      areas: w.areas.map((ar) => ({
        ...ar,
        questions: w.questions
          .filter((q) => q.areaCode === ar.code)
          .map((q) => ({ ...q, evidenceKinds: q.evidenceKinds })),
      })),
    };
    return visibleQuestions(content, answers);
  }, [w]);
  if (ws.isLoading) return <Spin />;
  if (!w) return <ErrorAlert error={ws.error} onRetry={() => void ws.refetch()} />;
  const en = currentLanguage() === 'en';
  const jump = (code: string) => {
    const q = w.questions.find((x) => x.code === code);
    if (q) setTab(q.areaCode);
    setTimeout(() => document.getElementById(`q-${code}`)?.scrollIntoView({ behavior: 'smooth' }), 50);
  };
  return (
    <>
      <PageHeader
        title={`${w.cycle.name} — ${w.regionName}`}
        subtitle={
          <Space wrap>
            <StatusTag status={w.status} />
            <ExampleTag example={w.cycle.instrumentExample} />
            <span>{w.cycle.instrumentName}</span>
            {w.submittedAt && (
              <span>{t('evaluation.submittedOn', { at: formatDateTime(w.submittedAt) })}</span>
            )}
          </Space>
        }
        extra={
          <Space wrap>
            <WorksheetDownloads w={w} />
            <StageActions w={w} />
          </Space>
        }
      />
      {w.isDemo && (
        <Alert type="info" showIcon message={t('evaluation.demoNotice')} style={{ marginBottom: 12 }} />
      )}
      {w.status === 'draft' && !w.can.answer && (
        <Alert type="warning" showIcon message={t('evaluation.readOnly')} style={{ marginBottom: 12 }} />
      )}
      <Row gutter={16}>
        <Col xs={24} lg={17}>
          <Tabs
            activeKey={tab ?? w.areas[0]?.code}
            onChange={setTab}
            items={w.areas.map((ar) => ({
              key: ar.code,
              label: (en && ar.nameEn) || ar.name,
              children: w.questions
                .filter((q) => q.areaCode === ar.code && shown.has(q.code))
                .map((q) => (
                  <QuestionCard
                    key={`${q.code}-${w.version}`}
                    w={w}
                    q={q}
                    a={w.answers.find((a) => a.questionCode === q.code)}
                    figure={q.evidenceKinds.map((k) => figures.data?.get(k)).find((f) => f !== undefined)}
                  />
                )),
            }))}
          />
        </Col>
        <Col xs={24} lg={7}>
          <ScorePanel w={w} onJump={jump} />
          {w.status !== 'draft' && <ResultsCard id={w.id} />}
        </Col>
      </Row>
    </>
  );
}
