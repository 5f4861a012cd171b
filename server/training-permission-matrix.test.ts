/**
 * Every role (and the anonymous public) against the training records' routes (scores,
 * settings, certificates). The table is test-support/matrices/training.ts, the runner
 * test-support/permission-matrix.ts.
 */
import { TRAINING_TABLE } from './test-support/matrices/training.js';
import { permissionMatrix } from './test-support/permission-matrix.js';

permissionMatrix('Training permission matrix', [TRAINING_TABLE]);
