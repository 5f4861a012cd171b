import dayjs from 'dayjs';
import { currentLanguage } from '../app/i18n.ts';

const numberFormat = new Intl.NumberFormat('id-ID');

/** Numbers are shown the Indonesian way (1.234.567) in both languages, as officials write them. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/**
 * "9 Desember 2024 14.05" in Indonesian (the period is the Indonesian time separator),
 * "9 December 2024 14:05" in English. dayjs is used instead of Intl because Intl inserts
 * "pukul" and varies between ICU versions.
 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const lng = currentLanguage();
  const value = dayjs(iso).locale(lng);
  if (!value.isValid()) return iso;
  return value.format(lng === 'id' ? 'D MMMM YYYY HH.mm' : 'D MMMM YYYY HH:mm');
}

/** "9 Desember 2024". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const value = dayjs(iso).locale(currentLanguage());
  return value.isValid() ? value.format('D MMMM YYYY') : iso;
}

/**
 * A decimal string from the API (`1234.5`, `-0.125`) written the Indonesian way (`1.234,5`)
 * digit by digit, so no float rounding creeps in; what `parseDecimal` reads back unchanged.
 */
export function formatDecimal(value: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!m) return value;
  const int = m[2].replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${m[1]}${int}${m[3] ? `,${m[3]}` : ''}`;
}
