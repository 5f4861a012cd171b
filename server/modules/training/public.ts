/**
 * The public verification of a certificate (no login): the QR code on the certificate opens
 * /sertifikat/:code, a small server-rendered page, and GET /api/public/certificates/:code answers
 * the same as JSON. It says whether the certificate is valid, revoked, withdrawn (deleted with
 * its event: withdrawn_certificates keeps the code alone) or unknown and shows only
 * what the certificate itself shows (name, event, dates, hours, number, issuing region) —
 * never a phone, e-mail, score or institution. Rate-limited per address, so codes cannot be
 * tried in bulk (they are 80 random bits anyway).
 */
import type { RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import { eq } from 'drizzle-orm';
import type { PublicCertificateDto } from '../../../api/training.js';
import { isVerificationCode } from '../../../domain/training/constants.js';
import { dateRangeId, longDateId } from '../../../domain/training/dates.js';
import type { Db } from '../../db/connection.js';
import { regions } from '../../db/schema.js';
import { meetings } from '../../db/schema-meetings.js';
import { trainingCertificates, withdrawnCertificates } from '../../db/schema-training.js';
import { clientAddress } from '../../lib/rate-limit.js';
import { detailRow, qrVerificationPage } from '../../lib/html.js';

/** Lookups per client address and minute, for the page and the API each. */
export const VERIFY_PER_MINUTE = 30;

export function verifyRateLimit(): RateLimitOptions {
  return {
    max: VERIFY_PER_MINUTE,
    timeWindow: 60_000,
    keyGenerator: (request: FastifyRequest) => `certificate-verify:${clientAddress(request)}`,
    // The app-wide limit skips pages outside /api; this one counts the page too.
    allowList: () => false,
  };
}

export async function verifyCertificate(db: Db, code: string): Promise<PublicCertificateDto> {
  const normalised = code.trim().toUpperCase();
  if (!isVerificationCode(normalised)) return { state: 'unknown', certificate: null };
  const [row] = await db
    .select({
      number: trainingCertificates.number,
      fullName: trainingCertificates.fullName,
      issuedAt: trainingCertificates.issuedAt,
      revokedAt: trainingCertificates.revokedAt,
      eventTitle: meetings.title,
      startsOn: meetings.startsOn,
      endsOn: meetings.endsOn,
      trainingHours: meetings.trainingHours,
      regionName: regions.name,
    })
    .from(trainingCertificates)
    .innerJoin(meetings, eq(meetings.id, trainingCertificates.meetingId))
    .innerJoin(regions, eq(regions.code, trainingCertificates.regionCode))
    .where(eq(trainingCertificates.verificationCode, normalised));
  if (!row) {
    // Issued once, gone since (its event was deleted): say so, and nothing about whom it named.
    const [gone] = await db
      .select({ code: withdrawnCertificates.verificationCode })
      .from(withdrawnCertificates)
      .where(eq(withdrawnCertificates.verificationCode, normalised));
    return { state: gone ? 'withdrawn' : 'unknown', certificate: null };
  }
  return {
    state: row.revokedAt ? 'revoked' : 'valid',
    certificate: {
      ...row,
      issuedAt: row.issuedAt.toISOString(),
      revokedAt: row.revokedAt?.toISOString() ?? null,
    },
  };
}

const STATE_TEXT = {
  valid: { title: 'Sertifikat sah', en: 'Valid certificate', color: '#166534', bg: '#dcfce7' },
  revoked: {
    title: 'Sertifikat telah dicabut',
    en: 'This certificate has been revoked',
    color: '#991b1b',
    bg: '#fee2e2',
  },
  withdrawn: {
    title: 'Sertifikat telah ditarik',
    en: 'This certificate has been withdrawn',
    color: '#991b1b',
    bg: '#fee2e2',
  },
  unknown: {
    title: 'Sertifikat tidak dikenal',
    en: 'Unknown certificate',
    color: '#92400e',
    bg: '#fef3c7',
  },
} as const;

/** The verification page: plain HTML with inline styles (the CSP allows inline styles, no script). */
export function verificationPage(answer: PublicCertificateDto): string {
  const state = STATE_TEXT[answer.state];
  const c = answer.certificate;
  const row = detailRow;
  const details = c
    ? `<table>${[
        row('Nama', c.fullName),
        row('Kegiatan', c.eventTitle),
        row('Tanggal', dateRangeId(c.startsOn, c.endsOn)),
        row('Jam pelajaran', c.trainingHours === null ? '–' : `${c.trainingHours} JP`),
        row('Nomor', c.number),
        row('Diterbitkan oleh', `Pemerintah ${c.regionName}`),
        ...(c.revokedAt ? [row('Dicabut', longDateId(c.revokedAt.slice(0, 10)))] : []),
      ].join('')}</table>`
    : answer.state === 'withdrawn'
      ? '<p>Sertifikat dengan kode ini pernah diterbitkan melalui Setara, tetapi telah ditarik oleh penerbitnya (kegiatannya dihapus) dan tidak berlaku lagi.</p><p lang="en">A certificate with this code was issued through Setara but has since been withdrawn by its issuer (its event was deleted) and is no longer valid.</p>'
      : '<p>Kode pada tautan ini tidak cocok dengan sertifikat mana pun yang diterbitkan melalui Setara. Periksa kembali tautan atau kode QR.</p>';
  return qrVerificationPage(state, details, 'Verifikasi sertifikat pelatihan — Setara');
}
