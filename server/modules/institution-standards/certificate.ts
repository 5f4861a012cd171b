/**
 * The certificate of a terstandar decision (PDF on the worker thread). Whoever reads the
 * dossier downloads it; it prints the state of the day (expired, revoked), as the public page
 * does.
 */
import { eq } from 'drizzle-orm';
import { longDateId } from '../../../domain/training/dates.js';
import { todayInRegion } from '../../../domain/follow-ups/dates.js';
import type { Db } from '../../db/connection.js';
import { regions } from '../../db/schema.js';
import { institutions } from '../../db/schema-institutions.js';
import type { Actor } from '../../lib/actor.js';
import { Conflict } from '../../lib/errors.js';
import { renderPdfInWorker } from '../../lib/pdf/render-in-worker.js';
import { standingOfDossier } from './dto.js';
import { readableDossier } from './load.js';
import type { StandardCertificate } from './pdf.js';

const PDF_MODULE = new URL('./pdf.js', import.meta.url).href;

export const standingVerifyUrl = (publicUrl: string, code: string) =>
  `${publicUrl}/verifikasi-standar/${code}`;

export async function dossierCertificate(db: Db, actor: Actor | null, id: string, publicUrl: string) {
  const { d } = await readableDossier(db, actor, id);
  const state = standingOfDossier(d.row, todayInRegion(d.row.regionCode));
  if (!state || !d.row.verificationCode)
    throw new Conflict({ stage: 'dossier_not_in_force' }, 'dossier_not_in_force');
  const [[region], [inst]] = await Promise.all([
    db.select({ name: regions.name }).from(regions).where(eq(regions.code, d.row.regionCode)),
    db
      .select({ address: institutions.address })
      .from(institutions)
      .where(eq(institutions.id, d.row.institutionId)),
  ]);
  const cert: StandardCertificate = {
    regionName: region?.name ?? d.row.regionCode,
    institutionName: d.institutionName,
    institutionAddress: inst?.address ?? '',
    standardName: d.standard.name,
    standardVersion: d.standard.version,
    example: d.standard.example,
    decisionNumber: d.row.decisionNumber ?? '',
    decisionDate: d.row.decisionDate ? longDateId(String(d.row.decisionDate)) : '',
    validUntil: d.row.validUntil ? longDateId(String(d.row.validUntil)) : null,
    verifyUrl: standingVerifyUrl(publicUrl, d.row.verificationCode),
    state,
    isDemo: d.row.isDemo,
  };
  const safe = d.institutionName.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'lembaga';
  return {
    fileName: `piagam-standardisasi-${safe}.pdf`,
    body: await renderPdfInWorker(PDF_MODULE, 'standardCertificatePdf', [cert]),
  };
}
