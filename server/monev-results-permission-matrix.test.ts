/**
 * Every role (and the anonymous public) against the yearly monev result's routes: the scoring
 * configuration, the result and the Rakor documents. The table is
 * test-support/matrices/monev-results.ts, the runner test-support/permission-matrix.ts.
 */
import { MONEV_RESULTS_TABLE } from './test-support/matrices/monev-results.js';
import { permissionMatrix } from './test-support/permission-matrix.js';

permissionMatrix('Monev results permission matrix', [MONEV_RESULTS_TABLE]);
