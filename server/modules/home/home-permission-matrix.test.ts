/** Every role (and the anonymous public) against the home routes (test-support/matrices/home.ts). */
import { HOME_TABLE } from '../../test-support/matrices/home.js';
import { permissionMatrix } from '../../test-support/permission-matrix.js';

permissionMatrix('home permission matrix', [HOME_TABLE]);
