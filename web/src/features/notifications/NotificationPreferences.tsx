import { Alert, App as AntApp, Card, Flex, Select, Skeleton, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  NOTIFICATION_KINDS,
  USER_LANGUAGES,
  type NotificationKind,
  type UserLanguage,
} from '../../../../domain/notifications.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { usePreferences, useSavePreferences } from './api.ts';

/**
 * The account page's section on notifications: the language e-mails are written in, and
 * which kinds are e-mailed (each arrives in the inbox regardless).
 */
export function NotificationPreferences() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const prefs = usePreferences();
  const save = useSavePreferences();

  async function change(input: Parameters<typeof save.mutateAsync>[0]) {
    try {
      await save.mutateAsync(input);
      message.success(t('notifications.prefs.saved'));
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    }
  }

  const data = prefs.data;
  return (
    <Card
      title={t('notifications.prefs.title')}
      id="notification-preferences"
      data-testid="notification-preferences"
    >
      <ErrorAlert error={prefs.error} onRetry={() => void prefs.refetch()} />
      {!data ? (
        <Skeleton active={prefs.isPending} />
      ) : (
        <Flex vertical gap={12}>
          {!data.mailEnabled && <Alert type="info" showIcon title={t('notifications.prefs.mailOff')} />}
          {data.mailEnabled && !data.emailAddress && (
            <Alert type="warning" showIcon title={t('notifications.prefs.noAddress')} />
          )}
          {data.emailAddress && (
            <Typography.Text>
              {t('notifications.prefs.address', { address: data.emailAddress })}
            </Typography.Text>
          )}
          <Flex align="center" gap={12} wrap>
            <label htmlFor="notification-language">{t('notifications.prefs.language')}</label>
            <Select<UserLanguage>
              id="notification-language"
              value={data.language}
              style={{ minWidth: 200 }}
              options={USER_LANGUAGES.map((l) => ({ value: l, label: t(`lang.${l}`) }))}
              onChange={(language) => void change({ language })}
              data-testid="notification-language"
            />
          </Flex>
          <Typography.Text type="secondary">{t('notifications.prefs.hint')}</Typography.Text>
          <Flex vertical gap={8} role="group" aria-label={t('notifications.prefs.kindsLabel')}>
            {NOTIFICATION_KINDS.map((kind: NotificationKind) => {
              const on = data.kinds.find((k) => k.kind === kind)?.email ?? true;
              const label = t(`notifications.kinds.${kind}`);
              return (
                <Flex key={kind} align="center" gap={12}>
                  <Switch
                    checked={on}
                    disabled={save.isPending}
                    aria-label={t('notifications.prefs.emailFor', { kind: label })}
                    onChange={(email) => void change({ kinds: [{ kind, email }] })}
                    data-testid={`email-${kind}`}
                  />
                  <span>{label}</span>
                </Flex>
              );
            })}
          </Flex>
        </Flex>
      )}
    </Card>
  );
}
