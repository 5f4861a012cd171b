/**
 * Every role (and the anonymous public) against the instruments' and cycles' routes. The table
 * is test-support/matrices/evaluation-instruments.ts, the runner test-support/permission-matrix.ts.
 */
import { EVALUATION_INSTRUMENTS_TABLE } from '../../test-support/matrices/evaluation-instruments.js';
import { permissionMatrix } from '../../test-support/permission-matrix.js';

permissionMatrix('Evaluation instruments permission matrix', [EVALUATION_INSTRUMENTS_TABLE]);
