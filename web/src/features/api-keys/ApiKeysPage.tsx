import { Typography } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PagedTable } from '../../components/PagedTable.tsx';
import { RefreshButton } from '../../components/RefreshButton.tsx';
import { SCREEN_READER_ONLY } from '../../components/screenReaderOnly.ts';
import { useApiKeyList, type ApiKeyItem } from './api.ts';
import { ApiKeyFilterBar } from './ApiKeyFilterBar.tsx';
import { apiKeyColumns } from './columns.tsx';
import { useApiKeyFilters } from './filters.ts';

/** Where the OpenAPI document lists the key routes (docs/api-keys.md): there is no sign-up page of its own. */
const API_KEY_DOCS = '/api/docs#/api-keys';

/**
 * /publikasi/kunci-api (superadmin): every key of the open read API, who holds it and what for,
 * filtered by status and a search over e-mail, name and prefix — the view kept in the URL — with
 * "Cabut" to revoke one (docs/api-keys.md).
 */
export function ApiKeysPage() {
  const { t } = useTranslation();
  const view = useApiKeyFilters();
  const { filters } = view;
  const list = useApiKeyList({
    status: filters.status,
    q: filters.q || undefined,
    page: filters.page,
    pageSize: filters.pageSize,
  });

  return (
    <>
      <PageHeader
        help="kunci-api"
        title={t('apiKeys.title')}
        subtitle={t('apiKeys.subtitle')}
        extra={<RefreshButton query={list} />}
      />
      <Typography.Paragraph style={{ maxWidth: 860 }}>
        {t('apiKeys.intro')}{' '}
        {/* Underlined: a link inside a paragraph must not be told apart by colour alone. */}
        <a href={API_KEY_DOCS} target="_blank" rel="noreferrer" style={{ textDecoration: 'underline' }}>
          {t('apiKeys.docs')} <ExportOutlined aria-hidden />
          <span style={SCREEN_READER_ONLY}>{t('publication.newTab')}</span>
        </a>
      </Typography.Paragraph>
      <ApiKeyFilterBar
        status={filters.status}
        q={filters.q}
        filtered={view.filtered}
        onStatus={view.setStatus}
        onQuery={view.setQuery}
        onReset={view.reset}
      />
      <PagedTable<ApiKeyItem>
        data-testid="api-keys-table"
        columns={apiKeyColumns(t)}
        query={list}
        paging={{ page: filters.page, pageSize: filters.pageSize, turnPage: view.turnPage }}
        emptyText={view.filtered ? t('apiKeys.emptyFiltered') : t('apiKeys.empty')}
        scroll={{ x: 1100 }}
      />
    </>
  );
}
