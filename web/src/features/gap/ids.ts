/**
 * A short random id for a list item (docs: domain/planning/gap-content.ts). getRandomValues
 * works on plain-http intranet addresses too, where crypto.randomUUID is missing.
 */
export function newId(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
}
