import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DOMAIN_GROUPS } from '../../../../domain/indicators.ts';
import type { Indicator } from '../indicators/api.ts';
import type { CatalogLabels } from '../indicators/labels.ts';

interface Props {
  catalog: Indicator[] | undefined;
  labels: CatalogLabels;
  value: string | null;
  onChange: (code: string) => void;
}

interface Option {
  value: string;
  label: string;
  /** Name in both languages and the code, so a search finds it however it is remembered. */
  search: string;
}

/** One indicator out of the region's catalog, grouped by domain group in the catalog's order. */
export function IndicatorSelect({ catalog, labels, value, onChange }: Props) {
  const { t } = useTranslation();
  const active = (catalog ?? []).filter((i) => i.active);
  const groups = DOMAIN_GROUPS.map((group) => ({
    label: labels.group(group),
    title: labels.group(group),
    options: active
      .filter((i) => i.domainGroup === group)
      .sort((a, b) => labels.name(a).localeCompare(labels.name(b)))
      .map<Option>((i) => ({
        value: i.code,
        label: labels.name(i),
        search: `${i.nameId} ${i.nameEn} ${i.code}`.toLowerCase(),
      })),
  })).filter((g) => g.options.length > 0);

  return (
    <Select<string>
      aria-label={t('explore.indicator')}
      data-testid="explore-indicator"
      placeholder={t('explore.indicatorPlaceholder')}
      value={value ?? undefined}
      loading={catalog === undefined}
      style={{ width: 'min(560px, 100%)' }}
      popupMatchSelectWidth={false}
      listHeight={400}
      showSearch={{
        filterOption: (input, option) =>
          ((option as Partial<Option> | undefined)?.search ?? '').includes(input.trim().toLowerCase()),
      }}
      options={groups}
      onChange={onChange}
    />
  );
}
