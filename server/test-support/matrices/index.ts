/**
 * Every permission table, for the route-coverage test to read without running them. A new
 * table goes here and into the *permission-matrix*.test.ts file that runs it.
 */
import type { PermissionTable } from '../permission-matrix.js';
import { ANNUAL_REPORT_TABLE } from './annual-report.js';
import { ATTENDANCE_TABLE } from './attendance.js';
import { DATA_CATALOG_TABLE } from './data-catalog.js';
import { DATA_VALUES_TABLE } from './data-values.js';
import { FOUNDATION_TABLE } from './foundation.js';
import { FOLLOW_UPS_TABLE } from './follow-ups.js';
import { HOME_TABLE } from './home.js';
import { MONEV_TABLE } from './monev.js';
import { MONEV_RESULTS_TABLE } from './monev-results.js';
import { KELEMBAGAAN_TABLE } from './kelembagaan.js';
import { MEETINGS_TABLE } from './meetings.js';
import { NOTIFICATIONS_TABLE } from './notifications.js';
import { PLANNING_TABLE } from './planning.js';
import { POKJA_PLANS_TABLE } from './pokja-plans.js';
import { PPRG_DOCUMENTS_TABLE } from './pprg-documents.js';
import { TRAINING_TABLE } from './training.js';
import { INSTITUTIONS_TABLE } from './institutions.js';
import { INSTITUTION_STANDARDS_TABLE } from './institution-standards.js';
import { INSTITUTION_SERVICES_TABLE } from './institution-services.js';
import { AGREEMENTS_TABLE } from './agreements.js';
import { EVALUATION_EVIDENCE_TABLE } from './evaluation-evidence.js';
import { EVALUATION_INSTRUMENTS_TABLE } from './evaluation-instruments.js';
import { EVALUATION_TABLE } from './evaluation.js';
import { INDICES_TABLE } from './indices.js';
import { API_KEYS_TABLE } from './api-keys.js';

export const PERMISSION_TABLES: PermissionTable[] = [
  FOUNDATION_TABLE,
  PLANNING_TABLE,
  PPRG_DOCUMENTS_TABLE,
  DATA_CATALOG_TABLE,
  DATA_VALUES_TABLE,
  HOME_TABLE,
  NOTIFICATIONS_TABLE,
  MONEV_TABLE,
  MONEV_RESULTS_TABLE,
  ANNUAL_REPORT_TABLE,
  ATTENDANCE_TABLE,
  KELEMBAGAAN_TABLE,
  MEETINGS_TABLE,
  FOLLOW_UPS_TABLE,
  TRAINING_TABLE,
  POKJA_PLANS_TABLE,
  INSTITUTIONS_TABLE,
  INSTITUTION_SERVICES_TABLE,
  AGREEMENTS_TABLE,
  INSTITUTION_STANDARDS_TABLE,
  EVALUATION_EVIDENCE_TABLE,
  EVALUATION_INSTRUMENTS_TABLE,
  EVALUATION_TABLE,
  INDICES_TABLE,
  API_KEYS_TABLE,
];
