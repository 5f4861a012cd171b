import { Select } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  value: number | null;
  options: number[];
  onChange: (year: number) => void;
  loading?: boolean;
}

/** The budget year (tahun anggaran) a planning page shows. */
export function YearSelect({ value, options, onChange, loading }: Props) {
  const { t } = useTranslation();
  return (
    <Select<number>
      aria-label={t('planning.year')}
      data-testid="planning-year"
      prefix={`${t('planning.year')}:`}
      value={value ?? undefined}
      loading={loading}
      style={{ width: 210 }}
      options={options.map((y) => ({ value: y, label: String(y) }))}
      onChange={onChange}
    />
  );
}
