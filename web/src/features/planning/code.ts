/**
 * SIPD sub-kegiatan codes as typed by users: `2.08.02.2.01.0001` (urusan 1 digit, bidang 2,
 * program 2, kegiatan = government-level digit + 2, sub-kegiatan 4). Some regional exports
 * write the level digit as two (`2.08.02.02.01.0001`); both are accepted and the server
 * normalises. This is only the form's early check; the server decides.
 */
const SUB_ACTIVITY_CODE = /^\d\.\d{2}\.\d{2}\.\d{1,2}\.\d{2}\.\d{4}$/;

export function isSubActivityCode(text: string): boolean {
  return SUB_ACTIVITY_CODE.test(text.trim());
}

/** The program and kegiatan codes a sub-kegiatan code sits under (for grouping and hints). */
export function parentCodes(code: string): { program: string; kegiatan: string } | null {
  if (!isSubActivityCode(code)) return null;
  const parts = code.trim().split('.');
  return { program: parts.slice(0, 3).join('.'), kegiatan: parts.slice(0, 5).join('.') };
}
