/**
 * The worksheet's files: XLSX and PDF of the filled worksheet, the verification report (PDF),
 * a cycle's recap (XLSX, PDF), and the region's evidence ZIP arranged by question code.
 *
 * The ZIP streams: each uploaded document is read from the file store only when the archive
 * reaches it (a lazy stream), stored (not deflated — PDFs and photos are compressed already)
 * and written out as it goes (jszip's streamFiles), so a region's 200 files of 500 MB pass
 * through without being held in memory (bench/evaluation.ts measures it). Live evidence has no
 * file: DAFTAR-BUKTI.txt lists every link, live ones with their module and record.
 */
import { Readable } from 'node:stream';
import { and, eq, inArray } from 'drizzle-orm';
import JSZip from 'jszip';
import { NATIONAL_CODE } from '../../../domain/region-code.js';
import type { Db } from '../../db/connection.js';
import { regions } from '../../db/schema.js';
import { evaluationAnswerLinks } from '../../db/schema-evaluation.js';
import { evaluationEvidenceDocuments } from '../../db/schema-evaluation-evidence.js';
import type { Actor } from '../../lib/actor.js';
import type { FileStore } from '../../lib/file-store/index.js';
import { renderPdfInWorker } from '../../lib/pdf/render-in-worker.js';
import { Forbidden } from '../../lib/errors.js';
import { canExportWorksheet } from '../../../domain/evaluation/access.js';
import { safeName, STATUS_WORDS, worksheetExport } from './export-data.js';
import { readableWorksheet } from './load.js';
import type { RecapPrint } from './pdf.js';
import { recap } from './results.js';
import { recapXlsx, worksheetXlsx } from './xlsx.js';

const PDF_MODULE = new URL('./pdf.js', import.meta.url).href;

export interface FileOut {
  fileName: string;
  contentType: string;
  body: Buffer | Readable;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function worksheetFile(
  db: Db,
  actor: Actor | null,
  id: string,
  kind: 'xlsx' | 'pdf' | 'report',
) {
  const x = await worksheetExport(db, actor, id);
  const base = `${kind === 'report' ? 'laporan-verifikasi' : 'lembar-kerja'}-${safeName(x.regionName)}-${safeName(x.cycleName)}`;
  if (kind === 'xlsx') return { fileName: `${base}.xlsx`, contentType: XLSX, body: await worksheetXlsx(x) };
  const builder = kind === 'pdf' ? 'worksheetPdf' : 'verificationReportPdf';
  return {
    fileName: `${base}.pdf`,
    contentType: 'application/pdf',
    body: await renderPdfInWorker(PDF_MODULE, builder, [x]),
  };
}

export async function recapFile(
  db: Db,
  actor: Actor | null,
  code: string,
  cycleId: string,
  kind: 'xlsx' | 'pdf',
) {
  const r = await recap(db, actor, code, cycleId);
  const [region] = await db.select({ name: regions.name }).from(regions).where(eq(regions.code, code));
  const scopeName = code === NATIONAL_CODE ? 'Nasional' : (region?.name ?? code);
  const base = `rekap-evaluasi-${safeName(scopeName)}-${safeName(r.cycle.name)}`;
  if (kind === 'xlsx')
    return { fileName: `${base}.xlsx`, contentType: XLSX, body: await recapXlsx(r, scopeName) };
  const print: RecapPrint = {
    title: `Rekap Evaluasi PUG — ${scopeName}`,
    cycleName: r.cycle.name,
    instrumentName: r.cycle.instrumentName,
    example: r.cycle.instrumentExample,
    areas: r.areas,
    rows: r.rows.map((x) => ({
      rank: x.rank,
      regionName: x.regionName,
      status: x.status ? STATUS_WORDS[x.status] : 'Belum mengisi',
      byArea: r.areas.map((a) => (x.worksheetId ? (x.byArea[a.code] ?? 0) : null)),
      selfTotal: x.selfTotal,
      total: x.total,
      tier: x.tier,
      evidence: x.worksheetId ? `${x.evidenceComplete}/${x.evidenceRequired}` : '—',
    })),
  };
  return {
    fileName: `${base}.pdf`,
    contentType: 'application/pdf',
    body: await renderPdfInWorker(PDF_MODULE, 'recapPdf', [print]),
  };
}

/** A stream that opens the stored file only when first read, so the archive holds one file open at a time. */
function lazyFile(files: FileStore, key: string): Readable {
  let source: Readable | null = null;
  const out = new Readable({
    read() {
      if (source) {
        source.resume();
        return;
      }
      files.get(key).then(
        (s) => {
          source = s;
          s.on('data', (chunk: Buffer) => {
            if (!out.push(chunk)) s.pause();
          });
          s.on('end', () => out.push(null));
          s.on('error', (e) => out.destroy(e));
        },
        (e: Error) => out.destroy(e),
      );
    },
    destroy(err, cb) {
      source?.destroy();
      cb(err);
    },
  });
  return out;
}

// eslint-disable-next-line no-control-regex -- control characters are what a file name inside a ZIP must not hold
const clean = (s: string) => s.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').slice(0, 120);

export async function evidenceZip(
  db: Db,
  files: FileStore,
  actor: Actor | null,
  id: string,
): Promise<FileOut> {
  const w = await readableWorksheet(db, actor, id);
  if (!canExportWorksheet(w.actor, w.row.regionCode)) throw new Forbidden();
  const links = await db
    .select()
    .from(evaluationAnswerLinks)
    .where(
      and(
        eq(evaluationAnswerLinks.regionCode, w.row.regionCode),
        eq(evaluationAnswerLinks.worksheetId, w.row.id),
      ),
    )
    .orderBy(evaluationAnswerLinks.questionCode, evaluationAnswerLinks.confirmedAt);
  const docIds = [...new Set(links.flatMap((l) => (l.documentId ? [l.documentId] : [])))];
  const docs = docIds.length
    ? await db
        .select({
          id: evaluationEvidenceDocuments.id,
          fileKey: evaluationEvidenceDocuments.fileKey,
          fileName: evaluationEvidenceDocuments.fileName,
        })
        .from(evaluationEvidenceDocuments)
        .where(
          and(
            eq(evaluationEvidenceDocuments.regionCode, w.row.regionCode),
            inArray(evaluationEvidenceDocuments.id, docIds),
          ),
        )
    : [];
  const byId = new Map(docs.map((d) => [d.id, d]));
  const zip = new JSZip();
  const index: string[] = [`Bukti dukung ${w.regionName} — ${w.cycle.row.name}`, ''];
  const used = new Set<string>();
  for (const l of links) {
    const doc = l.documentId ? byId.get(l.documentId) : undefined;
    if (doc) {
      let name = `${clean(l.questionCode)}/${clean(doc.fileName)}`;
      for (let i = 2; used.has(name); i++) name = `${clean(l.questionCode)}/${i}-${clean(doc.fileName)}`;
      used.add(name);
      zip.file(name, lazyFile(files, doc.fileKey), { binary: true, compression: 'STORE' });
      index.push(`${l.questionCode}\t${l.title} (${l.year})\t${name}`);
    } else if (l.source === 'live') {
      index.push(`${l.questionCode}\t${l.title} (${l.year})\tdata Setara: ${l.module} ${l.recordId}`);
    } else {
      index.push(`${l.questionCode}\t${l.title} (${l.year})\tdokumen sudah dihapus dari repositori`);
    }
  }
  zip.file('DAFTAR-BUKTI.txt', index.join('\r\n') + '\r\n');
  const body = zip.generateNodeStream({
    type: 'nodebuffer',
    streamFiles: true,
    compression: 'STORE',
  }) as unknown as Readable;
  return {
    fileName: `bukti-dukung-${safeName(w.regionName)}-${safeName(w.cycle.row.name)}.zip`,
    contentType: 'application/zip',
    body,
  };
}
