/**
 * Every role and the anonymous public against the superadmin's API key routes. The table is
 * test-support/matrices/api-keys.ts, the runner test-support/permission-matrix.ts.
 */
import { API_KEYS_TABLE } from './test-support/matrices/api-keys.js';
import { permissionMatrix } from './test-support/permission-matrix.js';

permissionMatrix('API keys permission matrix', [API_KEYS_TABLE]);
