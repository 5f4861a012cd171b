/**
 * The demo's evidence files enter the store when first needed: the seed runs in a transaction
 * without the file store, so a demo row's file is generated from its text (demo-bytes.ts) at
 * start and, should the store have lost it, at download.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { evaluationEvidenceDocuments as docs } from '../../db/schema-evaluation-evidence.js';
import { DEMO_EVIDENCE_FILES } from '../../db/seed/demo-evaluation-evidence.js';
import type { FileStore } from '../../lib/file-store/index.js';
import { demoFileBytes } from './demo-bytes.js';

/** Puts a demo row's file into the store when it is not there (a fresh store, a seed while running). */
export async function ensureDemoFile(
  files: FileStore,
  row: { fileKey: string; isDemo: boolean },
): Promise<void> {
  const demo = row.isDemo ? DEMO_EVIDENCE_FILES.get(row.fileKey) : undefined;
  if (!demo || (await files.stat(row.fileKey))) return;
  await files.put(row.fileKey, demoFileBytes(demo), { contentType: demo.contentType });
}

/** At start: every demo row's file, so exports reading the store find them too. */
export async function ensureDemoFiles(db: Db, files: FileStore): Promise<void> {
  const rows = await db
    .select({ fileKey: docs.fileKey, isDemo: docs.isDemo })
    .from(docs)
    .where(eq(docs.isDemo, true));
  for (const row of rows) await ensureDemoFile(files, row);
}
