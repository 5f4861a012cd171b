/**
 * Every role and the anonymous public against the indices routes. The table is
 * test-support/matrices/indices.ts, the runner test-support/permission-matrix.ts.
 */
import { INDICES_TABLE } from './test-support/matrices/indices.js';
import { permissionMatrix } from './test-support/permission-matrix.js';

permissionMatrix('Indices permission matrix', [INDICES_TABLE]);
