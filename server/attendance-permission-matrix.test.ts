/**
 * Every role (and the anonymous public) against the attendance routes of the organiser's side:
 * the list, counts and daftar hadir, ticks, paper rows, erasure, signatures and scans. The
 * table is test-support/matrices/attendance.ts, the runner test-support/permission-matrix.ts.
 */
import { ATTENDANCE_TABLE } from './test-support/matrices/attendance.js';
import { permissionMatrix } from './test-support/permission-matrix.js';

permissionMatrix('Attendance permission matrix', [ATTENDANCE_TABLE]);
