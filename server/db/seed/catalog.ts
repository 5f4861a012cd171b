/**
 * Loads the national reference catalog: the built-in dimension sets and the starter
 * indicators (server/db/seed/catalog-data.ts). Runs with the migrations on every start and is
 * idempotent: national entries are refreshed from the code; regional entries are untouched.
 */
import { sql } from 'drizzle-orm';
import { BUILTIN_DIMENSION_SETS, KECAMATAN_DIMENSION } from '../../../domain/indicators.js';
import { NATIONAL_CODE } from '../../../domain/region-code.js';
import type { Db } from '../connection.js';
import { dimensionMembers, dimensionSets, indicators } from '../schema-data.js';
import { STARTER_INDICATORS, type IndicatorDef } from './catalog-data.js';
import { officialDistricts } from './regions.js';

function indicatorRow(def: IndicatorDef): typeof indicators.$inferInsert {
  return {
    code: def.code,
    ownerRegionCode: NATIONAL_CODE,
    nameId: def.nameId,
    nameEn: def.nameEn,
    definitionId: def.definitionId,
    definitionEn: def.definitionEn,
    unit: def.unit,
    domainGroup: def.group,
    periodicity: def.periodicity,
    source: def.source,
    sourceNote: def.sourceNote,
    aggregation: def.aggregation,
    numeratorCode: def.numeratorCode ?? null,
    denominatorCode: def.denominatorCode ?? null,
    multiplier: def.multiplier !== undefined ? String(def.multiplier) : null,
    dimensions: def.dimensions,
    sexes: def.sexes,
    decimals: def.decimals,
    percentBounded: def.percentBounded ?? false,
    responsibleOpdHint: def.responsibleOpd,
    refs: def.refs ?? {},
  };
}

/**
 * Kecamatan are a dimension whose members come from the region list rather than a fixed
 * list: every district of the country, each usable only in its own kab/kota
 * (domain/indicators.ts memberBelongsToRegion).
 */
async function loadKecamatanDimension(tx: Db): Promise<void> {
  await tx
    .insert(dimensionSets)
    .values({ code: KECAMATAN_DIMENSION, nameId: 'Kecamatan', nameEn: 'District (kecamatan)', builtin: true })
    .onConflictDoNothing();
  const districts = officialDistricts();
  for (let i = 0; i < districts.length; i += 1000) {
    await tx
      .insert(dimensionMembers)
      .values(
        districts.slice(i, i + 1000).map((d, j) => ({
          setCode: KECAMATAN_DIMENSION,
          code: d.code,
          labelId: d.name,
          labelEn: d.name,
          sortOrder: i + j,
        })),
      )
      .onConflictDoUpdate({
        target: [dimensionMembers.setCode, dimensionMembers.code],
        set: { labelId: sql`excluded.label_id`, labelEn: sql`excluded.label_en` },
      });
  }
}

export async function loadCatalog(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    // The empty combination ("no other dimension") always has id 0.
    await tx.execute(
      sql`insert into dimension_combos (id, key, members) values (0, '', '{}') on conflict do nothing`,
    );
    for (const set of BUILTIN_DIMENSION_SETS) {
      await tx
        .insert(dimensionSets)
        .values({ code: set.code, nameId: set.nameId, nameEn: set.nameEn, builtin: true })
        .onConflictDoUpdate({ target: dimensionSets.code, set: { nameId: set.nameId, nameEn: set.nameEn } });
      await tx
        .insert(dimensionMembers)
        .values(set.members.map((m, i) => ({ setCode: set.code, ...m, sortOrder: i })))
        .onConflictDoUpdate({
          target: [dimensionMembers.setCode, dimensionMembers.code],
          set: {
            labelId: sql`excluded.label_id`,
            labelEn: sql`excluded.label_en`,
            sortOrder: sql`excluded.sort_order`,
          },
        });
    }
    await loadKecamatanDimension(tx);
    // Numerators and denominators first: a rate references them.
    const ordered = [...STARTER_INDICATORS].sort(
      (a, b) => Number(a.aggregation === 'ratio') - Number(b.aggregation === 'ratio'),
    );
    for (const def of ordered) {
      const row = indicatorRow(def);
      const { code: _code, ...update } = row;
      await tx
        .insert(indicators)
        .values(row)
        .onConflictDoUpdate({ target: indicators.code, set: { ...update, updatedAt: sql`now()` } });
    }
  });
}
