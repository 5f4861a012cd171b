/**
 * Importing institutions from the template (export.ts IMPORT_COLUMNS) as XLSX or CSV, read by
 * server/lib/import. Every row is checked — required cells, type, owner, fields of service,
 * legal-entity number and date (domain/institutions/legal-entity.ts), kecamatan, contacts,
 * formula-like or control text, duplicates within the file and against the registry by
 * normalised name and address (domain/institutions/duplicates.ts) — and each problem is named
 * `rows.<row>.<column>`. A file with any problem stores nothing; a good one is written in one
 * transaction, each institution with its first status and its audit entry.
 */
import { rm } from 'node:fs/promises';
import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import {
  isServiceField,
  OWNER_KINDS,
  type OwnerKind,
  type ServiceField,
} from '../../../domain/institutions/constants.js';
import {
  addressKeyOf,
  duplicateKeyOf,
  duplicatesWithin,
  nameKeyOf,
} from '../../../domain/institutions/duplicates.js';
import { legalEntityProblems } from '../../../domain/institutions/legal-entity.js';
import type { Db } from '../../db/connection.js';
import { institutions, institutionStatusHistory } from '../../db/schema-institutions.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { mapUniqueViolations } from '../../lib/db-errors.js';
import { Invalid, type FieldErrors } from '../../lib/errors.js';
import type { MessageKey } from '../../lib/messages.js';
import { receiveUpload, fileTooLarge } from '../../lib/file-store/receive.js';
import { ImportFileError, openTabularFile } from '../../lib/import/index.js';
import { registryManager } from './access.js';
import { IMPORT_COLUMNS, type ImportColumn } from './export.js';
import { kecamatanOf, todayInRegion, typesOfRegion } from './queries.js';
import { uniqueErrors } from './registry.js';

export const IMPORT_MAX_MB = 5;
const MAX_ROWS = 2000;
const REQUIRED: ImportColumn[] = ['nama', 'jenis', 'pemilik', 'bidang', 'alamat'];
const MAX_LENGTH: Partial<Record<ImportColumn, number>> = { nama: 200, alamat: 300, deskripsi: 2000 };
// eslint-disable-next-line no-control-regex -- finding control characters is its purpose
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** A formula: = or @ first, or + / - not followed by a digit, space or bracket (phone numbers, negatives). */
const FORMULA = /^(?:[=@]|[+-](?![\d\s(]))/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]{6,30}$/;
const URL = /^https?:\/\/[^\s/$.?#].[^\s]*$/i;

/** YYYY-MM-DD (also with a time, as XLSX date cells read) or DD/MM/YYYY → ISO date, else null. */
export function parseDateCell(text: string): string | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T00:00:00)?$/.exec(text);
  if (m) return validDate(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  return m ? validDate(+m[3]!, +m[2]!, +m[1]!) : null;
}

function validDate(y: number, mo: number, d: number): string | null {
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** "ekonomi, sosial" / "Edukasi pengasuhan; konseling" → codes, or the unknown words. */
export function parseFields(text: string): { fields: ServiceField[]; unknown: string[] } {
  const parts = text
    .split(/[,;/\n]+/)
    .map((p) => p.trim().toLowerCase().replace(/\s+/g, '_'))
    .filter((p) => p !== '');
  const fields = [...new Set(parts.filter(isServiceField))];
  return { fields, unknown: parts.filter((p) => !isServiceField(p)) };
}

function yesNo(text: string): boolean | null {
  const t = text.toLowerCase();
  if (['ya', 'y', 'yes', 'true', '1'].includes(t)) return true;
  if (['', 'tidak', 't', 'no', 'false', '0'].includes(t)) return false;
  return null;
}

function coordinate(text: string, min: number, max: number): number | null | undefined {
  if (text === '') return null;
  const n = Number(text.replace(',', '.'));
  return Number.isFinite(n) && n >= min && n <= max ? n : undefined;
}

export async function importInstitutions(
  deps: { db: Db; scratchDir: string },
  actor: Actor | null,
  regionCode: string,
  request: FastifyRequest,
) {
  const { db } = deps;
  const a = await registryManager(db, actor, regionCode);
  const file = await receiveUpload(request, deps.scratchDir, {
    maxMb: IMPORT_MAX_MB,
    missing: 'institution_import_empty',
    tooLarge: fileTooLarge('institution_import_too_large'),
    prefix: '.institutions-',
  });
  try {
    const rows = await readRows(file.tempPath, file.fileName);
    const [types, kecamatan, existing] = await Promise.all([
      typesOfRegion(db, regionCode),
      kecamatanOf(db, regionCode),
      db
        .select({ name: institutions.nameKey, address: institutions.addressKey })
        .from(institutions)
        .where(eq(institutions.regionCode, regionCode)),
    ]);
    const typeByKey = new Map<string, string>();
    for (const t of types) {
      typeByKey.set(t.code.toLowerCase(), t.id);
      typeByKey.set(t.nameId.toLowerCase(), t.id);
    }
    const kecamatanByKey = new Map<string, string>();
    for (const [code, name] of kecamatan) {
      kecamatanByKey.set(code, code);
      kecamatanByKey.set(name.toLowerCase(), code);
    }
    const registered = new Set(existing.map((e) => `${e.name}\u0000${e.address}`));
    const today = todayInRegion(regionCode);
    const problems: FieldErrors = {};
    const bad = (row: number, column: string, key: MessageKey) => {
      problems[`rows.${row}.${column}`] ??= key;
    };
    const values: (typeof institutions.$inferInsert)[] = [];
    for (const { n, cells } of rows) {
      const cell = (c: ImportColumn) => cells[c] ?? '';
      for (const c of IMPORT_COLUMNS) {
        const v = cell(c);
        if (CONTROL.test(v)) bad(n, c, 'text_control_char');
        else if (FORMULA.test(v)) bad(n, c, 'institution_import_formula');
        else if (v.length > (MAX_LENGTH[c] ?? 300)) bad(n, c, 'institution_import_too_long');
      }
      for (const c of REQUIRED) if (cell(c) === '') bad(n, c, 'institution_import_required');
      const typeId = typeByKey.get(cell('jenis').toLowerCase());
      if (cell('jenis') && !typeId) bad(n, 'jenis', 'institution_import_type_unknown');
      const owner = cell('pemilik').toLowerCase();
      const ownerKind = OWNER_KINDS.find((k) => owner === k || owner.includes(k)) as OwnerKind | undefined;
      if (owner && !ownerKind) bad(n, 'pemilik', 'institution_import_owner_unknown');
      const { fields, unknown } = parseFields(cell('bidang'));
      if (unknown.length) bad(n, 'bidang', 'institution_import_field_unknown');
      const dateText = cell('tanggal_badan_hukum');
      const legalDate = dateText ? parseDateCell(dateText) : null;
      if (dateText && !legalDate) bad(n, 'tanggal_badan_hukum', 'institution_import_date_format');
      const legalNumber = cell('nomor_badan_hukum') || null;
      if (ownerKind) {
        const legal = legalEntityProblems(
          { ownerKind, legalEntityNumber: legalNumber, legalEntityDate: legalDate },
          today,
        );
        if (legal.legalEntityNumber) bad(n, 'nomor_badan_hukum', legal.legalEntityNumber);
        if (legal.legalEntityDate) bad(n, 'tanggal_badan_hukum', legal.legalEntityDate);
      }
      const kecText = cell('kecamatan');
      const kecamatanCode = kecText
        ? (kecamatanByKey.get(kecText) ?? kecamatanByKey.get(kecText.toLowerCase()))
        : null;
      if (kecamatanCode === undefined) bad(n, 'kecamatan', 'institution_import_kecamatan_unknown');
      if (cell('email') && !EMAIL.test(cell('email'))) bad(n, 'email', 'institution_import_bad_value');
      if (cell('telepon') && !PHONE.test(cell('telepon'))) bad(n, 'telepon', 'phone_format');
      if (cell('situs_web') && !URL.test(cell('situs_web'))) bad(n, 'situs_web', 'url_format');
      const listed = yesNo(cell('tampil_di_direktori'));
      if (listed === null) bad(n, 'tampil_di_direktori', 'institution_import_bad_value');
      const latitude = coordinate(cell('lintang'), -11.5, 6.5);
      const longitude = coordinate(cell('bujur'), 94, 141.5);
      if (latitude === undefined) bad(n, 'lintang', 'institution_import_bad_value');
      if (longitude === undefined) bad(n, 'bujur', 'institution_import_bad_value');
      const name = cell('nama');
      const address = cell('alamat');
      if (name && address && registered.has(duplicateKeyOf({ name, address })))
        bad(n, 'nama', 'institution_import_duplicate_registry');
      values.push({
        regionCode,
        name,
        nameKey: nameKeyOf(name),
        typeId: typeId ?? '',
        ownerKind: ownerKind ?? 'masyarakat',
        legalEntityNumber: legalNumber,
        legalEntityDate: legalDate,
        fields,
        description: cell('deskripsi'),
        address,
        addressKey: addressKeyOf(address),
        kecamatanCode: kecamatanCode ?? null,
        latitude: latitude ?? null,
        longitude: longitude ?? null,
        phone: cell('telepon') || null,
        email: cell('email') || null,
        website: cell('situs_web') || null,
        listedPublicly: listed ?? false,
        createdBy: a.userId,
        updatedBy: a.userId,
      });
    }
    for (const [later] of duplicatesWithin(
      rows.map((r) => ({ name: r.cells.nama ?? '', address: r.cells.alamat ?? '' })),
    ))
      bad(rows[later]!.n, 'nama', 'institution_import_duplicate_in_file');
    const count = Object.keys(problems).length;
    if (count) throw new Invalid(problems, 'institution_import_invalid', { count });
    if (!values.length) throw new Invalid({ file: 'institution_import_empty' }, 'institution_import_empty');
    await mapUniqueViolations(
      () =>
        db.transaction(async (tx) => {
          for (let i = 0; i < values.length; i += 200) {
            const created = await tx
              .insert(institutions)
              .values(values.slice(i, i + 200))
              .returning();
            await tx.insert(institutionStatusHistory).values(
              created.map((row) => ({
                regionCode,
                institutionId: row.id,
                toStatus: row.status,
                reason: 'impor',
                changedBy: a.userId,
              })),
            );
            for (const row of created)
              await recordAudit(tx, subjectOf(a), {
                action: 'create',
                entity: 'institution',
                entityId: row.id,
                regionCode,
                after: { ...row, importedFrom: file.fileName },
              });
          }
        }),
      uniqueErrors,
    );
    return { created: values.length };
  } finally {
    await rm(file.tempPath, { force: true });
  }
}

/** The file's non-empty rows as cells by column name; a missing column or unreadable file is a 422. */
async function readRows(tempPath: string, fileName: string) {
  let opened;
  try {
    opened = await openTabularFile(tempPath, fileName, {
      limits: { maxColumns: 40, maxCellLength: 2000, maxRows: MAX_ROWS + 1 },
    });
  } catch (error) {
    throw fileError(error);
  }
  const header = opened.header.cells.map((c) => c.trim().toLowerCase().replace(/\s+/g, '_'));
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) {
    await opened.close();
    throw new Invalid(
      Object.fromEntries(missing.map((c) => [`columns.${c}`, 'institution_import_column_missing'])),
      'institution_import_column_missing',
      { column: missing[0]! },
    );
  }
  const index = new Map(IMPORT_COLUMNS.map((c) => [c, header.indexOf(c)]));
  const rows: { n: number; cells: Partial<Record<ImportColumn, string>> }[] = [];
  const unreadable: FieldErrors = {};
  try {
    for await (const row of opened.rows) {
      if (row.cells.every((c) => c.trim() === '')) continue;
      const cells: Partial<Record<ImportColumn, string>> = {};
      for (const [c, i] of index) if (i >= 0) cells[c] = (row.cells[i] ?? '').trim();
      for (const issue of row.issues) {
        const column =
          IMPORT_COLUMNS.find((c) => index.get(c) === issue.column - 1) ?? `column${issue.column}`;
        unreadable[`rows.${row.rowNumber}.${column}`] = 'institution_import_cell_unreadable';
      }
      rows.push({ n: row.rowNumber, cells });
    }
  } catch (error) {
    throw fileError(error);
  }
  if (Object.keys(unreadable).length)
    throw new Invalid(unreadable, 'institution_import_invalid', { count: Object.keys(unreadable).length });
  return rows;
}

function fileError(error: unknown): unknown {
  if (!(error instanceof ImportFileError)) return error;
  if ((error.code === 'cell_too_long' || error.code === 'row_too_long') && error.row) {
    const column = error.column ? `column${error.column}` : 'file';
    return new Invalid(
      { [`rows.${error.row}.${column}`]: 'institution_import_too_long' },
      'institution_import_invalid',
      {
        count: 1,
      },
    );
  }
  return new Invalid({ file: 'institution_import_format' }, 'institution_import_format');
}
