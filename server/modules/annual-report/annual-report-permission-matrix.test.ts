/** Every role (and the anonymous public) against the annual report routes (test-support/matrices/annual-report.ts). */
import { ANNUAL_REPORT_TABLE } from '../../test-support/matrices/annual-report.js';
import { permissionMatrix } from '../../test-support/permission-matrix.js';

permissionMatrix('annual report permission matrix', [ANNUAL_REPORT_TABLE]);
