import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api.ts';

interface Props {
  error: unknown;
  onRetry?: () => void;
}

/** Shows a failed load with the server's (already translated) message and a retry. */
export function ErrorAlert({ error, onRetry }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  const description = isApiError(error) || error instanceof Error ? error.message : String(error);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('errors.title')}
      description={description}
      style={{ marginBottom: 16 }}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
