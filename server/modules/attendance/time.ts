/**
 * Times of the sign-in window as people at the venue read them: the region's local time with
 * its Indonesian zone name (WIB, WITA, WIT), e.g. "4 Desember 2024 pukul 08.00 WITA".
 */
import { timeZoneOfRegion } from '../../../domain/meetings/days.js';

const ZONE_NAMES = { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' } as const;

export function zoneNameOf(regionCode: string): string {
  return ZONE_NAMES[timeZoneOfRegion(regionCode)];
}

export function formatLocalDateTime(regionCode: string, at: Date, lang: 'id' | 'en'): string {
  const timeZone = timeZoneOfRegion(regionCode);
  const date = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(at);
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(at)
    .replace(':', lang === 'en' ? ':' : '.');
  return `${date} ${lang === 'en' ? 'at' : 'pukul'} ${time} ${zoneNameOf(regionCode)}`;
}

/** A calendar day (YYYY-MM-DD) in words: "Rabu, 4 Desember 2024". */
export function formatDay(day: string, lang: 'id' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${day}T00:00:00Z`));
}
