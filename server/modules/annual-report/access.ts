/** The server's checks of domain/annual-report/access.ts, with the region's level checked once. */
import { canEditAnnualReport, canReadAnnualReport } from '../../../domain/annual-report/access.js';
import { regionLevelOf } from '../../../domain/region-code.js';
import type { Db } from '../../db/connection.js';
import type { Actor } from '../../lib/actor.js';
import { Forbidden, Invalid } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';
import { getRegion } from '../regions/service.js';

export type ReportLevel = 'kabkota' | 'provinsi';

async function checkRegion(db: Db, regionCode: string) {
  const region = await getRegion(db, regionCode);
  const level = regionLevelOf(regionCode);
  // The monev and PPRG figures exist for a province's and a kab/kota's own plans only.
  if (level !== 'kabkota' && level !== 'provinsi') {
    throw new Invalid({ code: 'annual_report_level' }, 'annual_report_level');
  }
  return { region, level: level as ReportLevel };
}

export async function assertReader(db: Db, actor: Actor | null, regionCode: string) {
  const a = requireActor(actor);
  if (!canReadAnnualReport(a, regionCode)) throw new Forbidden();
  return { actor: a, ...(await checkRegion(db, regionCode)) };
}

export async function assertEditor(db: Db, actor: Actor | null, regionCode: string): Promise<Actor> {
  const a = requireActor(actor);
  if (!canEditAnnualReport(a, regionCode)) throw new Forbidden();
  await checkRegion(db, regionCode);
  return a;
}
