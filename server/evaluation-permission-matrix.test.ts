/**
 * Every role (and the anonymous public) against the evaluation worksheet routes. The table is
 * test-support/matrices/evaluation.ts, the runner test-support/permission-matrix.ts.
 */
import { EVALUATION_TABLE } from './test-support/matrices/evaluation.js';
import { permissionMatrix } from './test-support/permission-matrix.js';

permissionMatrix('Evaluation permission matrix', [EVALUATION_TABLE]);
