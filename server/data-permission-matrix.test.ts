/**
 * Every role (and the anonymous public) against the data terpilah routes: the indicator
 * catalog, entry and review, imports, explore and exports, Profil Gender. The tables are
 * test-support/matrices/data-catalog.ts and data-values.ts, the runner
 * test-support/permission-matrix.ts.
 */
import { DATA_CATALOG_TABLE } from './test-support/matrices/data-catalog.js';
import { DATA_VALUES_TABLE } from './test-support/matrices/data-values.js';
import { permissionMatrix } from './test-support/permission-matrix.js';

permissionMatrix('data terpilah permission matrix', [DATA_CATALOG_TABLE, DATA_VALUES_TABLE]);
