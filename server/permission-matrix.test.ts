/**
 * Every role (and the anonymous public) against every foundation route: the table is
 * test-support/matrices/foundation.ts, the runner test-support/permission-matrix.ts.
 */
import { FOUNDATION_TABLE } from './test-support/matrices/foundation.js';
import { permissionMatrix } from './test-support/permission-matrix.js';

permissionMatrix('permission matrix', [FOUNDATION_TABLE]);
