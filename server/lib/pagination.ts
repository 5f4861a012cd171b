/** Paged lists: every list endpoint answers `{ items, total, page, pageSize }`. */

export interface PageQuery {
  page: number;
  pageSize: number;
}

export function offsetOf(query: PageQuery): number {
  return (query.page - 1) * query.pageSize;
}

/** Runs the page's rows and the total count side by side. */
export async function pageOf<T>(
  query: PageQuery,
  rows: Promise<T[]>,
  total: Promise<{ total: number }[]>,
): Promise<{ items: T[]; total: number; page: number; pageSize: number }> {
  const [items, [{ total: count }]] = await Promise.all([rows, total]);
  return { items, total: count, page: query.page, pageSize: query.pageSize };
}

/** An ILIKE pattern matching `text` anywhere, with LIKE's wildcards taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[%_\\]/g, '\\$&')}%`;
}
