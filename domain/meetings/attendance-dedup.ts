/**
 * When two presences on one event day are the same person (issue 11: "duplicates merged").
 *
 * People sign in on a phone in a hurry, and organisers type paper lists: the same person comes
 * as "Dr. Hj. Siti Aminah, M.Si" and "siti  aminah", with "+62 812-3456-7890" or
 * "0812 3456 7890". The key compares the name as the PUG registry does (case, spaces and
 * academic or religious titles ignored) together with one contact, so that two different
 * people who share a name — common in Indonesia — stay two rows:
 *
 * - the phone number when given (Indonesian forms +62…, 62…, 0…, 8… read as one),
 * - else the e-mail address (case ignored),
 * - else the institution (case, spaces and punctuation ignored) — a paper list or a ticked
 *   invitee may carry neither phone nor e-mail.
 *
 * The key is stored in meeting_attendance.dedup_key, unique per region, meeting and day.
 */

/**
 * Titles written before a name (academic, professional, religious, forms of address), compared
 * without dots and case. "H." / "Hj." are the hajj titles.
 */
const TITLES_BEFORE = new Set([
  'dr',
  'drs',
  'dra',
  'drg',
  'ir',
  'prof',
  'h',
  'hj',
  'kh',
  'ns',
  'apt',
  'bd',
  'ust',
  'ustadz',
  'ustadzah',
  'bapak',
  'bpk',
  'pak',
  'ibu',
  'bu',
  'sdr',
  'sdri',
  'tn',
  'ny',
  'nn',
]);

/**
 * Degrees written after a name (usually after a comma), compared without dots, spaces and case:
 * S.Pd, S.Pd.I, M.Si, S.E., S.H., M.H., S.Sos, M.Kes, S.K.M., M.A.P., A.Md., Ph.D., …
 */
const TITLES_AFTER = new Set([
  'spd',
  'spdi',
  'spdsd',
  'mpd',
  'mpdi',
  'si',
  'ssi',
  'msi',
  'se',
  'sak',
  'me',
  'mak',
  'sh',
  'shi',
  'mh',
  'mhum',
  'ssos',
  'msos',
  'skes',
  'mkes',
  'skm',
  'skom',
  'mkom',
  'st',
  'mt',
  'sked',
  'sp',
  'mp',
  'sip',
  'map',
  'mm',
  'sag',
  'mag',
  'sthi',
  'spsi',
  'mpsi',
  'skep',
  'sfarm',
  'sgz',
  'stp',
  'spt',
  'shut',
  'ssn',
  'sds',
  'sikom',
  'sstp',
  'sst',
  'str',
  'strkeb',
  'amd',
  'amdkeb',
  'amdkep',
  'ama',
  'msc',
  'ma',
  'mba',
  'mph',
  'bsc',
  'ba',
  'phd',
  'lc',
  'mpa',
  'spog',
  'spa',
  'sppd',
  'mars',
]);

function foldToken(token: string): string {
  return token.replace(/[.\s']/g, '');
}

/**
 * A person's name as compared for duplicates: lower case, accents and punctuation dropped,
 * spaces collapsed, titles before and degrees after the name removed. Equivalent to the PUG
 * registry's rule (domain/kelembagaan/person-name.ts) so an attendee matches an invitee.
 */
export function attendanceNameKey(fullName: string): string {
  const plain = fullName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  // Degrees follow the first comma ("Siti Aminah, S.Pd., M.Si"); the name is what precedes it.
  const beforeComma = plain.split(',')[0] ?? '';
  const tokens = beforeComma
    .replace(/[^\p{L}\p{N}.'\s-]/gu, ' ')
    .split(/\s+/)
    .filter((t) => t !== '' && t !== '-');
  let start = 0;
  while (start < tokens.length - 1 && TITLES_BEFORE.has(foldToken(tokens[start]!))) start += 1;
  let end = tokens.length;
  while (end > start + 1 && TITLES_AFTER.has(foldToken(tokens[end - 1]!))) end -= 1;
  return tokens
    .slice(start, end)
    .map((t) => t.replace(/[.']/g, ''))
    .filter((t) => t !== '')
    .join(' ');
}

/**
 * An Indonesian phone number in one form ("08…"): +62 812-3456-7890, 62812…, 0812 3456 7890
 * and 812… are one number. Null when too few digits remain to be a number.
 */
export function normalisePhone(phone: string | null | undefined): string | null {
  if (phone == null) return null;
  let digits = phone.replace(/\D/g, '');
  if (digits.startsWith('62')) digits = `0${digits.slice(2)}`;
  else if (digits.startsWith('8')) digits = `0${digits}`;
  return digits.length >= 6 ? digits : null;
}

export function normaliseEmail(email: string | null | undefined): string | null {
  const value = email?.trim().toLowerCase() ?? '';
  return value === '' ? null : value;
}

function institutionKey(institution: string | null | undefined): string {
  return (institution ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface AttendanceIdentity {
  fullName: string;
  phone?: string | null;
  email?: string | null;
  institution?: string | null;
}

/** The key that makes two presences on one day the same person (see the file's comment). */
export function attendanceDedupKey({ fullName, phone, email, institution }: AttendanceIdentity): string {
  const name = attendanceNameKey(fullName);
  const tel = normalisePhone(phone);
  if (tel) return `${name}|p:${tel}`;
  const mail = normaliseEmail(email);
  if (mail) return `${name}|e:${mail}`;
  return `${name}|i:${institutionKey(institution)}`;
}

/** The name part of a dedup key, to look for the same person under another contact. */
export function dedupKeyNamePrefix(fullName: string): string {
  return `${attendanceNameKey(fullName)}|`;
}
