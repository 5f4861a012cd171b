/**
 * What the check of one batch needs to know, loaded once: every indicator code (so unknown
 * codes never cost a query), the regions a superadmin's rows may name, the indicators an
 * operator's OPD answers for, on first use of each indicator its row and the members of its
 * fixed dimensions, and on first use of each region its own kecamatan.
 *
 * Nothing here grows with the product of an indicator's dimensions: members are looked up one
 * dimension at a time, and combinations are interned as rows bring them (combo-ids.ts). Once
 * every combination was built up front, and an indicator split by kecamatan — 7,285 of them
 * in the country — and three more dimensions made 3.3 million of them for a 10-row file.
 */
import { and, eq, inArray, like } from 'drizzle-orm';
import { canManageRegion } from '../../../domain/access.js';
import { isRegionBound, regionMemberPrefix } from '../../../domain/indicators.js';
import type { RuleIndicator } from '../../../domain/value-rules.js';
import { catalogOwnersFor } from '../indicators/visibility.js';
import type { Db } from '../../db/connection.js';
import { regions } from '../../db/schema.js';
import { dimensionMembers, dimensionSets, indicatorAssignments, indicators } from '../../db/schema-data.js';
import type { Actor } from '../../lib/actor.js';
import { ruleOf, type IndicatorRow } from '../values/indicator-info.js';
import { normalizeHeader } from './layout.js';

/**
 * Member code in lower case -> member code, of one dimension set; also each member's label in
 * either language (`Laki-laki`, `15-24 tahun`), unless two members share it: such a label maps
 * to AMBIGUOUS, and the row must give the code.
 */
export type MemberLookup = Map<string, string>;
export const AMBIGUOUS = '';

/** Builds a set's lookup: codes first (a code always wins), then the labels nobody else has. */
export function memberLookup(rows: { code: string; labelId: string; labelEn: string }[]): MemberLookup {
  const lookup: MemberLookup = new Map(rows.map((r) => [r.code.toLowerCase(), r.code]));
  const codes = new Set(lookup.keys());
  for (const r of rows) {
    for (const label of [r.labelId, r.labelEn]) {
      const key = label.trim().toLowerCase();
      if (key === '' || codes.has(key)) continue;
      const had = lookup.get(key);
      lookup.set(key, had === undefined || had === r.code ? r.code : AMBIGUOUS);
    }
  }
  return lookup;
}

export interface PreparedIndicator {
  row: IndicatorRow;
  rule: RuleIndicator;
  /** The members of its fixed dimensions; region-bound ones come from regionMembers(). */
  memberCodes: Map<string, MemberLookup>;
}

const memberColumns = {
  code: dimensionMembers.code,
  labelId: dimensionMembers.labelId,
  labelEn: dimensionMembers.labelEn,
};

interface CatalogEntry {
  owner: string;
  active: boolean;
}

/**
 * The lookups a check makes as rows bring new indicators and regions. On the server's thread
 * they are queries (dbCatalogSource); a check running on a worker thread asks the server's
 * thread for them (check-worker.ts), as it cannot open the database itself.
 */
export interface CatalogSource {
  indicatorRow(code: string): Promise<IndicatorRow>;
  /** The members of these (not region-bound) sets, each with its set. */
  fixedMembers(sets: string[]): Promise<(MemberRow & { set: string })[]>;
  /** A region-bound set's members of one region (its kecamatan). */
  regionMembers(set: string, regionCode: string): Promise<MemberRow[]>;
}

interface MemberRow {
  code: string;
  labelId: string;
  labelEn: string;
}

export function dbCatalogSource(db: Db): CatalogSource {
  return {
    indicatorRow: async (code) => (await db.select().from(indicators).where(eq(indicators.code, code)))[0],
    fixedMembers: (sets) =>
      db
        .select({ ...memberColumns, set: dimensionMembers.setCode })
        .from(dimensionMembers)
        .where(inArray(dimensionMembers.setCode, sets)),
    regionMembers: (set, regionCode) =>
      db
        .select(memberColumns)
        .from(dimensionMembers)
        .where(
          and(
            eq(dimensionMembers.setCode, set),
            // Region codes are digits and dots, so the prefix holds no LIKE wildcard.
            like(dimensionMembers.code, `${regionMemberPrefix(regionCode)}%`),
          ),
        ),
  };
}

/** What a check knows before its first row, as plain data that can cross to a worker thread. */
export interface CatalogSnapshot {
  batchRegion: string;
  anyRegion: boolean;
  entries: Map<string, CatalogEntry>;
  regionCodes: Set<string>;
  assigned: Set<string> | null;
  dimensionSets: Set<string>;
  dimensionNames: Map<string, string>;
}

export class CheckCatalog {
  private readonly prepared = new Map<string, PreparedIndicator>();
  private readonly ownersByRegion = new Map<string, string[]>();
  /** `set|region` -> that region's members of a region-bound set (its kecamatan). */
  private readonly regionBound = new Map<string, MemberLookup>();
  readonly batchRegion: string;
  /** May import into any region (superadmin). */
  readonly anyRegion: boolean;
  private readonly entries: Map<string, CatalogEntry>;
  private readonly regionCodes: Set<string>;
  /** The operator's OPD's indicators; null for an admin, who may import any. */
  readonly assigned: Set<string> | null;
  readonly dimensionSets: Set<string>;
  /** The sets' names in either language (as headers are normalised) -> code. */
  readonly dimensionNames: Map<string, string>;

  constructor(
    readonly snapshot: CatalogSnapshot,
    private readonly source: CatalogSource,
  ) {
    this.batchRegion = snapshot.batchRegion;
    this.anyRegion = snapshot.anyRegion;
    this.entries = snapshot.entries;
    this.regionCodes = snapshot.regionCodes;
    this.assigned = snapshot.assigned;
    this.dimensionSets = snapshot.dimensionSets;
    this.dimensionNames = snapshot.dimensionNames;
  }

  static async load(db: Db, actor: Actor, batchRegion: string): Promise<CheckCatalog> {
    const rows = await db
      .select({ code: indicators.code, owner: indicators.ownerRegionCode, active: indicators.active })
      .from(indicators);
    const entries = new Map(rows.map((r) => [r.code, { owner: r.owner, active: r.active }]));
    const anyRegion = actor.role === 'superadmin';
    const regionCodes = new Set((await db.select({ code: regions.code }).from(regions)).map((r) => r.code));
    let assigned: Set<string> | null = null;
    if (!canManageRegion(actor, batchRegion)) {
      const own = actor.opdId
        ? await db
            .select({ code: indicatorAssignments.indicatorCode })
            .from(indicatorAssignments)
            .where(
              and(
                eq(indicatorAssignments.regionCode, batchRegion),
                eq(indicatorAssignments.opdId, actor.opdId),
              ),
            )
        : [];
      assigned = new Set(own.map((r) => r.code));
    }
    // Dimension columns may name any set: whether an indicator has it is checked per row.
    const sets = await db
      .select({ code: dimensionSets.code, nameId: dimensionSets.nameId, nameEn: dimensionSets.nameEn })
      .from(dimensionSets);
    const names = new Map<string, string>();
    for (const set of sets) {
      for (const name of [set.nameId, set.nameEn]) names.set(normalizeHeader(name), set.code.toLowerCase());
    }
    const snapshot: CatalogSnapshot = {
      batchRegion,
      anyRegion,
      entries,
      regionCodes,
      assigned,
      dimensionSets: new Set(sets.map((s) => s.code.toLowerCase())),
      dimensionNames: names,
    };
    return new CheckCatalog(snapshot, dbCatalogSource(db));
  }

  /** Whether a row may name this region: the batch's own, or any for a superadmin. */
  regionStanding(code: string): 'ok' | 'unknown' | 'outside' {
    if (code === this.batchRegion) return 'ok';
    if (!this.regionCodes.has(code)) return 'unknown';
    return this.anyRegion ? 'ok' : 'outside';
  }

  /** 'unknown' also covers an indicator another region defined for itself. */
  indicatorStanding(code: string, regionCode: string): 'ok' | 'unknown' | 'inactive' {
    const entry = this.entries.get(code);
    if (!entry) return 'unknown';
    let owners = this.ownersByRegion.get(regionCode);
    if (!owners) this.ownersByRegion.set(regionCode, (owners = catalogOwnersFor(regionCode)));
    if (!owners.includes(entry.owner)) return 'unknown';
    return entry.active ? 'ok' : 'inactive';
  }

  cached(code: string): PreparedIndicator | undefined {
    return this.prepared.get(code);
  }

  async prepare(code: string): Promise<PreparedIndicator> {
    const found = this.prepared.get(code);
    if (found) return found;
    const row = await this.source.indicatorRow(code);
    const fixed = row.dimensions.filter((set) => !isRegionBound(set));
    const members = fixed.length ? await this.source.fixedMembers(fixed) : [];
    const memberCodes = new Map<string, MemberLookup>(
      fixed.map((set) => [set, memberLookup(members.filter((m) => m.set === set))]),
    );
    const prepared = { row, rule: ruleOf(row), memberCodes };
    this.prepared.set(code, prepared);
    return prepared;
  }

  /** The members of a dimension set usable in a region: its own kecamatan for a region-bound set. */
  async membersOf(indicator: PreparedIndicator, set: string, regionCode: string): Promise<MemberLookup> {
    if (!isRegionBound(set)) return indicator.memberCodes.get(set)!;
    const key = `${set}|${regionCode}`;
    let lookup = this.regionBound.get(key);
    if (!lookup) {
      const rows = await this.source.regionMembers(set, regionCode);
      lookup = memberLookup(rows);
      this.regionBound.set(key, lookup);
    }
    return lookup;
  }
}
