/**
 * The Profil Gender download: checks that the caller reads the region, loads the data once,
 * and answers a byte stream of the PDF or the XLSX for the route to pipe to the client.
 */
import { PassThrough, type Readable } from 'node:stream';
import type { Db } from '../../db/connection.js';
import type { Actor } from '../../lib/actor.js';
import { assertCanReadRegion } from '../../lib/permissions.js';
import { loadProfil } from './data.js';
import { profilFileName } from './format.js';
import type { ProfilQuery } from '../../../api/profil.js';
import { renderPdfInWorker } from '../../lib/pdf/render-in-worker.js';

export interface ProfilFile {
  fileName: string;
  contentType: string;
  body: Readable;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function profilGender(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  query: ProfilQuery,
): Promise<ProfilFile> {
  assertCanReadRegion(actor, regionCode);
  const profil = await loadProfil(db, regionCode, query.year, { verifiedOnly: query.status === 'verified' });
  const fileName = profilFileName(regionCode, query.year, query.format);
  if (query.format === 'pdf') {
    // Laid out (charts drawn, pdfmake run) on a worker thread, so other requests go on; the
    // answer starts only after layout, so a failure still becomes a clean 500.
    const moduleUrl = new URL('./pdf-document.js', import.meta.url).href;
    return {
      fileName,
      contentType: 'application/pdf',
      body: await renderPdfInWorker(moduleUrl, 'profilDocument', [profil]),
    };
  }
  // Every query ran above; what remains is writing rows, which fails only with the connection.
  const body = new PassThrough();
  const { writeProfilXlsx } = await import('./xlsx.js');
  writeProfilXlsx(profil, body).catch((err: Error) => body.destroy(err));
  return { fileName, contentType: XLSX_TYPE, body };
}
