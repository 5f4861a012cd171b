import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesNames } from './charts.ts';

/** What a chart or table shows of an indicator: L only where it applies, T only where it adds up. */
export function sexColumns(ind: { sexes: string[]; aggregation: string }) {
  const l = ind.sexes.includes('L') && ind.sexes.includes('P');
  return { l, t: l && ind.aggregation !== 'none' };
}

export function useSeriesNames(): SeriesNames {
  const { t } = useTranslation();
  // Stable between renders so chart options are rebuilt only when the data or language change.
  return useMemo(
    () => ({
      p: t('data.sex.P'),
      l: t('data.sex.L'),
      t: t('data.sex.T'),
      diff: t('explore.diff'),
      ratio: t('explore.ratio'),
    }),
    [t],
  );
}
