/**
 * Every role (and the anonymous public) against the PPRG routes: planning, GAP documents and
 * their review, official exports, letterhead. The tables are test-support/matrices/planning.ts
 * and pprg-documents.ts, the runner test-support/permission-matrix.ts.
 */
import { PLANNING_TABLE } from './test-support/matrices/planning.js';
import { PPRG_DOCUMENTS_TABLE } from './test-support/matrices/pprg-documents.js';
import { permissionMatrix } from './test-support/permission-matrix.js';

permissionMatrix('PPRG permission matrix', [PLANNING_TABLE, PPRG_DOCUMENTS_TABLE]);
