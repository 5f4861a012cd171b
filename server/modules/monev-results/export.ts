/**
 * The Rakor documents of a region's yearly result: the report (PDF on the worker thread like
 * every PDF, or XLSX streamed) and the slides (landscape PDF, one chart a page). Region-wide,
 * so only for who reads every OPD's row; a year without a scoring configuration has nothing to
 * print (422 naming the year).
 */
import { PassThrough } from 'node:stream';
import { and, eq } from 'drizzle-orm';
import { canReadAllMonevResults } from '../../../domain/monev/access.js';
import type { ResultsExportQuery, SlidesExportQuery } from '../../../api/monev-results.js';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { Forbidden, Invalid, NotFound } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';
import { renderPdfInWorker } from '../../lib/pdf/render-in-worker.js';
import { CONTENT_TYPES, fileNamePart, type ExportFile } from '../documents/service.js';
import type { Issue } from '../documents/model.js';
import {
  defaultPosition,
  loadLetterheadView,
  loadSignatoryViews,
  type SignatoryView,
} from '../letterhead/service.js';
import { computeResults } from './results.js';

const documentsModule = (name: string) => new URL(`../documents/${name}.js`, import.meta.url).href;

async function printableResults(db: Db, actor: Actor | null, regionCode: string, year: number) {
  const a = requireActor(actor);
  if (!canReadAllMonevResults(a, regionCode)) throw new Forbidden();
  const results = await computeResults(db, regionCode, year);
  if (!results.config) throw new Invalid({ year: 'monev_results_no_config' }, 'monev_results_no_config');
  return results;
}

async function issueOf(db: Db, regionCode: string, paper: Issue['paper']): Promise<Issue> {
  return { letterhead: await loadLetterheadView(db, regionCode), date: new Date(), paper };
}

/** The chosen OPD's saved signatory (its head by default); 404 for an OPD not of the region. */
async function signatoryOf(
  db: Db,
  regionCode: string,
  opdId: string | undefined,
): Promise<SignatoryView | null> {
  if (!opdId) return null;
  const [o] = await db
    .select({ name: opd.name })
    .from(opd)
    .where(and(eq(opd.regionCode, regionCode), eq(opd.id, opdId)));
  if (!o) throw new NotFound();
  const saved = (await loadSignatoryViews(db, regionCode)).get(opdId);
  return saved ?? { name: '', nip: '', position: defaultPosition(o.name), rank: '' };
}

export async function exportResults(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  format: 'pdf' | 'xlsx',
  query: ResultsExportQuery,
): Promise<ExportFile> {
  const results = await printableResults(db, actor, regionCode, query.year);
  const [issue, signatory] = await Promise.all([
    issueOf(db, regionCode, query.paper),
    signatoryOf(db, regionCode, query.signatoryOpdId),
  ]);
  const fileName = `Hasil-Monev-${fileNamePart(regionCode)}-${query.year}.${format}`;
  if (format === 'pdf') {
    return {
      fileName,
      contentType: CONTENT_TYPES.pdf,
      body: await renderPdfInWorker(documentsModule('pdf-monev-results'), 'monevResultsPdf', [
        results,
        issue,
        signatory,
      ]),
    };
  }
  const body = new PassThrough();
  const { writeMonevResultsXlsx } = await import('../documents/xlsx-monev-results.js');
  writeMonevResultsXlsx(results, issue, signatory, body).catch((err: Error) => body.destroy(err));
  return { fileName, contentType: CONTENT_TYPES.xlsx, body };
}

export async function exportSlides(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  query: SlidesExportQuery,
): Promise<ExportFile> {
  const results = await printableResults(db, actor, regionCode, query.year);
  const issue = await issueOf(db, regionCode, query.paper);
  return {
    fileName: `Paparan-Hasil-Monev-${fileNamePart(regionCode)}-${query.year}.pdf`,
    contentType: CONTENT_TYPES.pdf,
    body: await renderPdfInWorker(documentsModule('pdf-monev-slides'), 'monevSlidesPdf', [results, issue]),
  };
}
