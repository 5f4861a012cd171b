/**
 * Every role (and the anonymous public) against the institution-standards routes. The table is
 * test-support/matrices/institution-standards.ts, the runner test-support/permission-matrix.ts.
 */
import { INSTITUTION_STANDARDS_TABLE } from './test-support/matrices/institution-standards.js';
import { permissionMatrix } from './test-support/permission-matrix.js';

permissionMatrix('Institution standards permission matrix', [INSTITUTION_STANDARDS_TABLE]);
