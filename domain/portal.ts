/**
 * The open-data portal's one visibility rule (issue 15): what a visitor without an account may
 * ever see. Every public query (server/modules/portal) filters by these constants in SQL and
 * every answer is checked against the predicates, so widening or narrowing what is public is a
 * change here, tested here, and nowhere else.
 *
 * - Data terpilah values: only those the region has verified. A draft or a submission is the
 *   working state of an OPD's entry, not yet the region's figure (domain/indicators.ts
 *   VALUE_STATUSES), and a value's free-text note, who entered it and its import batch are
 *   never public (they may name a person). A published figure adds up stored values (age
 *   groups, a rate's numerator and denominator): it is public only when every value it adds up
 *   is verified, so half-verified age groups never appear as the population.
 * - Gender indices: only BPS's published value with the table it was published in. Setara's
 *   own computation beside it draws on components that have no review of their own (a
 *   component may come from unverified data), so it stays inside the app.
 * - The ARG share (anggaran responsif gender): the gender-responsive amount of the budget
 *   lines whose gender analysis (GAP) the region's reviewer approved, over the year's whole
 *   budget (pagu). A line's ARG tag is the OPD's own claim until its GAP is approved, so an
 *   unapproved tag never counts; the budget itself is the region's APBD, public by law.
 * - The PUG evaluation (APE/PPE): a region's tier and total once its worksheet is final and
 *   the cycle is closed, i.e. the results are announced; never a self-assessment or a score
 *   still in verification. A cycle run on the example instrument says so ("CONTOH").
 * - Documents: only a final one that the region has marked public. Today that is the Profil
 *   Gender's official edition (verified values only) of a year that the region's DP3A
 *   published on the portal (canPublishProfil); every other document stays inside the app.
 */
import { canManageRegion, type AccessActor } from './access.js';
import type { ValueStatus } from './indicators.js';
import type { GapStatusValue } from './planning/arg-recap.js';
import { isValidRegionCode } from './region-code.js';

/** The value statuses the public sees: verified only. */
export const PUBLIC_VALUE_STATUSES = ['verified'] as const satisfies readonly ValueStatus[];

/** The columns of a stored value that may leave the app; `note`, `updated_by`, `batch_id` never do. */
export const PUBLIC_VALUE_FIELDS = [
  'regionCode',
  'indicatorCode',
  'period',
  'sex',
  'value',
  'status',
] as const;

export function isPublicValue(value: { status: string }): boolean {
  return (PUBLIC_VALUE_STATUSES as readonly string[]).includes(value.status);
}

/**
 * A figure (one indicator, period and sex, summed over its other dimensions and, for a rate,
 * over its numerator and denominator) given the statuses of the stored values it adds up.
 */
export function isPublicFigure(statuses: readonly string[]): boolean {
  return statuses.length > 0 && statuses.every((status) => isPublicValue({ status }));
}

/** The GAP statuses whose budget line's ARG amount counts in the public ARG share: approved only. */
export const PUBLIC_GAP_STATUSES = ['approved'] as const satisfies readonly GapStatusValue[];

/** A region's evaluation result is public once its worksheet is final and its cycle closed. */
export function isPublicEvaluationResult(r: { worksheetStatus: string; cycleStatus: string }): boolean {
  return r.worksheetStatus === 'final' && r.cycleStatus === 'closed';
}

/** An index figure is public through BPS's published value only (see above). */
export function isPublicIndexFigure(row: { published: number | null }): boolean {
  return row.published !== null && Number.isFinite(row.published);
}

export interface DocumentVisibility {
  /** The document is in its final state (not a draft, not superseded by a newer version). */
  final: boolean;
  /** The region chose to publish it. */
  markedPublic: boolean;
}

/** A document is public when it is final and the region marked it public — both, always. */
export function isPublicDocument(doc: DocumentVisibility): boolean {
  return doc.final && doc.markedPublic;
}

/**
 * Who publishes a region's Profil Gender on the portal (and withdraws it): the region's DP3A
 * (admin daerah), or superadmin. Publishing speaks for the region to the public, so neither an
 * OPD, a reviewer nor the province above does it on the region's behalf.
 */
export function canPublishProfil(actor: AccessActor, regionCode: string): boolean {
  return canManageRegion(actor, regionCode);
}

/**
 * The readable part of a region page's URL: `Kota Palu` -> `kota-palu`. ASCII letters and
 * digits only (accents folded), so the link survives any chat app and any keyboard.
 */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

export interface PageRef {
  code: string;
  slug: string | null;
}

/**
 * A region page's path segment: `72.71-kota-palu`, `72.71`, or the code without its dot as
 * BPS writes it (`7271`, `7271-kota-palu`). Null when it names no well-formed region code.
 */
export function parsePageRef(segment: string): PageRef | null {
  if (segment.length > 120) return null;
  const m = /^(ID|\d{2}(?:\.?\d{2})?)(?:-([a-z0-9-]*))?$/i.exec(segment);
  if (!m) return null;
  const raw = m[1].toUpperCase();
  const code = /^\d{4}$/.test(raw) ? `${raw.slice(0, 2)}.${raw.slice(2)}` : raw;
  if (!isValidRegionCode(code)) return null;
  return { code, slug: m[2] ? m[2].toLowerCase() : null };
}

/** The canonical path of a region page (what a shared link should be). */
export function regionPagePath(region: { code: string; name: string }): string {
  const slug = slugOf(region.name);
  return `/p/${region.code}${slug ? `-${slug}` : ''}`;
}

/** The formats every public download comes in (the indicator page's links, the catalogue's distributions). */
export const PUBLIC_DOWNLOAD_FORMATS = ['csv', 'xlsx', 'json', 'sdmx-csv'] as const;
export type PublicDownloadFormat = (typeof PUBLIC_DOWNLOAD_FORMATS)[number];

/** What people call each format ("Excel (XLSX)"): the download links, the catalogue's distributions. */
export const PUBLIC_DOWNLOAD_FORMAT_NAMES: Record<PublicDownloadFormat, string> = {
  csv: 'CSV',
  xlsx: 'Excel (XLSX)',
  json: 'JSON',
  'sdmx-csv': 'SDMX-CSV',
};

/** The media type of each download format (HTTP content-type and DCAT mediaType). */
export const PUBLIC_DOWNLOAD_MEDIA_TYPES: Record<PublicDownloadFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
  'sdmx-csv': 'application/vnd.sdmx.data+csv',
};

/**
 * An indicator's page within a region: `/p/72.71-kota-palu/KES_UHH`. Its filters (year, lang)
 * are query parameters, so every view is a stable link.
 */
export function indicatorPagePath(region: { code: string; name: string }, indicatorCode: string): string {
  return `${regionPagePath(region)}/${encodeURIComponent(indicatorCode)}`;
}

/**
 * A public download of a region's verified data: one indicator, one indicator group (a
 * catalogue dataset) or everything, in one of PUBLIC_DOWNLOAD_FORMATS.
 */
export function publicDownloadPath(
  regionCode: string,
  what: { indicator?: string; group?: string },
  format: PublicDownloadFormat,
): string {
  const q = new URLSearchParams();
  if (what.indicator) q.set('indicator', what.indicator);
  if (what.group) q.set('group', what.group);
  q.set('format', format);
  return `/api/public/regions/${regionCode}/download?${q.toString()}`;
}

/** What an embeddable widget shows: an indicator's trend by sex, or its province comparison map. */
export const EMBED_KINDS = ['chart', 'map'] as const;
export type EmbedKind = (typeof EMBED_KINDS)[number];

/** The iframe-able widget of an indicator in a region: `/embed/72.71/KES_UHH/chart`. */
export function embedPath(regionCode: string, indicatorCode: string, kind: EmbedKind): string {
  return `/embed/${regionCode}/${encodeURIComponent(indicatorCode)}/${kind}`;
}

/**
 * The Open Graph preview image (PNG, 1200×630) of a region page, or of one of its indicators:
 * what a link shared on WhatsApp shows.
 */
export function previewImagePath(regionCode: string, indicatorCode?: string): string {
  return indicatorCode
    ? `/api/public/regions/${regionCode}/indicators/${encodeURIComponent(indicatorCode)}/preview.png`
    : `/api/public/regions/${regionCode}/preview.png`;
}

/** Where the public downloads a region's published Profil Gender of a year. */
export function profilPublicPath(regionCode: string, year: number): string {
  return `/api/public/regions/${regionCode}/profil-gender/${year}`;
}
