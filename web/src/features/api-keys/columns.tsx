import { Flex, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { formatDateTime } from '../../components/format.ts';
import type { ApiKeyItem } from './api.ts';
import { RevokeApiKeyButton } from './RevokeApiKeyButton.tsx';

function DateTime({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDateTime(iso)}</time>;
}

/** A long purpose on one line; the whole text on hover and on keyboard focus. */
function Purpose({ text }: { text: string }) {
  return (
    <Tooltip title={text} trigger={['hover', 'focus']}>
      <span
        tabIndex={0}
        style={{
          display: 'block',
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          whiteSpace: 'nowrap',
        }}
      >
        {text}
      </span>
    </Tooltip>
  );
}

function Status({ apiKey, t }: { apiKey: ApiKeyItem; t: TFunction }) {
  if (!apiKey.revokedAt) return <Tag color="green">{t('apiKeys.state.active')}</Tag>;
  return (
    <Flex vertical gap={2} align="flex-start">
      <Tag color={apiKey.revokedBy === 'superadmin' ? 'red' : 'default'}>
        {t(`apiKeys.state.${apiKey.revokedBy ?? 'holder'}`)}
      </Tag>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('apiKeys.revokedAt', { at: formatDateTime(apiKey.revokedAt) })}
      </Typography.Text>
    </Flex>
  );
}

export function apiKeyColumns(t: TFunction): ColumnsType<ApiKeyItem> {
  return [
    {
      title: t('apiKeys.columns.prefix'),
      dataIndex: 'prefix',
      width: 140,
      render: (prefix: string) => (
        <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
          {prefix}
        </Typography.Text>
      ),
    },
    {
      // Name over e-mail in one column: the table fits a laptop screen without scrolling.
      title: t('apiKeys.columns.holder'),
      key: 'holder',
      width: 220,
      render: (_: unknown, apiKey) => (
        <Flex vertical>
          <span>{apiKey.name}</span>
          <Typography.Text type="secondary" style={{ wordBreak: 'break-all' }}>
            {apiKey.email}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('apiKeys.columns.purpose'),
      dataIndex: 'purpose',
      render: (purpose: string) => <Purpose text={purpose} />,
    },
    {
      title: t('apiKeys.columns.createdAt'),
      dataIndex: 'createdAt',
      width: 130,
      render: (at: string) => <DateTime iso={at} />,
    },
    {
      title: t('apiKeys.columns.lastUsedAt'),
      dataIndex: 'lastUsedAt',
      width: 130,
      render: (at: string | null) =>
        at ? (
          <DateTime iso={at} />
        ) : (
          <Typography.Text type="secondary">{t('apiKeys.neverUsed')}</Typography.Text>
        ),
    },
    {
      title: t('apiKeys.columns.status'),
      key: 'status',
      width: 180,
      render: (_: unknown, apiKey) => <Status apiKey={apiKey} t={t} />,
    },
    {
      title: t('apiKeys.columns.actions'),
      key: 'actions',
      width: 80,
      // Always in view: on a narrow screen the other columns scroll under it.
      fixed: 'right',
      render: (_: unknown, apiKey) => <RevokeApiKeyButton apiKey={apiKey} />,
    },
  ];
}
