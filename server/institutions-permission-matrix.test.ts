/**
 * Every role (the institution account included) and the anonymous public against the service
 * institution registry's routes. The table is test-support/matrices/institutions.ts, the
 * runner test-support/permission-matrix.ts.
 */
import { INSTITUTIONS_TABLE } from './test-support/matrices/institutions.js';
import { permissionMatrix } from './test-support/permission-matrix.js';

permissionMatrix('Institutions permission matrix', [INSTITUTIONS_TABLE]);
