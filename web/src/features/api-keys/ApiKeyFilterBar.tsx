import { useEffect, useState } from 'react';
import { Button, Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { API_KEY_LIMITS } from '../../../../domain/api-keys.ts';
import { API_KEY_STATUSES, type ApiKeyStatusFilter } from './filters.ts';

/** How long typing must pause before the list is asked again: one request per word, not per letter. */
const SEARCH_DEBOUNCE_MS = 300;

interface Props {
  status: ApiKeyStatusFilter;
  /** The search in force (from the URL); the box may hold newer text still waiting. */
  q: string;
  filtered: boolean;
  onStatus: (status: ApiKeyStatusFilter) => void;
  onQuery: (q: string) => void;
  onReset: () => void;
}

/** Status and a search that applies itself shortly after typing stops. */
export function ApiKeyFilterBar({ status, q, filtered, onStatus, onQuery, onReset }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(q);
  const [shownQuery, setShownQuery] = useState(q);

  // The URL changed without typing (Back, reset, an opened link): the box follows it, during
  // render rather than in an effect, so the stale text is never drawn.
  if (q !== shownQuery) {
    setShownQuery(q);
    if (text.trim() !== q) setText(q);
  }

  useEffect(() => {
    const wanted = text.trim();
    if (wanted === q) return undefined;
    const timer = setTimeout(() => onQuery(wanted), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, q, onQuery]);

  return (
    <Flex gap={8} wrap role="search" aria-label={t('apiKeys.filters')} style={{ marginBottom: 16 }}>
      <Input.Search
        aria-label={t('apiKeys.search')}
        placeholder={t('apiKeys.searchPlaceholder')}
        // No clear icon: axe-core finds it below the 24 px target size; "Atur ulang filter" clears.
        maxLength={API_KEY_LIMITS.email}
        value={text}
        onChange={(e) => setText(e.target.value)}
        // Enter applies at once, without waiting for the pause.
        onSearch={(value) => onQuery(value.trim())}
        style={{ width: 320 }}
        data-testid="api-keys-search"
      />
      <Select<ApiKeyStatusFilter>
        aria-label={t('apiKeys.status')}
        value={status}
        onChange={onStatus}
        style={{ minWidth: 160 }}
        options={API_KEY_STATUSES.map((s) => ({ value: s, label: t(`apiKeys.statuses.${s}`) }))}
        data-testid="api-keys-status"
      />
      {filtered && <Button onClick={onReset}>{t('common.reset')}</Button>}
    </Flex>
  );
}
