/**
 * The indices' permission table: the calculator reads no region's data, so every signed-in
 * user may use it and only the anonymous public is refused.
 */
import { SIGNED_IN, type Case, type PermissionTable } from '../permission-matrix.js';

const CASES: Case[] = [
  {
    name: 'POST /api/indices/calculate',
    route: 'POST /api/indices/calculate',
    allowed: SIGNED_IN,
    request: () => ({
      method: 'POST',
      url: '/api/indices/calculate',
      payload: {
        index: 'ipm',
        inputs: {
          lifeExpectancy: 73.93,
          expectedSchooling: 13.15,
          meanSchooling: 8.77,
          expenditure: 11_899_000,
        },
      },
    }),
  },
];

export const INDICES_TABLE: PermissionTable = {
  title: 'indices',
  cases: CASES,
  loadIds: async () => ({}),
};
