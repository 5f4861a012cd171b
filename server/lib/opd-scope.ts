/**
 * An OPD scope (domain/access.ts opdScopeOf) as a query condition, so every list filters by
 * the same answer: every OPD adds nothing, one OPD matches it, none matches no row.
 */
import { eq, sql, type Column, type SQL } from 'drizzle-orm';
import type { OpdScope } from '../../domain/access.js';

export function opdScopeCondition(column: Column, scope: OpdScope): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  if (scope.kind === 'opd') return eq(column, scope.opdId);
  return sql`false`;
}
