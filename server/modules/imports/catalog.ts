/**
 * What the check of one batch needs to know, loaded once: every indicator code (so unknown
 * codes never cost a query), the regions a superadmin's rows may name, the indicators an
 * operator's OPD answers for, and — on first use of each indicator — its dimensions with every
 * member combination interned, so each valid row gets its combo id without a query.
 */
import { and, eq } from 'drizzle-orm';
import { catalogOwnersFor } from '../indicators/visibility.js';
import { comboKey } from '../../../domain/combo.js';
import type { Db } from '../../db/connection.js';
import { regions } from '../../db/schema.js';
import { dimensionSets, indicatorAssignments, indicators } from '../../db/schema-data.js';
import type { Actor } from '../../lib/actor.js';
import { canManageRegion } from '../../lib/permissions.js';
import { internCombos } from '../values/combos.js';
import { loadIndicatorInfo, type IndicatorInfo } from '../values/indicator-info.js';

export interface PreparedIndicator {
  info: IndicatorInfo;
  /** Per dimension set: member code in lower case -> member code. */
  memberCodes: Map<string, Map<string, string>>;
  comboIds: Map<string, number>;
}

interface CatalogEntry {
  owner: string;
  active: boolean;
}

export class CheckCatalog {
  private readonly prepared = new Map<string, PreparedIndicator>();
  private readonly ownersByRegion = new Map<string, string[]>();

  private constructor(
    private readonly db: Db,
    readonly batchRegion: string,
    /** May import into any region (superadmin). */
    readonly anyRegion: boolean,
    private readonly entries: Map<string, CatalogEntry>,
    private readonly regionCodes: Set<string>,
    /** The operator's OPD's indicators; null for an admin, who may import any. */
    readonly assigned: Set<string> | null,
    readonly dimensionSets: Set<string>,
  ) {}

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
    const sets = await db.select({ code: dimensionSets.code }).from(dimensionSets);
    return new CheckCatalog(
      db,
      batchRegion,
      anyRegion,
      entries,
      regionCodes,
      assigned,
      new Set(sets.map((s) => s.code.toLowerCase())),
    );
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
    const info = (await loadIndicatorInfo(this.db, [code])).get(code)!;
    const memberCodes = new Map(
      [...info.members].map(([set, codes]) => [set, new Map([...codes].map((c) => [c.toLowerCase(), c]))]),
    );
    const comboIds = await internCombos(
      this.db,
      info.cells.map((c) => comboKey(c.members)),
    );
    const prepared = { info, memberCodes, comboIds };
    this.prepared.set(code, prepared);
    return prepared;
  }
}
