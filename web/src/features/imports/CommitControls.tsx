import { useState } from 'react';
import { App as AntApp, Button, Flex, Radio, Typography } from 'antd';
import { DownloadOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../components/format.ts';
import { downloadFile } from '../explore/download.ts';
import { refusedUrl, type CommitChoice, type ImportBatch, type LandingStatus } from './api.ts';

type Mode = CommitChoice['mode'];

/**
 * The commit step of a checked import: how to save (all or nothing, or only the rows without
 * errors, offered when the file has both), the status the values land in (only for DP3A, who
 * may skip the review steps: the server says which statuses the reader may choose), and the
 * button. The choices are explained where they are made.
 */
export function CommitControls({
  batch,
  pending,
  onCommit,
}: {
  batch: ImportBatch;
  pending: boolean;
  onCommit: (choice: CommitChoice) => void;
}) {
  const { t } = useTranslation();
  const hasErrors = batch.errorCount > 0;
  // All or nothing stays the default: saving part of a file is a choice the user makes.
  const [mode, setMode] = useState<Mode>('all');
  const [landing, setLanding] = useState<LandingStatus>('draft');
  const allowed = mode === 'valid' ? batch.canCommitValid : batch.canCommit;
  const n = formatNumber(batch.errorCount);

  return (
    <Flex vertical gap={12} data-testid="import-commit-controls">
      {hasErrors && batch.canCommitValid && (
        <div>
          <Typography.Text strong id="import-mode-title">
            {t('imports.batch.modeTitle')}
          </Typography.Text>
          <Radio.Group
            aria-labelledby="import-mode-title"
            value={mode}
            onChange={(e) => setMode(e.target.value as Mode)}
            data-testid="import-mode"
          >
            <Flex vertical gap={4}>
              <Radio value="all">
                {t('imports.batch.modeAll')} —{' '}
                <Typography.Text type="secondary">{t('imports.batch.modeAllHint')}</Typography.Text>
              </Radio>
              <Radio value="valid" data-testid="import-mode-valid">
                {t('imports.batch.modeValid')} —{' '}
                <Typography.Text type="secondary">{t('imports.batch.modeValidHint')}</Typography.Text>
              </Radio>
            </Flex>
          </Radio.Group>
        </div>
      )}
      {batch.landingStatuses.length > 1 && (
        <div>
          <Typography.Text strong id="import-landing-title">
            {t('imports.batch.landingTitle')}
          </Typography.Text>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
            {t('imports.batch.landingHint')}
          </Typography.Paragraph>
          <Radio.Group
            aria-labelledby="import-landing-title"
            value={landing}
            onChange={(e) => setLanding(e.target.value as LandingStatus)}
            data-testid="import-landing"
          >
            {batch.landingStatuses.map((status) => (
              <Radio key={status} value={status} data-testid={`import-landing-${status}`}>
                {t(`imports.batch.landing.${status}`)}
              </Radio>
            ))}
          </Radio.Group>
        </div>
      )}
      <Flex align="center" gap={12} wrap>
        <Button
          type="primary"
          icon={<SaveOutlined />}
          disabled={!allowed}
          loading={pending}
          onClick={() => onCommit({ mode, landingStatus: landing })}
          data-testid="import-commit"
        >
          {t('imports.batch.commit')}
        </Button>
        <Typography.Text type={hasErrors && mode === 'all' ? 'danger' : 'secondary'}>
          {!hasErrors
            ? t('imports.batch.commitHint')
            : batch.canCommitValid
              ? t('imports.batch.blockedOrValid', { count: batch.errorCount, n })
              : t('imports.batch.blockedByErrors', { count: batch.errorCount, n })}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}

/** The refused rows as a file (the upload's format, a reason column), fetched to show a refusal's message. */
export function RefusedDownload({ batch }: { batch: ImportBatch }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  if (!batch.refused.file) return null;
  const download = async () => {
    setBusy(true);
    try {
      await downloadFile(refusedUrl(batch.id), `${batch.fileName}-refused.${batch.format ?? 'csv'}`);
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex align="center" gap={12} wrap>
      <Typography.Text>
        {t('imports.batch.refusedRows', { count: batch.refused.rows, n: formatNumber(batch.refused.rows) })}
      </Typography.Text>
      <Button
        icon={<DownloadOutlined />}
        loading={busy}
        onClick={() => void download()}
        data-testid="import-refused-download"
      >
        {t('imports.batch.refusedDownload')}
      </Button>
    </Flex>
  );
}
