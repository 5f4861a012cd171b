/**
 * An institution's logo: uploaded by whoever may edit it (streamed to scratch, refused when
 * empty, too large or not an image by its bytes — PNG, JPEG, GIF, WebP), stored in the file
 * store under a random key; a replaced logo is removed after the row changed. Read by whoever
 * may read the institution.
 */
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { eq, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/connection.js';
import { institutions } from '../../db/schema-institutions.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Invalid, NotFound } from '../../lib/errors.js';
import type { FileStore } from '../../lib/file-store/index.js';
import { receiveUpload, fileTooLarge } from '../../lib/file-store/receive.js';
import { IMAGE_KINDS, sniffFile } from '../../lib/file-store/sniff.js';
import { editableInstitution, lockInstitution, readableInstitution } from './access.js';

export const LOGO_MAX_MB = 2;

export interface LogoDeps {
  db: Db;
  files: FileStore;
  scratchDir: string;
}

export async function uploadLogo(deps: LogoDeps, actor: Actor | null, id: string, request: FastifyRequest) {
  const { db, files } = deps;
  const { actor: a, row } = await editableInstitution(db, actor, id);
  const file = await receiveUpload(request, deps.scratchDir, {
    maxMb: LOGO_MAX_MB,
    missing: 'institution_logo_missing',
    tooLarge: fileTooLarge('institution_logo_too_large'),
    prefix: '.logo-',
  });
  const key = `institutions/${row.regionCode}/${id}/logo-${randomUUID()}`;
  let stored = false;
  try {
    if (file.bytes === 0) throw new Invalid({ file: 'institution_logo_missing' }, 'institution_logo_missing');
    const kind = await sniffFile(file.tempPath);
    if (!kind || !(IMAGE_KINDS as readonly string[]).includes(kind.kind))
      throw new Invalid({ file: 'institution_logo_not_image' }, 'institution_logo_not_image');
    await files.putFile(key, file.tempPath, { contentType: kind.contentType });
    stored = true;
    const oldKey = await db.transaction(async (tx) => {
      const before = await lockInstitution(tx, row.regionCode, id);
      await tx
        .update(institutions)
        .set({
          logoFileKey: key,
          logoContentType: kind.contentType,
          updatedBy: a.userId,
          updatedAt: sql`now()`,
        })
        .where(eq(institutions.id, id));
      await recordAudit(tx, subjectOf(a), {
        action: 'update',
        entity: 'institution',
        entityId: id,
        regionCode: row.regionCode,
        before: { logo: before.logoFileKey ? 'yes' : null },
        after: { logo: file.fileName, bytes: file.bytes },
      });
      return before.logoFileKey;
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

export async function downloadLogo(deps: LogoDeps, actor: Actor | null, id: string) {
  const { row } = await readableInstitution(deps.db, actor, id);
  if (!row.logoFileKey) throw new NotFound('institution_no_logo');
  return {
    contentType: row.logoContentType ?? 'application/octet-stream',
    body: await deps.files.get(row.logoFileKey),
  };
}
