/**
 * What the budget import answers (POST /api/regions/:code/sub-activities/import, api/planning.ts
 * `importResultSchema` and `importErrorSchema`): counts when the whole file was taken, or the
 * rows it refused and why (nothing is saved then). The upload goes through the browser's own
 * request, so the body arrives untyped; one that is not such an answer (a proxy's error page)
 * is told by its HTTP status.
 */
import type { z } from 'zod';
import type { importErrorSchema, importResultSchema } from '../../../../api/planning.ts';

type ImportResult = z.infer<typeof importResultSchema>;
type ImportError = z.infer<typeof importErrorSchema>['error'];
export type ImportRowError = NonNullable<ImportError['rows']>[number];

export type ImportOutcome =
  | ({ ok: true } & Pick<ImportResult, 'created' | 'updated' | 'total'>)
  | { ok: false; message: string; rows: ImportRowError[] };

/** `fields` like {"rows.12.code": "…"} (the shared error mapper's spelling) as row errors. */
function rowsFromFields(fields: ImportError['fields']): ImportRowError[] {
  return Object.entries(fields ?? {}).map(([key, message]) => {
    const m = /^(?:rows?\.)?(\d+)(?:\.(.+))?$/.exec(key);
    return { row: m ? Number(m[1]) : null, column: m ? (m[2] ?? null) : key, message };
  });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function readImportOutcome(status: number, body: unknown): ImportOutcome {
  if (status >= 200 && status < 300 && isObject(body)) {
    const { created, updated, total } = body as ImportResult;
    return { ok: true, created, updated, total };
  }
  const error = isObject(body) && isObject(body.error) ? (body.error as ImportError) : null;
  if (!error) return { ok: false, message: `HTTP ${status}`, rows: [] };
  return {
    ok: false,
    message: error.message || `HTTP ${status}`,
    rows: error.rows ?? rowsFromFields(error.fields),
  };
}
