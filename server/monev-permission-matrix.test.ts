/**
 * Every role (and the anonymous public) against the monev routes: quarterly reports, their
 * review and reopening, evidence files, the region's monev settings. The table is
 * test-support/matrices/monev.ts, the runner test-support/permission-matrix.ts.
 */
import { MONEV_TABLE } from './test-support/matrices/monev.js';
import { permissionMatrix } from './test-support/permission-matrix.js';

permissionMatrix('Monev permission matrix', [MONEV_TABLE]);
