import { useTranslation } from 'react-i18next';
import type { MonevReport } from './api.ts';
import type { Draft, Previous, Sex } from './draft.ts';

/** What every section of the report form gets from the page. */
export interface SectionProps {
  report: MonevReport;
  draft: Draft;
  previous: Previous;
  readOnly: boolean;
  change: (update: (draft: Draft) => Draft, field?: string) => void;
}

export const SEXES: readonly Sex[] = ['P', 'L'];

/** "Triwulan ini: … · Kumulatif: …" under a box, from what is typed now. */
export function Both({
  pair,
  format,
}: {
  pair: { addition: string; cumulative: string } | null;
  format: (v: string) => string;
}) {
  const { t } = useTranslation();
  if (!pair) return null;
  return (
    <span data-testid="monev-both">
      {t('monev.report.bothNumbers', {
        addition: format(pair.addition),
        cumulative: format(pair.cumulative),
      })}
    </span>
  );
}
