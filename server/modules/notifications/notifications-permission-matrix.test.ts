/** Every role (and the anonymous public) against the notification and deadline routes. */
import { NOTIFICATIONS_TABLE } from '../../test-support/matrices/notifications.js';
import { permissionMatrix } from '../../test-support/permission-matrix.js';

permissionMatrix('notifications permission matrix', [NOTIFICATIONS_TABLE]);
