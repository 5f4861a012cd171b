/**
 * A notification's words in one language: the title (inbox line, e-mail subject) and body,
 * from its kind and the params stored with it. Rendered when read, so a user who switches
 * language reads old entries in the new one too. Dates and periods in the reader's format.
 */
import { parsePeriod } from '../../../domain/period.js';
import type { NotificationKind } from '../../../domain/notifications.js';
import { isMessageKey, translate, type Language, type MessageKey } from '../../lib/messages.js';

export type StoredParams = Record<string, string | number | null | undefined>;

const LOCALE: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/** `2025-03-31` → "31 Maret 2025" / "31 March 2025". */
export function formatDate(iso: string, lang: Language): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}

/** A span of days: one date, or "4 Desember 2024 s.d. 5 Desember 2024" / "… to …". */
export function formatDateRange(from: string, to: string, lang: Language): string {
  return from === to
    ? formatDate(from, lang)
    : `${formatDate(from, lang)} ${lang === 'en' ? 'to' : 's.d.'} ${formatDate(to, lang)}`;
}

/** `2024-S1` → "semester 1 2024" / "2024 semester 1"; a year stays a year. */
export function formatPeriodWords(text: string, lang: Language): string {
  const p = parsePeriod(text);
  if (!p || p.periodicity === 'year') return text;
  const word = p.periodicity === 'semester' ? 'semester' : lang === 'en' ? 'quarter' : 'triwulan';
  return lang === 'en' ? `${p.year} ${word} ${p.part}` : `${word} ${p.part} ${p.year}`;
}

function filled(params: StoredParams, lang: Language): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined) out[k] = v;
  out.actor = out.actor || translate('notify_someone', lang);
  if (typeof params.period === 'string') out.period = formatPeriodWords(params.period, lang);
  if (typeof params.dueDate === 'string') out.dueDate = formatDate(params.dueDate, lang);
  // An event's days (meetings): stored as ISO dates so each reader gets their own format; older
  // entries carry only the Indonesian text in `date`.
  if (typeof params.startsOn === 'string')
    out.date = formatDateRange(
      params.startsOn,
      typeof params.endsOn === 'string' ? params.endsOn : params.startsOn,
      lang,
    );
  if (typeof params.deadlineKind === 'string') {
    const key = `notify_work_${params.deadlineKind}`;
    out.work = isMessageKey(key) ? translate(key, lang) : params.deadlineKind;
  }
  return out;
}

export interface RenderedNotification {
  title: string;
  body: string;
}

export function renderNotification(
  kind: NotificationKind,
  params: StoredParams,
  lang: Language,
): RenderedNotification {
  const values = filled(params, lang);
  return {
    title: translate(`notify_${kind}_title` as MessageKey, lang, values),
    body: translate(`notify_${kind}_body` as MessageKey, lang, values),
  };
}
