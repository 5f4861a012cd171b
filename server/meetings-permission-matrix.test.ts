/**
 * Every role (and the anonymous public) against the meetings routes. The table is
 * test-support/matrices/meetings.ts, the runner test-support/permission-matrix.ts.
 */
import { MEETINGS_TABLE } from './test-support/matrices/meetings.js';
import { permissionMatrix } from './test-support/permission-matrix.js';

permissionMatrix('Meetings permission matrix', [MEETINGS_TABLE]);
