/**
 * The region's letterhead (kop surat) and each OPD's signatory, as printed on official
 * exports. Region readers read the letterhead; admin daerah (or superadmin) sets it. Anyone who
 * reads an OPD's planning reads its signatory; whoever edits the OPD's data sets it. Until
 * something is saved, both answer a sensible default built from the region's and OPD's names.
 */
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { opdSignatories, regionLetterheads } from '../../db/schema-planning.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { AppError, Invalid, NotFound } from '../../lib/errors.js';
import { canReadRegion } from '../../../domain/access.js';
import {
  assertCanEditOpdData,
  assertCanManageRegion,
  assertCanReadOpdPlanning,
  assertCanReadRegion,
  requireActor,
} from '../../lib/permissions.js';
import { findOpd } from '../opd/service.js';
import { getRegion } from '../regions/service.js';
import { LOGO_MAX_BYTES, sniffLogo, type LogoInfo } from './logo.js';
import type {
  LetterheadDto,
  LetterheadInput,
  SignatoryDto,
  SignatoryInput,
} from '../../../api/letterhead.js';

type LetterheadRow = typeof regionLetterheads.$inferSelect;
type Region = Awaited<ReturnType<typeof getRegion>>;

/** What the layouts print: the letterhead with its logo bytes, if any. */
export interface LetterheadView {
  governmentName: string;
  address: string;
  contact: string;
  place: string;
  logo: (LogoInfo & { data: Buffer }) | null;
}

export interface SignatoryView {
  name: string;
  nip: string;
  position: string;
  rank: string;
}

/** "Kota Palu" → "Palu": the place written before the date of signature. */
export function placeOf(regionName: string): string {
  return regionName.replace(/^(Kota Administrasi|Kabupaten Administrasi|Kota|Kabupaten|Provinsi)\s+/i, '');
}

/** "PEMERINTAH KOTA PALU"; a province's name carries no "Provinsi", so it is added. */
export function defaultGovernmentName(region: Pick<Region, 'name' | 'level'>): string {
  const name =
    region.level === 'provinsi' && !/^provinsi\b/i.test(region.name)
      ? `Provinsi ${region.name}`
      : region.name;
  return `PEMERINTAH ${name.toUpperCase()}`;
}

/** What prints until the region saves its own: its name, no address, no contact. */
function defaultLetterhead(region: Pick<Region, 'name' | 'level'>) {
  return {
    governmentName: defaultGovernmentName(region),
    address: '',
    contact: '',
    place: placeOf(region.name),
  };
}

function letterheadColumns() {
  // The logo's bytes stay out of every read that does not print it.
  return {
    regionCode: regionLetterheads.regionCode,
    governmentName: regionLetterheads.governmentName,
    address: regionLetterheads.address,
    contact: regionLetterheads.contact,
    place: regionLetterheads.place,
    hasLogo: sql<boolean>`${regionLetterheads.logo} is not null`,
    isDemo: regionLetterheads.isDemo,
    updatedAt: regionLetterheads.updatedAt,
  };
}

async function readLetterhead(db: Db, region: Region): Promise<LetterheadDto> {
  const [row] = await db
    .select(letterheadColumns())
    .from(regionLetterheads)
    .where(eq(regionLetterheads.regionCode, region.code));
  if (!row) {
    return {
      regionCode: region.code,
      ...defaultLetterhead(region),
      hasLogo: false,
      isDefault: true,
      isDemo: false,
      updatedAt: null,
    };
  }
  return { ...row, hasLogo: Boolean(row.hasLogo), isDefault: false, updatedAt: row.updatedAt.toISOString() };
}

export async function getLetterhead(db: Db, actor: Actor | null, regionCode: string): Promise<LetterheadDto> {
  assertCanReadRegion(actor, regionCode);
  return readLetterhead(db, await getRegion(db, regionCode));
}

/** The row as the audit log keeps it: the logo is summarised, never copied. */
function auditView(row: LetterheadRow | undefined) {
  if (!row) return null;
  const { logo, ...rest } = row;
  return { ...rest, logo: logo ? { bytes: logo.length, sha256: sha256(logo) } : null };
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** PGlite answers bytea as a plain Uint8Array, node-postgres as a Buffer. */
const asBuffer = (data: Uint8Array) =>
  Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);

/**
 * One letterhead write in a transaction: `write` sees the row before and answers the row after
 * (or nothing when there is nothing to change); the change is audited and the letterhead
 * answered as it now is.
 */
async function writeLetterhead(
  db: Db,
  a: Actor,
  region: Region,
  write: (tx: Db, before: LetterheadRow | undefined) => Promise<LetterheadRow | undefined>,
): Promise<LetterheadDto> {
  const regionCode = region.code;
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(regionLetterheads)
      .where(eq(regionLetterheads.regionCode, regionCode));
    const after = await write(tx, before);
    if (!after) return;
    await recordAudit(tx, subjectOf(a), {
      action: before ? 'update' : 'create',
      entity: 'letterhead',
      entityId: regionCode,
      regionCode,
      before: auditView(before),
      after: auditView(after),
    });
  });
  return readLetterhead(db, region);
}

export async function putLetterhead(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  input: LetterheadInput,
): Promise<LetterheadDto> {
  const a = assertCanManageRegion(actor, regionCode);
  const region = await getRegion(db, regionCode);
  return writeLetterhead(db, a, region, async (tx) => {
    // Saving over the demo letterhead makes it the region's own.
    const values = { ...input, isDemo: false, updatedAt: sql`now()` };
    const [after] = await tx
      .insert(regionLetterheads)
      .values({ regionCode, ...values })
      .onConflictDoUpdate({ target: regionLetterheads.regionCode, set: values })
      .returning();
    return after;
  });
}

/** Checks an uploaded logo's size and bytes; answers what it is. */
export function checkLogo(data: Buffer | null): LogoInfo {
  if (!data || data.length === 0)
    throw new Invalid({ file: 'letterhead_logo_missing' }, 'letterhead_logo_missing');
  if (data.length > LOGO_MAX_BYTES) throw logoTooLarge();
  const info = sniffLogo(data);
  if (!info) throw new Invalid({ file: 'letterhead_logo_type' }, 'letterhead_logo_type');
  return info;
}

export function logoTooLarge(): AppError {
  return new AppError(413, 'payload_too_large', 'letterhead_logo_too_large', undefined, {
    max: LOGO_MAX_BYTES / 1024,
  });
}

/** Stores the logo; a region without a letterhead gets the default one around it. */
export async function putLogo(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  data: Buffer | null,
): Promise<LetterheadDto> {
  const a = assertCanManageRegion(actor, regionCode);
  const region = await getRegion(db, regionCode);
  const info = checkLogo(data);
  return writeLetterhead(db, a, region, async (tx) => {
    const { governmentName, place } = defaultLetterhead(region);
    const [after] = await tx
      .insert(regionLetterheads)
      .values({ regionCode, governmentName, place, logo: data!, logoMime: info.mime })
      .onConflictDoUpdate({
        target: regionLetterheads.regionCode,
        set: { logo: data!, logoMime: info.mime, isDemo: false, updatedAt: sql`now()` },
      })
      .returning();
    return after;
  });
}

export async function deleteLogo(db: Db, actor: Actor | null, regionCode: string): Promise<LetterheadDto> {
  const a = assertCanManageRegion(actor, regionCode);
  const region = await getRegion(db, regionCode);
  return writeLetterhead(db, a, region, async (tx, before) => {
    if (!before?.logo) return undefined; // nothing to remove: deleting twice is not an error
    const [after] = await tx
      .update(regionLetterheads)
      .set({ logo: null, logoMime: null, updatedAt: sql`now()` })
      .where(eq(regionLetterheads.regionCode, regionCode))
      .returning();
    return after;
  });
}

export interface LogoFile {
  data: Buffer;
  mime: string;
  etag: string;
}

export async function getLogo(db: Db, actor: Actor | null, regionCode: string): Promise<LogoFile> {
  assertCanReadRegion(actor, regionCode);
  await getRegion(db, regionCode);
  const [row] = await db
    .select({ logo: regionLetterheads.logo, mime: regionLetterheads.logoMime })
    .from(regionLetterheads)
    .where(eq(regionLetterheads.regionCode, regionCode));
  if (!row?.logo || !row.mime) throw new NotFound('letterhead_logo_none');
  return { data: asBuffer(row.logo), mime: row.mime, etag: `"${sha256(row.logo).slice(0, 32)}"` };
}

/** For the layouts: no permission check here, the export service did it. */
export async function loadLetterheadView(db: Db, regionCode: string): Promise<LetterheadView> {
  const region = await getRegion(db, regionCode);
  const [row] = await db.select().from(regionLetterheads).where(eq(regionLetterheads.regionCode, regionCode));
  if (!row) {
    return { ...defaultLetterhead(region), logo: null };
  }
  const logo = row.logo ? asBuffer(row.logo) : null;
  const info = logo ? sniffLogo(logo) : null;
  return {
    governmentName: row.governmentName,
    address: row.address,
    contact: row.contact,
    place: row.place,
    logo: logo && info ? { ...info, data: logo } : null,
  };
}

// ---- signatory ----

function signatoryDto(
  o: { id: string; regionCode: string; name: string },
  row: typeof opdSignatories.$inferSelect | undefined,
): SignatoryDto {
  return {
    opdId: o.id,
    regionCode: o.regionCode,
    name: row?.name ?? '',
    nip: row?.nip ?? '',
    position: row?.position || defaultPosition(o.name),
    rank: row?.rank ?? '',
    isSet: Boolean(row),
    updatedAt: row ? row.updatedAt.toISOString() : null,
  };
}

/** "Kepala Dinas Kesehatan": the title above the signature when none was saved. */
export function defaultPosition(opdName: string): string {
  return `Kepala ${opdName}`;
}

async function readableOpd(db: Db, actor: Actor | null, opdId: string) {
  const caller = requireActor(actor);
  const o = await findOpd(db, opdId);
  // An OPD of a region the caller cannot read is reported as missing, not forbidden.
  if (!o || !canReadRegion(caller, o.regionCode)) throw new NotFound();
  return { caller, o };
}

async function signatoryRow(db: Db, regionCode: string, opdId: string) {
  const [row] = await db
    .select()
    .from(opdSignatories)
    .where(and(eq(opdSignatories.regionCode, regionCode), eq(opdSignatories.opdId, opdId)));
  return row;
}

export async function getSignatory(db: Db, actor: Actor | null, opdId: string): Promise<SignatoryDto> {
  const { caller, o } = await readableOpd(db, actor, opdId);
  assertCanReadOpdPlanning(caller, o.regionCode, o.id);
  return signatoryDto(o, await signatoryRow(db, o.regionCode, o.id));
}

export async function putSignatory(
  db: Db,
  actor: Actor | null,
  opdId: string,
  input: SignatoryInput,
): Promise<SignatoryDto> {
  const { caller, o } = await readableOpd(db, actor, opdId);
  const a = assertCanEditOpdData(caller, o.regionCode, o.id);
  return db.transaction(async (tx) => {
    const before = await signatoryRow(tx, o.regionCode, o.id);
    const values = { ...input, updatedAt: sql`now()` };
    const [after] = await tx
      .insert(opdSignatories)
      .values({ regionCode: o.regionCode, opdId: o.id, ...values })
      .onConflictDoUpdate({ target: [opdSignatories.regionCode, opdSignatories.opdId], set: values })
      .returning();
    await recordAudit(tx, subjectOf(a), {
      action: before ? 'update' : 'create',
      entity: 'opd_signatory',
      entityId: o.id,
      regionCode: o.regionCode,
      before: before ?? null,
      after,
    });
    return signatoryDto(o, after);
  });
}

/** For the layouts: the saved signatory, or the default title with blank name and NIP. */
export async function loadSignatoryViews(db: Db, regionCode: string): Promise<Map<string, SignatoryView>> {
  const rows = await db.select().from(opdSignatories).where(eq(opdSignatories.regionCode, regionCode));
  return new Map(
    rows.map((r) => [r.opdId, { name: r.name, nip: r.nip, position: r.position, rank: r.rank }]),
  );
}
