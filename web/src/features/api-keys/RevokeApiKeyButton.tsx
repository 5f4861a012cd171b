import { App as AntApp, Button, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api.ts';
import { useRevokeApiKey, type ApiKeyItem } from './api.ts';

/** "Cabut" behind a confirmation; a revoked key's button stays in place, disabled, so rows line up. */
export function RevokeApiKeyButton({ apiKey }: { apiKey: ApiKeyItem }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const revoke = useRevokeApiKey();
  const revoked = apiKey.revokedAt !== null;
  const button = (
    <Button
      size="small"
      danger
      disabled={revoked}
      loading={revoke.isPending}
      aria-label={t(revoked ? 'apiKeys.alreadyRevoked' : 'apiKeys.revokeLabel', { prefix: apiKey.prefix })}
      data-testid={`api-key-revoke-${apiKey.prefix}`}
    >
      {t('apiKeys.revoke')}
    </Button>
  );
  if (revoked) return button;
  return (
    <Popconfirm
      title={t('apiKeys.confirmRevoke', { prefix: apiKey.prefix, name: apiKey.name })}
      description={
        <Typography.Text style={{ display: 'block', maxWidth: 360 }}>
          {t('apiKeys.confirmRevokeDetail')}
        </Typography.Text>
      }
      okText={t('apiKeys.revoke')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={() =>
        revoke.mutateAsync(apiKey.id).then(
          () => void message.success(t('apiKeys.revoked', { prefix: apiKey.prefix })),
          (err: unknown) =>
            void message.error(isApiError(err) || err instanceof Error ? err.message : String(err)),
        )
      }
    >
      {button}
    </Popconfirm>
  );
}
