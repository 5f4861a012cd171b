import { App as AntApp, Button, Card, Flex, List, Popconfirm, Typography } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { canPublishProfil, regionPagePath } from '../../../../domain/portal.ts';
import { accessActorOf } from '../../app/access.ts';
import { isApiError } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime, formatNumber } from '../../components/format.ts';
import { useProfilPublications, usePublishProfil, useWithdrawProfil } from './profil-publications-api.ts';

interface Props {
  region: { code: string; name: string };
  /** The year chosen in the form above, and how many of its values are verified. */
  year: number | null;
  verified: number;
}

/**
 * The Profil Gender editions on the open-data portal: which years the public can download,
 * and for the region's DP3A the buttons to publish the chosen year's official edition or to
 * withdraw one (domain/portal.ts canPublishProfil, the rule the server checks).
 */
export function ProfilPublicationsCard({ region, year, verified }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const { message } = AntApp.useApp();
  const canPublish = canPublishProfil(accessActorOf(me), region.code);
  const list = useProfilPublications(region.code, true);
  const publish = usePublishProfil(region.code);
  const withdraw = useWithdrawProfil(region.code);
  const publications = list.data?.publications ?? [];
  const already = publications.some((p) => p.year === year);

  const fail = (err: unknown) =>
    message.error(isApiError(err) || err instanceof Error ? err.message : String(err));
  const doPublish = () => {
    if (year === null) return;
    publish.mutate(year, {
      onSuccess: () => message.success(t('profil.publish.done', { year })),
      onError: fail,
    });
  };

  const publishButton = (
    <Button
      type="primary"
      icon={<GlobalOutlined />}
      loading={publish.isPending}
      disabled={year === null || verified === 0}
      data-testid="profil-publish"
      onClick={already ? undefined : doPublish}
    >
      {t('profil.publish.button', { year })}
    </Button>
  );

  return (
    <Card title={t('profil.publish.title')} data-testid="profil-publications" style={{ marginTop: 16 }}>
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('profil.publish.intro')}</Typography.Text>
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
        {list.isSuccess && publications.length === 0 ? (
          // Not the list's own empty text: its light grey fails the contrast check (axe).
          <Typography.Text type="secondary" data-testid="profil-publications-none">
            {t('profil.publish.none')}
          </Typography.Text>
        ) : (
          <List
            size="small"
            loading={list.isPending}
            dataSource={publications}
            renderItem={(p) => (
              <List.Item
                data-testid={`profil-publication-${p.year}`}
                actions={[
                  <a key="open" href={p.publicPath} target="_blank" rel="noreferrer">
                    {t('profil.publish.open')}
                  </a>,
                  canPublish && (
                    <Popconfirm
                      key="withdraw"
                      title={t('profil.publish.confirmWithdraw', { year: p.year })}
                      onConfirm={() =>
                        withdraw.mutate(p.year, {
                          onSuccess: () => message.success(t('profil.publish.withdrawn', { year: p.year })),
                          onError: fail,
                        })
                      }
                    >
                      <Button
                        size="small"
                        danger
                        loading={withdraw.isPending && withdraw.variables === p.year}
                      >
                        {t('profil.publish.withdraw')}
                      </Button>
                    </Popconfirm>
                  ),
                ].filter(Boolean)}
              >
                <List.Item.Meta
                  title={t('profil.publish.edition', { year: p.year })}
                  description={t('profil.publish.meta', {
                    at: formatDateTime(p.publishedAt),
                    by: p.publishedBy ?? '—',
                    size: formatNumber(Math.max(1, Math.round(p.sizeBytes / 1024))),
                  })}
                />
              </List.Item>
            )}
          />
        )}
        {canPublish && (
          <Flex vertical gap={4}>
            {already ? (
              <Popconfirm title={t('profil.publish.confirmReplace', { year })} onConfirm={doPublish}>
                {publishButton}
              </Popconfirm>
            ) : (
              publishButton
            )}
            {year !== null && verified === 0 && (
              <Typography.Text type="warning">{t('profil.noneVerified', { year })}</Typography.Text>
            )}
            {publish.isPending && <Typography.Text type="secondary">{t('profil.busy')}</Typography.Text>}
          </Flex>
        )}
        <a href={regionPagePath(region)} target="_blank" rel="noreferrer">
          {t('profil.publish.regionPage')}
        </a>
      </Flex>
    </Card>
  );
}
