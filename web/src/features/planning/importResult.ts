/**
 * What the budget import answers (POST /api/regions/:code/sub-activities/import): counts when
 * the whole file was taken, or the rows it refused and why (nothing is saved then). Read
 * defensively from the raw body, since the upload goes through the browser's own request.
 */
export interface ImportRowError {
  row: number | null;
  column: string | null;
  message: string;
}

export type ImportOutcome =
  | { ok: true; created: number; updated: number; total: number }
  | { ok: false; message: string; rows: ImportRowError[] };

type Loose = Record<string, unknown>;

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

function rowErrorOf(item: unknown): ImportRowError | null {
  if (!item || typeof item !== 'object') return null;
  const e = item as Loose;
  const message = str(e.message) ?? str(e.reason) ?? str(e.code);
  if (!message) return null;
  return { row: typeof e.row === 'number' ? e.row : null, column: str(e.column) ?? str(e.field), message };
}

/** `fields` like {"rows.12.code": "…"} (the shared error mapper's spelling) as row errors. */
function rowsFromFields(fields: unknown): ImportRowError[] {
  if (!fields || typeof fields !== 'object') return [];
  return Object.entries(fields as Record<string, unknown>).flatMap(([key, text]) => {
    if (typeof text !== 'string') return [];
    const m = /^(?:rows?\.)?(\d+)(?:\.(.+))?$/.exec(key);
    return [{ row: m ? Number(m[1]) : null, column: m ? (m[2] ?? null) : key, message: text }];
  });
}

export function readImportOutcome(status: number, body: unknown): ImportOutcome {
  const b = (body && typeof body === 'object' ? body : {}) as Loose;
  if (status >= 200 && status < 300) {
    const created = num(b.created ?? b.inserted);
    const updated = num(b.updated);
    return { ok: true, created, updated, total: num(b.total ?? b.rows) || created + updated };
  }
  const error = (b.error && typeof b.error === 'object' ? b.error : {}) as Loose;
  const list = [error.rows, error.errors, error.details, b.rows, b.errors].find(Array.isArray) as
    unknown[] | undefined;
  const rows = list
    ? list.map(rowErrorOf).filter((r): r is ImportRowError => r !== null)
    : rowsFromFields(error.fields);
  return { ok: false, message: str(error.message) ?? `HTTP ${status}`, rows };
}
