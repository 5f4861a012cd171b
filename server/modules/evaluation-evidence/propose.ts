/**
 * What the repository holds for a region and year: uploaded documents and live evidence from
 * the providers. `proposeEvidence` is the worksheet's entry (feature `evaluation`): the
 * candidates for the evidence kinds a question asks for, which the operator then confirms.
 */
import { and, desc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { EvidenceCandidateDto, EvidenceListDto } from '../../../api/evaluation-evidence.js';
import {
  canManageEvidence,
  canReadEvidence,
  canUploadEvidenceIn,
} from '../../../domain/evaluation/evidence-access.js';
import { EVIDENCE_KINDS, type EvidenceCandidate } from '../../../domain/evaluation/evidence-kinds.js';
import { todayInRegion } from '../../../domain/follow-ups/dates.js';
import type { Db } from '../../db/connection.js';
import { opd } from '../../db/schema.js';
import { evaluationEvidenceDocuments as docs } from '../../db/schema-evaluation-evidence.js';
import type { Actor } from '../../lib/actor.js';
import { Forbidden } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';
import { getRegion } from '../regions/service.js';
import { documentDto, documentsQuery, fileUrl } from './documents.js';
import { providerOfKind } from './providers/index.js';
import { yearBounds } from './providers/provider.js';

/**
 * The documents that count as evidence for `year`: those uploaded for it, and those of other
 * years whose validity covers part of it (an SK Pokja uploaded in 2023, valid until 2026).
 */
function documentsOfYear(db: Db, regionCode: string, year: number, kinds: readonly string[] | null) {
  const { from, to } = yearBounds(year);
  const validInYear = and(lte(docs.validFrom, to), or(isNull(docs.validUntil), gte(docs.validUntil, from)));
  return documentsQuery(db)
    .where(
      and(
        eq(docs.regionCode, regionCode),
        kinds ? inArray(docs.kind, [...kinds]) : undefined,
        or(eq(docs.year, year), validInYear),
      ),
    )
    .orderBy(desc(docs.year), desc(docs.createdAt));
}

type DocumentRow = typeof docs.$inferSelect;

function uploadCandidate(d: DocumentRow, today: string): EvidenceCandidate {
  return {
    link: { kind: d.kind, source: 'upload', ref: { documentId: d.id }, title: d.title, year: d.year },
    href: fileUrl(d.id),
    date: d.validFrom ?? d.createdAt.toISOString().slice(0, 10),
    status: d.validUntil && d.validUntil < today ? 'expired' : 'valid',
  };
}

async function liveOf(db: Db, regionCode: string, year: number, kind: string): Promise<EvidenceCandidate[]> {
  const provider = providerOfKind(kind);
  return provider ? provider.propose({ db, regionCode, year }, kind) : [];
}

/**
 * Every candidate of the region for the year of the given kinds: live records first (the
 * providers', newest first within a kind), then uploads. No permission check: the caller has
 * checked that its actor reads the region. Unknown kinds yield their uploads only.
 */
export async function proposeEvidence(
  tx: Db,
  regionCode: string,
  year: number,
  kinds: readonly string[],
): Promise<EvidenceCandidate[]> {
  const wanted = [...new Set(kinds)];
  // One after another: a transaction's connection answers one query at a time anyway.
  const live: EvidenceCandidate[] = [];
  for (const kind of wanted) live.push(...(await liveOf(tx, regionCode, year, kind)));
  const uploads = await documentsOfYear(tx, regionCode, year, wanted);
  const today = todayInRegion(regionCode);
  return [...live, ...uploads.map((r) => uploadCandidate(r.row, today))];
}

function assertReader(actor: Actor | null, regionCode: string): Actor {
  const a = requireActor(actor);
  if (!canReadEvidence(a, regionCode)) throw new Forbidden();
  return a;
}

/** The repository page: every kind with its live records and uploads, for a reader. */
export async function listEvidence(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  query: { year: number; kind?: string },
): Promise<EvidenceListDto> {
  const a = assertReader(actor, regionCode);
  await getRegion(db, regionCode);
  const kinds = query.kind ? EVIDENCE_KINDS.filter((k) => k.code === query.kind) : EVIDENCE_KINDS;
  const codes = kinds.map((k) => k.code);
  const [uploads, opds] = await Promise.all([
    documentsOfYear(db, regionCode, query.year, codes),
    canUploadEvidenceIn(a, regionCode)
      ? db
          .select({ id: opd.id, name: opd.name })
          .from(opd)
          .where(
            and(
              eq(opd.regionCode, regionCode),
              eq(opd.active, true),
              canManageEvidence(a, regionCode) ? undefined : eq(opd.id, a.opdId ?? ''),
            ),
          )
          .orderBy(opd.name)
      : Promise.resolve([]),
  ]);
  const live = new Map<string, EvidenceCandidateDto[]>();
  for (const code of codes) live.set(code, await liveOf(db, regionCode, query.year, code));
  return {
    regionCode,
    year: query.year,
    canUpload: canUploadEvidenceIn(a, regionCode),
    canManage: canManageEvidence(a, regionCode),
    opds,
    kinds: codes.map((kind) => ({
      kind,
      live: live.get(kind) ?? [],
      uploads: uploads
        .filter((r) => r.row.kind === kind)
        .map((r) => documentDto(a, { ...r.row, opdName: r.opdName, uploaderName: r.uploaderName })),
    })),
  };
}

/** The candidates for a worksheet question's kinds, for a reader of the region. */
export async function proposeFor(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  query: { year: number; kinds: string[] },
) {
  assertReader(actor, regionCode);
  await getRegion(db, regionCode);
  return { year: query.year, candidates: await proposeEvidence(db, regionCode, query.year, query.kinds) };
}

/** The computed indicators (figure and source) of the year. */
export async function computedIndicators(db: Db, actor: Actor | null, regionCode: string, year: number) {
  assertReader(actor, regionCode);
  await getRegion(db, regionCode);
  const computed = EVIDENCE_KINDS.filter((k) => 'computed' in k && k.computed).map((k) => k.code);
  const candidates: EvidenceCandidate[] = [];
  for (const kind of computed) candidates.push(...(await liveOf(db, regionCode, year, kind)));
  return { year, candidates };
}
