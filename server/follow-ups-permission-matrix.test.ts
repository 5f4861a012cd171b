/**
 * Every role (and the anonymous public) against the follow-up routes. The table is
 * test-support/matrices/follow-ups.ts, the runner test-support/permission-matrix.ts.
 */
import { FOLLOW_UPS_TABLE } from './test-support/matrices/follow-ups.js';
import { permissionMatrix } from './test-support/permission-matrix.js';

permissionMatrix('Follow-ups permission matrix', [FOLLOW_UPS_TABLE]);
