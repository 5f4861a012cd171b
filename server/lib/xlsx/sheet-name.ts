/** A valid Excel sheet name: no `[]:*?/\`, no leading/trailing apostrophe, ≤ 31 characters. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '');
  return (cleaned.slice(0, 31).trim() || 'Sheet').replace(/'+$/, '');
}
