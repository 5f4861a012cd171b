import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useActiveOpds } from '../opd/api.ts';

interface Props {
  regionCode: string;
  value: string | null;
  onChange: (opdId: string | null) => void;
  /** Offer "all OPDs" (lists and recaps); a Renstra or signatory needs one OPD. */
  allowAll?: boolean;
  testId?: string;
  /** Inside a labelled form field the "OPD:" prefix would repeat the label. */
  prefixed?: boolean;
}

const ALL = '';

/** One OPD of the region, searchable by name or short name. */
export function OpdSelect({ regionCode, value, onChange, allowAll = true, testId, prefixed = true }: Props) {
  const { t } = useTranslation();
  const opds = useActiveOpds(regionCode);
  const options = (opds.data ?? [])
    .slice()
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((o) => ({ value: o.id, label: `${o.name} (${o.shortName})` }));
  return (
    <Select<string>
      aria-label={t('planning.opd')}
      data-testid={testId ?? 'planning-opd'}
      prefix={prefixed ? `${t('planning.opd')}:` : undefined}
      value={value ?? (allowAll ? ALL : undefined)}
      placeholder={t('planning.opdPlaceholder')}
      loading={opds.isPending}
      style={{ width: prefixed ? 360 : '100%' }}
      popupMatchSelectWidth={false}
      showSearch={{ optionFilterProp: 'label' }}
      options={allowAll ? [{ value: ALL, label: t('planning.allOpd') }, ...options] : options}
      onChange={(v) => onChange(v === ALL ? null : v)}
    />
  );
}
