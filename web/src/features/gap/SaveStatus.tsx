import { Button, Space, Typography } from 'antd';
import { CheckOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { SaveState } from './useAutosave.ts';

interface Props {
  state: SaveState;
  savedAt: string | null;
  error: unknown;
  onRetry: () => void;
}

/** "Tersimpan 10.32" / "Menyimpan…" / the error, announced politely to screen readers. */
export function SaveStatus({ state, savedAt, error, onRetry }: Props) {
  const { t, i18n } = useTranslation();
  const time = savedAt ? dayjs(savedAt).format(i18n.language === 'en' ? 'HH:mm' : 'HH.mm') : '';
  let content = null;
  if (state === 'saving') {
    content = (
      <Typography.Text type="secondary">
        <LoadingOutlined /> {t('gap.save.saving')}
      </Typography.Text>
    );
  } else if (state === 'pending') {
    content = <Typography.Text type="secondary">{t('gap.save.pending')}</Typography.Text>;
  } else if (state === 'saved') {
    content = (
      <Typography.Text type="success">
        <CheckOutlined /> {t('gap.save.saved', { time })}
      </Typography.Text>
    );
  } else if (state === 'error') {
    content = (
      <Space size={6}>
        <Typography.Text type="danger">
          <ExclamationCircleOutlined />{' '}
          {t('gap.save.failed', { message: error instanceof Error ? error.message : '' })}
        </Typography.Text>
        <Button size="small" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </Space>
    );
  } else if (state === 'conflict') {
    content = <Typography.Text type="danger">{t('gap.save.conflict')}</Typography.Text>;
  }
  return (
    <span role="status" aria-live="polite" data-testid="gap-save-status">
      {content}
    </span>
  );
}
