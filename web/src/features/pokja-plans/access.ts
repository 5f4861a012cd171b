import type { AccessActor } from '../../../../domain/access.ts';
import { canManagePokjaPlans, canReadPokjaPlans } from '../../../../domain/pokja-plans/access.ts';

/** The plans' pages and buttons ask the predicates the server asks (domain/pokja-plans/access.ts). */
export function seesPokjaPlans(actor: AccessActor, regionCode: string): boolean {
  return canReadPokjaPlans(actor, regionCode);
}

export function managesPokjaPlans(actor: AccessActor, regionCode: string): boolean {
  return canManagePokjaPlans(actor, regionCode);
}
