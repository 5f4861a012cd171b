/**
 * Every role (and the anonymous public) against the institution-services and agreements
 * routes. The tables are test-support/matrices/{institution-services,agreements}.ts, the
 * runner test-support/permission-matrix.ts.
 */
import { AGREEMENTS_TABLE } from '../../test-support/matrices/agreements.js';
import { INSTITUTION_SERVICES_TABLE } from '../../test-support/matrices/institution-services.js';
import { permissionMatrix } from '../../test-support/permission-matrix.js';

permissionMatrix('Institution services and agreements permission matrix', [
  INSTITUTION_SERVICES_TABLE,
  AGREEMENTS_TABLE,
]);
