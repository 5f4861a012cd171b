import { useMemo, useState } from 'react';
import { Alert, App as AntApp, Button, Card, InputNumber, Space, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { downloadFile } from '../explore/download.ts';
import { useTranslation } from 'react-i18next';
import i18n from '../../app/i18n.ts';
import { formatDate } from '../../components/format.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { readImportOutcome } from '../planning/importResult.ts';
import {
  scoresCsvUrl,
  scoresImportUrl,
  trainingKey,
  useSaveScores,
  type Participant,
  type Training,
} from './api.ts';
import { CertificateCell } from './CertificateCell.tsx';
import { formatScore } from './format.ts';
import { useQueryClient } from '@tanstack/react-query';

type Draft = Map<string, { pre: number | null; post: number | null }>;
type Column = 'pre' | 'post';

const inputId = (column: Column, index: number) => `training-${column}-${index}`;

/**
 * The participants with their scores: a grid the organiser types into (Tab across, Enter down)
 * and saves at once, or fills from a CSV/XLSX file; readers see the same table without inputs.
 */
export function ScoresSection({ training }: { training: Training }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const meetingId = training.meeting.id;
  const save = useSaveScores(meetingId);
  const [draft, setDraft] = useState<Draft>(new Map());
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [importResult, setImportResult] = useState<{
    type: 'success' | 'error';
    message: string;
    rows: string[];
  } | null>(null);
  const { participants, canManage } = training;

  const value = (p: Participant, column: Column) => (draft.has(p.id) ? draft.get(p.id)![column] : p[column]);
  const changed = useMemo(
    () =>
      [...draft.entries()].filter(([id, d]) => {
        const p = participants.find((x) => x.id === id);
        return p && (p.pre !== d.pre || p.post !== d.post);
      }),
    [draft, participants],
  );

  const edit = (p: Participant, column: Column, v: number | null) => {
    setDraft((old) => {
      const next = new Map(old);
      const current = next.get(p.id) ?? { pre: p.pre, post: p.post };
      next.set(p.id, { ...current, [column]: v });
      return next;
    });
  };

  const submit = () => {
    setFieldErrors({});
    const scores = changed.map(([participantId, d]) => ({ participantId, pre: d.pre, post: d.post }));
    save.mutate(
      { scores },
      {
        onSuccess: () => {
          setDraft(new Map());
          message.success(t('training.scoresSaved'));
        },
        onError: (err) => {
          const fields = (err as { fields?: Record<string, string> }).fields ?? {};
          // scores.<i>.pre → the participant's cell.
          const mapped: Record<string, string> = {};
          for (const [key, text] of Object.entries(fields)) {
            const m = /^scores\.(\d+)\.(pre|post|participantId)$/.exec(key);
            const row = m ? scores[Number(m[1])] : undefined;
            if (row) mapped[`${row.participantId}.${m![2]}`] = text;
          }
          setFieldErrors(mapped);
          message.error(err.message);
        },
      },
    );
  };

  const scoreInput = (p: Participant, column: Column, index: number) => {
    const error = fieldErrors[`${p.id}.${column}`];
    return (
      <>
        <InputNumber
          id={inputId(column, index)}
          min={0}
          max={100}
          step={0.5}
          decimalSeparator=","
          value={value(p, column)}
          status={error ? 'error' : undefined}
          aria-label={t(column === 'pre' ? 'training.preLabel' : 'training.postLabel', { name: p.fullName })}
          aria-invalid={error ? true : undefined}
          onChange={(v) => edit(p, column, typeof v === 'number' ? v : null)}
          onPressEnter={() => document.getElementById(inputId(column, index + 1))?.focus()}
          style={{ width: 90 }}
          data-testid={inputId(column, index)}
        />
        {error && (
          <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>
            {error}
          </Typography.Text>
        )}
      </>
    );
  };

  const columns = [
    { title: t('training.name'), dataIndex: 'fullName', key: 'name' },
    { title: t('training.sex'), dataIndex: 'sex', key: 'sex', width: 60 },
    { title: t('training.institution'), dataIndex: 'institution', key: 'institution' },
    {
      title: t('training.days'),
      key: 'days',
      render: (_: unknown, p: Participant) => p.days.map((d) => formatDate(d)).join(', '),
    },
    {
      title: t('training.pre'),
      key: 'pre',
      render: (_: unknown, p: Participant, i: number) =>
        canManage ? scoreInput(p, 'pre', i) : formatScore(p.pre),
    },
    {
      title: t('training.post'),
      key: 'post',
      render: (_: unknown, p: Participant, i: number) =>
        canManage ? scoreInput(p, 'post', i) : formatScore(p.post),
    },
    {
      title: t('training.improvement'),
      key: 'improvement',
      render: (_: unknown, p: Participant) => {
        const pre = value(p, 'pre');
        const post = value(p, 'post');
        return pre === null || post === null ? '–' : formatScore(Math.round((post - pre) * 100) / 100, true);
      },
    },
    {
      title: t('training.certificate'),
      key: 'certificate',
      render: (_: unknown, p: Participant) => <CertificateCell training={training} participant={p} />,
    },
  ];

  return (
    <Card title={t('training.participants')} size="small" style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t('training.participantsHelp')}</Typography.Paragraph>
      {participants.length === 0 ? (
        <EmptyState>{t('training.noParticipants')}</EmptyState>
      ) : (
        <>
          {canManage && (
            <Space wrap style={{ marginBottom: 12 }}>
              <Button
                type="primary"
                onClick={submit}
                disabled={!changed.length}
                loading={save.isPending}
                data-testid="training-save-scores"
              >
                {t('training.saveScores')}
              </Button>
              {changed.length > 0 && (
                <Typography.Text type="warning">
                  {t('training.unsaved', { count: changed.length })}
                </Typography.Text>
              )}
              <Upload
                name="file"
                action={scoresImportUrl(meetingId)}
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                withCredentials
                showUploadList={false}
                headers={{ 'Accept-Language': i18n.language || 'id' }}
                onChange={({ file }) => {
                  if (file.status !== 'done' && file.status !== 'error') return;
                  const outcome = readImportOutcome(file.xhr?.status ?? 0, file.response);
                  if (file.status === 'done') {
                    const body = file.response as { updated: number; unchanged: number };
                    setImportResult({ type: 'success', message: t('training.imported', body), rows: [] });
                    void queryClient.invalidateQueries({ queryKey: trainingKey(meetingId) });
                  } else if (!outcome.ok) {
                    setImportResult({
                      type: 'error',
                      message: t('training.importFailed', { message: outcome.message }),
                      rows: outcome.rows.map((r) =>
                        r.row === null
                          ? r.message
                          : t('training.importRow', {
                              row: r.row,
                              column: r.column ?? '–',
                              message: r.message,
                            }),
                      ),
                    });
                  }
                }}
              >
                <Button icon={<UploadOutlined />} data-testid="training-import">
                  {t('training.import')}
                </Button>
              </Upload>
              <Button
                icon={<DownloadOutlined />}
                onClick={() =>
                  void downloadFile(scoresCsvUrl(meetingId), 'nilai.csv').catch((err: Error) =>
                    message.error(err.message),
                  )
                }
              >
                {t('training.scoresCsv')}
              </Button>
            </Space>
          )}
          {canManage && (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {t('training.importHelp')}
            </Typography.Paragraph>
          )}
          {importResult && (
            <Alert
              type={importResult.type}
              showIcon
              closable
              onClose={() => setImportResult(null)}
              message={importResult.message}
              description={
                importResult.rows.length ? (
                  <ul style={{ margin: 0, paddingLeft: 18 }}>
                    {importResult.rows.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                  </ul>
                ) : undefined
              }
              style={{ marginBottom: 12 }}
            />
          )}
          <Table
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={participants}
            pagination={false}
            scroll={{ x: true }}
            data-testid="training-participants"
          />
        </>
      )}
    </Card>
  );
}
