import { Button, Popconfirm, Popover, Typography } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Completeness } from '../../../../domain/planning/gap-rules.ts';
import { MissingList } from './issues.tsx';

interface Props {
  completeness: Completeness;
  pending: boolean;
  onSubmit: () => void;
}

/** "Ajukan": confirmed when the document is complete, otherwise it lists what is missing, with links. */
export function SubmitButton({ completeness, pending, onSubmit }: Props) {
  const { t } = useTranslation();
  if (completeness.ready) {
    return (
      <Popconfirm
        title={t('gap.submit.confirmTitle')}
        description={<div style={{ maxWidth: 340 }}>{t('gap.submit.confirm')}</div>}
        okText={t('gap.submit.button')}
        cancelText={t('common.cancel')}
        onConfirm={onSubmit}
      >
        <Button type="primary" icon={<SendOutlined />} loading={pending} data-testid="gap-submit">
          {t('gap.submit.button')}
        </Button>
      </Popconfirm>
    );
  }
  return (
    <Popover
      trigger="click"
      title={t('gap.submit.missingTitle', { count: completeness.issues.length })}
      content={
        <div style={{ maxWidth: 420 }}>
          <Typography.Paragraph type="secondary">{t('gap.submit.missingHint')}</Typography.Paragraph>
          <MissingList issues={completeness.issues} />
        </div>
      }
    >
      <Button
        icon={<SendOutlined />}
        data-testid="gap-submit"
        aria-describedby="gap-submit-hint"
        // Still focusable and clickable: it opens the list of what is missing.
      >
        {t('gap.submit.button')}
        <span id="gap-submit-hint" style={{ display: 'none' }}>
          {t('gap.submit.notReady', { count: completeness.issues.length })}
        </span>
      </Button>
    </Popover>
  );
}
