import { useState, type ReactNode } from 'react';
import { Button, Flex, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { RefreshButton } from './RefreshButton.tsx';

interface Search {
  label: string;
  placeholder: string;
  width: number;
  /** The search in force; the box may hold newer text not yet submitted. */
  value: string;
  onSearch: (q: string) => void;
}

interface Props {
  search?: Search;
  /** The filter controls, placed between the search box and the reset button. */
  children?: ReactNode;
  filtered: boolean;
  onReset: () => void;
  refresh?: { isFetching: boolean; refetch: () => unknown };
}

/** Search, filters, reset and refresh above a list. */
export function ListToolbar({ search, children, filtered, onReset, refresh }: Props) {
  const { t } = useTranslation();
  // Typed text is applied only on Enter, so it is kept apart from the search in force.
  const [text, setText] = useState('');

  return (
    <Flex gap={8} wrap style={{ marginBottom: 16 }}>
      {search && (
        <Input.Search
          aria-label={search.label}
          placeholder={search.placeholder}
          allowClear
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            // Clearing the box shows everything again without another Enter.
            if (e.target.value === '' && search.value !== '') search.onSearch('');
          }}
          onSearch={(value) => search.onSearch(value.trim())}
          style={{ width: search.width }}
        />
      )}
      {children}
      {filtered && (
        <Button
          onClick={() => {
            setText('');
            onReset();
          }}
        >
          {t('common.reset')}
        </Button>
      )}
      {refresh && <RefreshButton query={refresh} />}
    </Flex>
  );
}
