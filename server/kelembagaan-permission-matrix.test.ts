/**
 * Every role (and the anonymous public) against the PUG institutions' routes. The table is
 * test-support/matrices/kelembagaan.ts, the runner test-support/permission-matrix.ts.
 */
import { KELEMBAGAAN_TABLE } from './test-support/matrices/kelembagaan.js';
import { permissionMatrix } from './test-support/permission-matrix.js';

permissionMatrix('Kelembagaan permission matrix', [KELEMBAGAAN_TABLE]);
