/**
 * The public verification of a standardisation (no login): the QR code on the certificate
 * opens /verifikasi-standar/:code, a small server-rendered page, and
 * GET /api/public/institution-standards/:code answers the same as JSON. It says valid, expired,
 * revoked or unknown and shows only what the certificate shows — the institution, its type,
 * the region, the standard, the decision and its validity — never a person. Rate-limited per
 * address like the training certificates' page (codes are 80 random bits anyway).
 */
import type { RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import { eq } from 'drizzle-orm';
import type { PublicStandingDto } from '../../../api/institution-standards.js';
import { isStandardVerificationCode } from '../../../domain/institution-standards/constants.js';
import { certificateState } from '../../../domain/institution-standards/validity.js';
import { todayInRegion } from '../../../domain/follow-ups/dates.js';
import { longDateId } from '../../../domain/training/dates.js';
import type { Db } from '../../db/connection.js';
import { regions } from '../../db/schema.js';
import { institutionTypes, institutions } from '../../db/schema-institutions.js';
import { institutionDossiers, institutionStandards } from '../../db/schema-institution-standards.js';
import { clientAddress } from '../../lib/rate-limit.js';
import { detailRow, qrVerificationPage } from '../../lib/html.js';

export const VERIFY_PER_MINUTE = 30;

export function standardVerifyRateLimit(): RateLimitOptions {
  return {
    max: VERIFY_PER_MINUTE,
    timeWindow: 60_000,
    keyGenerator: (request: FastifyRequest) => `standard-verify:${clientAddress(request)}`,
    allowList: () => false,
  };
}

export async function verifyStanding(db: Db, code: string): Promise<PublicStandingDto> {
  const normalised = code.trim().toUpperCase();
  if (!isStandardVerificationCode(normalised)) return { state: 'unknown', standing: null };
  const [row] = await db
    .select({
      regionCode: institutionDossiers.regionCode,
      outcome: institutionDossiers.outcome,
      decisionNumber: institutionDossiers.decisionNumber,
      decisionDate: institutionDossiers.decisionDate,
      validUntil: institutionDossiers.validUntil,
      revokedAt: institutionDossiers.revokedAt,
      institutionName: institutions.name,
      institutionType: institutionTypes.nameId,
      regionName: regions.name,
      standardName: institutionStandards.name,
      example: institutionStandards.example,
    })
    .from(institutionDossiers)
    .innerJoin(institutions, eq(institutions.id, institutionDossiers.institutionId))
    .innerJoin(institutionTypes, eq(institutionTypes.id, institutions.typeId))
    .innerJoin(regions, eq(regions.code, institutionDossiers.regionCode))
    .innerJoin(institutionStandards, eq(institutionStandards.id, institutionDossiers.standardId))
    .where(eq(institutionDossiers.verificationCode, normalised));
  if (!row) return { state: 'unknown', standing: null };
  const validUntil = row.validUntil === null ? null : String(row.validUntil);
  // A code whose dossier was reopened and decided otherwise no longer vouches for anything.
  const state =
    row.outcome === 'terstandar'
      ? certificateState({ validUntil, revokedAt: row.revokedAt }, todayInRegion(row.regionCode))
      : 'revoked';
  return {
    state,
    standing: {
      institutionName: row.institutionName,
      institutionType: row.institutionType,
      regionName: row.regionName,
      standardName: row.standardName,
      example: row.example,
      decisionNumber: row.decisionNumber,
      decisionDate: row.decisionDate === null ? null : String(row.decisionDate),
      validUntil,
    },
  };
}

const STATE_TEXT = {
  valid: {
    title: 'Status terstandar sah dan berlaku',
    en: 'Valid standardisation',
    color: '#166534',
    bg: '#dcfce7',
  },
  expired: {
    title: 'Masa berlaku status terstandar telah berakhir',
    en: 'This standardisation has expired',
    color: '#92400e',
    bg: '#fef3c7',
  },
  revoked: {
    title: 'Status terstandar telah dicabut',
    en: 'This standardisation has been revoked',
    color: '#991b1b',
    bg: '#fee2e2',
  },
  unknown: { title: 'Kode tidak dikenal', en: 'Unknown code', color: '#92400e', bg: '#fef3c7' },
} as const;

export function standingPage(answer: PublicStandingDto): string {
  const state = STATE_TEXT[answer.state];
  const s = answer.standing;
  const row = detailRow;
  const details = s
    ? `<table>${[
        row('Lembaga', s.institutionName),
        row('Jenis', s.institutionType),
        row('Daerah', s.regionName),
        row('Standar', s.standardName),
        ...(s.decisionNumber ? [row('Nomor keputusan', s.decisionNumber)] : []),
        ...(s.decisionDate ? [row('Tanggal keputusan', longDateId(s.decisionDate))] : []),
        row('Berlaku sampai', s.validUntil ? longDateId(s.validUntil) : '–'),
      ].join('')}</table>${
        s.example
          ? '<p class="note"><strong>CONTOH — bukan standar resmi.</strong> Standar ini adalah contoh yang dikirim bersama Setara.</p>'
          : ''
      }`
    : '<p>Kode pada tautan ini tidak cocok dengan piagam standardisasi mana pun yang diterbitkan melalui Setara. Periksa kembali tautan atau kode QR.</p>';
  return qrVerificationPage(state, details, 'Verifikasi standardisasi lembaga layanan — Setara');
}
