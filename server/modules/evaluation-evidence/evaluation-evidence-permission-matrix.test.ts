/**
 * Every role (and the anonymous public) against the evidence repository's routes. The table is
 * test-support/matrices/evaluation-evidence.ts, the runner test-support/permission-matrix.ts.
 */
import { EVALUATION_EVIDENCE_TABLE } from '../../test-support/matrices/evaluation-evidence.js';
import { permissionMatrix } from '../../test-support/permission-matrix.js';

permissionMatrix('Evaluation evidence permission matrix', [EVALUATION_EVIDENCE_TABLE]);
