/**
 * Publishing a region's Profil Gender on the open-data portal (issue 15, docs/portal.md): the
 * region's DP3A lays out the official edition of a year (verified values only) once; the PDF
 * is kept in the file store and the public downloads that very file until the region
 * publishes the year again (which replaces it) or withdraws it. domain/portal.ts decides who
 * publishes (canPublishProfil) and that only a final, published document is public.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { and, asc, eq } from 'drizzle-orm';
import type { ProfilPublication } from '../../../api/profil.js';
import { canPublishProfil, profilPublicPath } from '../../../domain/portal.js';
import type { Db } from '../../db/connection.js';
import { users } from '../../db/schema.js';
import { profilPublications } from '../../db/schema-profil-publications.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Forbidden, Invalid, NotFound } from '../../lib/errors.js';
import type { FileStore } from '../../lib/file-store/index.js';
import { assertCanReadRegion, requireActor } from '../../lib/permissions.js';
import { renderPdfInWorker } from '../../lib/pdf/render-in-worker.js';
import { loadProfil } from './data.js';

type Row = typeof profilPublications.$inferSelect;

function assertCanPublish(actor: Actor | null, regionCode: string): Actor {
  const a = requireActor(actor);
  if (!canPublishProfil(a, regionCode)) throw new Forbidden();
  return a;
}

const dto = (row: Row, publishedBy: string | null): ProfilPublication => ({
  year: row.year,
  publishedAt: row.publishedAt.toISOString(),
  publishedBy,
  sizeBytes: row.sizeBytes,
  sha256: row.sha256,
  publicPath: profilPublicPath(row.regionCode, row.year),
});

/** What the audit log keeps of an edition (the file's key is an implementation detail). */
const auditView = (row: Row | undefined) =>
  row && { year: row.year, sizeBytes: row.sizeBytes, sha256: row.sha256, publishedAt: row.publishedAt };

async function rowsOf(db: Db, regionCode: string, year?: number) {
  return db
    .select({ row: profilPublications, publishedBy: users.fullName })
    .from(profilPublications)
    .leftJoin(users, eq(users.id, profilPublications.publishedBy))
    .where(
      and(
        eq(profilPublications.regionCode, regionCode),
        year === undefined ? undefined : eq(profilPublications.year, year),
      ),
    )
    .orderBy(asc(profilPublications.year));
}

/** The editions a region has published, oldest year first: for its readers in the app. */
export async function listProfilPublications(db: Db, actor: Actor | null, regionCode: string) {
  assertCanReadRegion(actor, regionCode);
  return (await rowsOf(db, regionCode)).map((r) => dto(r.row, r.publishedBy));
}

/** The editions the public sees (the region page, the front door): no account names, so no join. */
export async function publicProfilPublications(db: Db, regionCode: string): Promise<ProfilPublication[]> {
  const rows = await db
    .select()
    .from(profilPublications)
    .where(eq(profilPublications.regionCode, regionCode))
    .orderBy(asc(profilPublications.year));
  return rows.map((row) => dto(row, null));
}

async function bufferOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Lays out the official edition of `year` and publishes it, replacing an earlier edition of
 * the year. The PDF is stored before the row points at it and the replaced file removed only
 * after the row moved, so the public link never answers a missing file.
 */
export async function publishProfil(
  db: Db,
  files: FileStore,
  actor: Actor | null,
  regionCode: string,
  year: number,
): Promise<ProfilPublication> {
  const a = assertCanPublish(actor, regionCode);
  const profil = await loadProfil(db, regionCode, year, { verifiedOnly: true });
  const hasYear = profil.chapters.some((c) => c.indicators.some((i) => i.rows.some((r) => r.year === year)));
  if (!hasYear) throw new Invalid({ year: 'profil_publication_empty' }, 'profil_publication_empty', { year });

  const moduleUrl = new URL('./pdf-document.js', import.meta.url).href;
  const pdf = await bufferOf(await renderPdfInWorker(moduleUrl, 'profilDocument', [profil]));
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const fileKey = `profil-publications/${regionCode}/${year}/${randomUUID()}.pdf`;
  await files.put(fileKey, pdf, { contentType: 'application/pdf' });

  let replaced: Row | undefined;
  try {
    await db.transaction(async (tx) => {
      [replaced] = await tx
        .select()
        .from(profilPublications)
        .where(and(eq(profilPublications.regionCode, regionCode), eq(profilPublications.year, year)))
        .for('update');
      const values = {
        fileKey,
        sizeBytes: pdf.length,
        sha256,
        publishedAt: new Date(),
        publishedBy: a.userId,
      };
      const [after] = await tx
        .insert(profilPublications)
        .values({ regionCode, year, ...values })
        .onConflictDoUpdate({ target: [profilPublications.regionCode, profilPublications.year], set: values })
        .returning();
      await recordAudit(tx, subjectOf(a), {
        action: replaced ? 'update' : 'create',
        entity: 'profil_publication',
        entityId: `${regionCode}/${year}`,
        regionCode,
        before: auditView(replaced),
        after: auditView(after),
      });
    });
  } catch (error) {
    await files.delete(fileKey);
    throw error;
  }
  if (replaced) await files.delete(replaced.fileKey);
  const [published] = await rowsOf(db, regionCode, year);
  return dto(published.row, published.publishedBy);
}

/**
 * Takes a year's edition off the portal; its file goes once the row is gone. Withdrawing a
 * year that is not published changes nothing and is no error (a second click, two tabs).
 */
export async function withdrawProfil(
  db: Db,
  files: FileStore,
  actor: Actor | null,
  regionCode: string,
  year: number,
): Promise<void> {
  const a = assertCanPublish(actor, regionCode);
  const removed = await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(profilPublications)
      .where(and(eq(profilPublications.regionCode, regionCode), eq(profilPublications.year, year)))
      .returning();
    if (!row) return null;
    await recordAudit(tx, subjectOf(a), {
      action: 'delete',
      entity: 'profil_publication',
      entityId: `${regionCode}/${year}`,
      regionCode,
      before: auditView(row),
    });
    return row;
  });
  if (removed) await files.delete(removed.fileKey);
}

/** The published PDF of a year for anyone (the portal), with its hash for the ETag. */
export async function publishedProfilFile(db: Db, files: FileStore, regionCode: string, year: number) {
  const [found] = await rowsOf(db, regionCode, year);
  if (!found) throw new NotFound('profil_publication_not_found');
  return { row: found.row, body: await files.get(found.row.fileKey) };
}
