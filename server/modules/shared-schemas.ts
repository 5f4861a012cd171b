/**
 * Moved to api/common.ts. Kept only while server/modules/auth/routes.ts, which another change
 * has open, still imports it from here; removed with that import.
 */
export * from '../../api/common.js';
