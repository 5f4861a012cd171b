/**
 * The PDF of a decree: the Pokja PUG's SK or a focal point's. Uploaded by the region's managers
 * (streamed to scratch, refused when empty, too large or not a PDF by its bytes), stored in the
 * file store under a random key; the row points at it, and a replaced file is removed from the
 * store after the row changed. Read by whoever reads the region's kelembagaan.
 */
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/connection.js';
import { focalPoints, pokjaDecrees } from '../../db/schema-kelembagaan.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Invalid, NotFound } from '../../lib/errors.js';
import type { FileStore } from '../../lib/file-store/index.js';
import { receiveUpload, fileTooLarge } from '../../lib/file-store/receive.js';
import { sniffFile } from '../../lib/file-store/sniff.js';
import { manageable, readable } from './access.js';
import { decreeRow } from './pokja.js';
import { focalPointRow } from './focal-points.js';

export interface FileDeps {
  db: Db;
  files: FileStore;
  scratchDir: string;
  maxMb: number;
}

export type SkOwner = 'decree' | 'focal_point';

async function ownerRow(db: Db, owner: SkOwner, regionCode: string, id: string) {
  return owner === 'decree' ? decreeRow(db, regionCode, id) : focalPointRow(db, regionCode, id);
}

async function setFile(
  tx: Db,
  owner: SkOwner,
  regionCode: string,
  id: string,
  file: { fileKey: string | null; fileName: string | null; fileBytes: number | null },
) {
  if (owner === 'decree')
    await tx
      .update(pokjaDecrees)
      .set({ ...file, updatedAt: new Date() })
      .where(and(eq(pokjaDecrees.regionCode, regionCode), eq(pokjaDecrees.id, id)));
  else
    await tx
      .update(focalPoints)
      .set({ ...file, updatedAt: new Date() })
      .where(and(eq(focalPoints.regionCode, regionCode), eq(focalPoints.id, id)));
}

export async function uploadSkFile(
  deps: FileDeps,
  actor: Actor | null,
  owner: SkOwner,
  regionCode: string,
  id: string,
  request: FastifyRequest,
) {
  const { db, files } = deps;
  const a = await manageable(db, actor, regionCode);
  await ownerRow(db, owner, regionCode, id);
  const file = await receiveUpload(request, deps.scratchDir, {
    maxMb: deps.maxMb,
    missing: 'kelembagaan_no_file',
    tooLarge: fileTooLarge('kelembagaan_file_too_large'),
    prefix: '.sk-',
  });
  const key = `kelembagaan/${regionCode}/${owner}/${id}/${randomUUID()}`;
  let stored = false;
  try {
    if (file.bytes === 0) throw new Invalid({ file: 'kelembagaan_no_file' }, 'kelembagaan_no_file');
    const kind = await sniffFile(file.tempPath);
    if (kind?.kind !== 'pdf')
      throw new Invalid({ file: 'kelembagaan_file_not_pdf' }, 'kelembagaan_file_not_pdf');
    await files.putFile(key, file.tempPath, { contentType: kind.contentType });
    stored = true;
    const oldKey = await db.transaction(async (tx) => {
      const before = await ownerRow(tx, owner, regionCode, id);
      await setFile(tx, owner, regionCode, id, {
        fileKey: key,
        fileName: file.fileName,
        fileBytes: file.bytes,
      });
      await recordAudit(tx, subjectOf(a), {
        action: 'update',
        entity: owner === 'decree' ? 'pokja_decree' : 'focal_point',
        entityId: id,
        regionCode,
        before: { fileName: before.fileName, fileBytes: before.fileBytes },
        after: { fileName: file.fileName, fileBytes: file.bytes },
      });
      return before.fileKey;
    });
    if (oldKey) await files.delete(oldKey).catch(() => undefined);
    return { fileName: file.fileName, bytes: file.bytes };
  } catch (error) {
    if (stored) await files.delete(key).catch(() => undefined);
    throw error;
  } finally {
    await rm(file.tempPath, { force: true });
  }
}

export async function downloadSkFile(
  deps: FileDeps,
  actor: Actor | null,
  owner: SkOwner,
  regionCode: string,
  id: string,
) {
  await readable(deps.db, actor, regionCode);
  const row = await ownerRow(deps.db, owner, regionCode, id);
  if (!row.fileKey) throw new NotFound();
  return { fileName: row.fileName ?? 'sk.pdf', body: await deps.files.get(row.fileKey) };
}
