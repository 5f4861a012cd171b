import type { ReactNode } from 'react';
import { Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Page } from '../app/types.ts';
import { EmptyState } from './EmptyState.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';
import { formatNumber } from './format.ts';
import type { Paging } from './usePagedQueryState.ts';

/** The part of a TanStack query result a paged table reads. */
export interface PagedQuery<T> {
  data?: Page<T>;
  error: unknown;
  isFetching: boolean;
  isPending: boolean;
  refetch: () => unknown;
}

type Props<T> = Omit<TableProps<T>, 'dataSource' | 'loading' | 'pagination' | 'rowKey'> & {
  query: PagedQuery<T>;
  paging: Paging;
  /** What to do next when there are no rows (differs with and without filters). */
  emptyText: ReactNode;
};

/** A server-paged table with its load error above it. */
export function PagedTable<T extends { id: string }>({
  query,
  paging,
  emptyText,
  locale,
  ...table
}: Props<T>) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <Table<T>
        {...table}
        rowKey="id"
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        // Until the first answer arrives an empty-state hint would be a false claim.
        locale={{ ...locale, emptyText: query.isPending ? ' ' : <EmptyState>{emptyText}</EmptyState> }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: query.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (total) => t('common.total', { count: total, n: formatNumber(total) }),
          onChange: paging.turnPage,
        }}
      />
    </>
  );
}
