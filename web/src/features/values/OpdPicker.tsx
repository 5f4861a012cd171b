import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAssignments } from '../indicators/api.ts';
import { useActiveOpds } from '../opd/api.ts';

interface Props {
  regionCode: string;
  value: string | null;
  onChange: (opdId: string | null) => void;
}

const ALL = '';

/** Whose grid to open: an OPD (with how many indicators it answers for) or every indicator. */
export function OpdPicker({ regionCode, value, onChange }: Props) {
  const { t } = useTranslation();
  const opds = useActiveOpds(regionCode);
  const assignments = useAssignments(regionCode);
  const counts = new Map<string, number>();
  for (const a of assignments.data ?? []) counts.set(a.opdId, (counts.get(a.opdId) ?? 0) + 1);

  const options = (opds.data ?? [])
    .map((o) => ({ id: o.id, name: o.name, n: counts.get(o.id) ?? 0 }))
    // Agencies that answer for indicators come first: they are the ones with something to enter.
    .sort((a, b) => Number(b.n > 0) - Number(a.n > 0) || a.name.localeCompare(b.name))
    .map((o) => ({ value: o.id, label: t('entry.opdOption', { name: o.name, count: o.n, n: o.n }) }));

  return (
    <Select<string>
      aria-label={t('entry.opd')}
      data-testid="entry-opd"
      prefix={`${t('entry.opd')}:`}
      value={value ?? ALL}
      loading={opds.isPending}
      style={{ width: 420 }}
      popupMatchSelectWidth={false}
      showSearch={{ optionFilterProp: 'label' }}
      options={[{ value: ALL, label: t('entry.allOpd') }, ...options]}
      onChange={(v) => onChange(v === ALL ? null : v)}
    />
  );
}
