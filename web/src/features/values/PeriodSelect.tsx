import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPeriod, parsePeriod, type Period } from '../../../../domain/period.ts';
import { yearOptions } from './period.ts';

interface Props {
  value: string | null;
  onChange: (period: string) => void;
  /** Offer semesters and quarters too (only when the catalog has such indicators). */
  withParts?: boolean;
}

const PARTS: { key: string; periodicity: Period['periodicity']; part: number }[] = [
  { key: 'year', periodicity: 'year', part: 0 },
  { key: 'S1', periodicity: 'semester', part: 1 },
  { key: 'S2', periodicity: 'semester', part: 2 },
  { key: 'Q1', periodicity: 'quarter', part: 1 },
  { key: 'Q2', periodicity: 'quarter', part: 2 },
  { key: 'Q3', periodicity: 'quarter', part: 3 },
  { key: 'Q4', periodicity: 'quarter', part: 4 },
];

/** Year (and optionally semester/quarter) of the values being entered or reviewed. */
export function PeriodSelect({ value, onChange, withParts }: Props) {
  const { t } = useTranslation();
  const p = value ? parsePeriod(value) : null;
  const partKey = PARTS.find((x) => x.periodicity === p?.periodicity && x.part === p?.part)?.key ?? 'year';
  const emit = (year: number, key: string) => {
    const part = PARTS.find((x) => x.key === key) ?? PARTS[0];
    onChange(formatPeriod({ year, periodicity: part.periodicity, part: part.part }));
  };

  return (
    <Space.Compact>
      <Select<number>
        aria-label={t('data.periodYear')}
        data-testid="period-year"
        prefix={`${t('data.periodYear')}:`}
        value={p?.year}
        loading={!p}
        style={{ width: 150 }}
        options={yearOptions().map((y) => ({ value: y, label: String(y) }))}
        onChange={(year) => emit(year, partKey)}
      />
      {withParts && (
        <Select<string>
          aria-label={t('data.periodPart')}
          value={partKey}
          style={{ width: 130 }}
          disabled={!p}
          options={PARTS.map((x) => ({
            value: x.key,
            label: x.key === 'year' ? t('data.wholeYear') : x.key,
          }))}
          onChange={(key) => p && emit(p.year, key)}
        />
      )}
    </Space.Compact>
  );
}
