/** Every role (and the anonymous public) against the Pokja PUG plans' routes (test-support/matrices/pokja-plans.ts). */
import { POKJA_PLANS_TABLE } from '../../test-support/matrices/pokja-plans.js';
import { permissionMatrix } from '../../test-support/permission-matrix.js';

permissionMatrix('pokja plans permission matrix', [POKJA_PLANS_TABLE]);
