import { formatDate } from '../../components/format.ts';

/** "4 Des 2024" or "4 Des 2024 – 6 Des 2024" in the user's date format. */
export function dateRangeText(startsOn: string, endsOn: string): string {
  return startsOn === endsOn ? formatDate(startsOn) : `${formatDate(startsOn)} – ${formatDate(endsOn)}`;
}
