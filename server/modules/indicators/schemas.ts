/**
 * Moved to api/indicators.ts. Kept only while server/modules/values/routes.ts, which another
 * change has open, still imports it from here; removed with that import.
 */
export { assignmentSchema, indicatorCode, setAssignmentBody } from '../../../api/indicators.js';
