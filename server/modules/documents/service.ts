/**
 * Official exports: one GAP/GBS/TOR document, a whole OPD's or region's set in one file, and
 * the ARG recap, as PDF or XLSX. Each function checks who may read, loads everything with a
 * fixed number of queries, and answers a byte stream for the route to pipe to the client.
 *
 * pdfmake lays a PDF out synchronously — seconds for a region's set (bench/pprg-pdf.ts) — so
 * it runs on a worker thread (lib/pdf/render-in-worker.ts) and other requests go on meanwhile.
 * The PDF then exists once, inside the stream, never also collected into a buffer; workbooks
 * of sets are streamed row by row.
 */
import { PassThrough, type Readable } from 'node:stream';
import { opdScopeOf } from '../../../domain/access.js';
import { documentSetCounts, hasDocument } from '../../../domain/planning/gap-progress.js';
import type { Db } from '../../db/connection.js';
import type { Actor } from '../../lib/actor.js';
import { Invalid, NotFound } from '../../lib/errors.js';
import { renderPdfInWorker } from '../../lib/pdf/render-in-worker.js';
import { assertCanReadRegion } from '../../lib/permissions.js';
import { readableGap } from '../gap/access.js';
import { loadLetterheadView } from '../letterhead/service.js';
import { getArgRecap } from '../planning/recap.js';
import { getRegion } from '../regions/service.js';
import { loadExportDocuments, loadSetParts, type DocumentFilter } from './data.js';
import { writeDocumentXlsx, writeSetXlsx } from './files.js';
import type { DocKind, ExportDocument, ExportFormat, Issue } from './model.js';
import type {
  DocumentExportParams,
  RecapExportQuery,
  SetContentsQuery,
  SetExportQuery,
} from '../../../api/documents.js';

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Readable;
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const FILE_PREFIX: Record<DocKind, string> = { gap: 'GAP', gbs: 'GBS', tor: 'KAK' };

/** "Dinas PUPR" → "Dinas-PUPR": file names keep letters, digits, dots and dashes. */
export function fileNamePart(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[^0-9A-Za-z.]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Whether a document has the part asked for: a GBS or TOR exists once drafted and while it
 * has content (domain/planning/gap-progress.ts, as the editor and the set button offer it);
 * an empty one is never printed.
 */
const hasPart = (kind: DocKind) => (d: ExportDocument) => hasDocument(kind, d);

async function issueOf(db: Db, regionCode: string, paper: Issue['paper']): Promise<Issue> {
  return { letterhead: await loadLetterheadView(db, regionCode), date: new Date(), paper };
}

export async function exportDocument(
  db: Db,
  actor: Actor | null,
  params: DocumentExportParams,
  paper: Issue['paper'],
): Promise<ExportFile> {
  // The editor's access check: a document the caller may not read is reported as missing.
  const { doc: readable } = await readableGap(db, actor, params.id);
  const regionOf = readable.regionCode;
  const [doc] = await loadExportDocuments(db, { regionCode: regionOf, id: params.id });
  if (!doc) throw new NotFound();
  if (!hasPart(params.doc)(doc)) {
    const key = params.doc === 'gbs' ? 'document_gbs_not_drafted' : 'document_tor_not_drafted';
    throw new Invalid({ doc: key }, key);
  }
  const issue = await issueOf(db, regionOf, paper);
  const fileName = `${FILE_PREFIX[params.doc]}-${fileNamePart(doc.opd.shortName)}-${doc.year}-${doc.subActivity.code}.${params.format}`;
  if (params.format === 'pdf') {
    return {
      fileName,
      contentType: CONTENT_TYPES.pdf,
      body: await pdfStream(params.doc, [doc], issue),
    };
  }
  const body = new PassThrough();
  writeDocumentXlsx(params.doc, doc, issue, body).catch((err: Error) => body.destroy(err));
  return { fileName, contentType: CONTENT_TYPES.xlsx, body };
}

const STATUS_FILTER: Record<SetExportQuery['status'], ExportDocument['status'][] | undefined> = {
  all: undefined,
  submitted: ['submitted'],
  approved: ['approved'],
};

/** The documents a set of this year, OPD and status is drawn from; null when the caller sees none. */
function setFilterOf(
  actor: Actor | null,
  regionCode: string,
  query: SetContentsQuery,
): DocumentFilter | null {
  const a = assertCanReadRegion(actor, regionCode);
  // An operator's set is their own OPD's, whatever was asked.
  const scope = opdScopeOf(a, regionCode, query.opdId);
  if (scope.kind === 'none') return null;
  return {
    regionCode,
    year: query.year,
    opdId: scope.kind === 'opd' ? scope.opdId : undefined,
    statuses: STATUS_FILTER[query.status],
  };
}

/** How many GAP matrices, GBS and TOR the set would hold: the web offers only the kinds it has. */
export async function setContents(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  query: SetContentsQuery,
): Promise<Record<DocKind, number>> {
  const filter = setFilterOf(actor, regionCode, query);
  return documentSetCounts(filter ? await loadSetParts(db, filter) : []);
}

/** A GBS or TOR set asked for where no worksheet has one says so, by name (422 on `doc`). */
const NONE_DRAFTED = { gbs: 'document_set_no_gbs', tor: 'document_set_no_tor' } as const;

export async function exportSet(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  format: ExportFormat,
  query: SetExportQuery,
): Promise<ExportFile> {
  const filter = setFilterOf(actor, regionCode, query);
  if (!filter) throw new NotFound('document_set_empty');
  const opdId = filter.opdId;
  const all = await loadExportDocuments(db, filter);
  if (all.length === 0) throw new NotFound('document_set_empty');
  const docs = all.filter(hasPart(query.doc));
  if (docs.length === 0 && query.doc !== 'gap') {
    const key = NONE_DRAFTED[query.doc];
    throw new Invalid({ doc: key }, key);
  }
  const issue = await issueOf(db, regionCode, query.paper);
  const who = opdId ? fileNamePart(docs[0].opd.shortName) : fileNamePart(regionCode);
  const fileName = `${FILE_PREFIX[query.doc]}-${who}-${query.year}.${format}`;
  if (format === 'pdf') {
    return {
      fileName,
      contentType: CONTENT_TYPES.pdf,
      body: await pdfStream(query.doc, docs, issue),
    };
  }
  const body = new PassThrough();
  writeSetXlsx(query.doc, docs, issue, body).catch((err: Error) => body.destroy(err));
  return { fileName, contentType: CONTENT_TYPES.xlsx, body };
}

/** The ARG recap of a region and year (the planning module's numbers, as they are on screen). */
export async function exportRecap(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  format: ExportFormat,
  query: RecapExportQuery,
): Promise<ExportFile> {
  const recap = await getArgRecap(db, actor, regionCode, query.year);
  const [region, issue] = await Promise.all([
    getRegion(db, regionCode),
    issueOf(db, regionCode, query.paper),
  ]);
  const fileName = `ARG-${fileNamePart(regionCode)}-${query.year}.${format}`;
  if (format === 'pdf') {
    return {
      fileName,
      contentType: CONTENT_TYPES.pdf,
      body: await renderPdfInWorker(new URL('./pdf-recap.js', import.meta.url).href, 'recapPdf', [
        recap,
        region.name,
        issue,
      ]),
    };
  }
  const body = new PassThrough();
  const { writeRecapXlsx } = await import('./xlsx-recap.js');
  writeRecapXlsx(recap, region.name, issue, body).catch((err: Error) => body.destroy(err));
  return { fileName, contentType: CONTENT_TYPES.xlsx, body };
}

/** Laid out on a worker thread: pdfmake (loaded there) would stall every other request. */
function pdfStream(kind: DocKind, docs: ExportDocument[], issue: Issue): Promise<Readable> {
  return renderPdfInWorker(new URL('./files.js', import.meta.url).href, 'documentsPdf', [kind, docs, issue]);
}
