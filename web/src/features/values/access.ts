import { canVerifyData, readsEveryOpd, seesDataReview } from '../../../../domain/access.ts';
import { accessActorOf } from '../../app/access.ts';
import type { Me } from '../../app/types.ts';

/**
 * Who does what with data values on a region's pages, by the shared rules (domain/access.ts):
 * the region's admin (and superadmin) verifies; operators follow their own OPD on the entry
 * page, everyone else who reads the region also sees the review board and picks any OPD.
 */
export function dataAccessOf(me: Me, regionCode: string) {
  const actor = accessActorOf(me);
  return {
    seeReview: seesDataReview(actor, regionCode),
    verify: canVerifyData(actor, regionCode),
    pickOpd: readsEveryOpd(actor, regionCode),
  };
}
