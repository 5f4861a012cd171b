/**
 * Who may read which values. Every value read of this module (the open values API, the
 * charts, the exports) asks here first, so opening verified data to the public is a change
 * of this one function, not of the queries: they already take the statuses it answers.
 */
import type { Actor } from '../../lib/actor.js';
import { Unauthenticated } from '../../lib/errors.js';
import { assertCanReadRegion } from '../../lib/permissions.js';
import { VALUE_STATUSES } from '../../../domain/indicators.js';
import type { ValueStatus } from './sums.js';

export interface ValueReadScope {
  /** The statuses the actor may see in these regions. */
  statuses: ValueStatus[];
}

/**
 * Throws unless the actor may read values of every one of `regionCodes`; answers which
 * statuses they may see.
 *
 * Anonymous callers are refused today. The public portal issue flips this to
 * `return { statuses: ['verified'] }` for `actor === null`: every caller already filters by
 * the statuses answered here, so the public then sees verified values and nothing else.
 */
export function valueReadScope(actor: Actor | null, regionCodes: string[]): ValueReadScope {
  if (!actor) throw new Unauthenticated();
  for (const code of regionCodes) assertCanReadRegion(actor, code);
  return { statuses: [...VALUE_STATUSES] };
}

/** The statuses asked for, narrowed to those the scope allows (all allowed ones by default). */
export function statusesWithin(scope: ValueReadScope, asked?: ValueStatus[]): ValueStatus[] {
  if (!asked || asked.length === 0) return scope.statuses;
  return scope.statuses.filter((s) => asked.includes(s));
}
