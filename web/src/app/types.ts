/** Shapes of the HTTP API, mirrored from docs/api.md. */
import type { Role } from '../../../domain/roles.ts';
import type { OpdKind } from '../../../domain/opd.ts';
import type { RegionLevel } from '../../../domain/region-code.ts';

export type { Role, OpdKind, RegionLevel };

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

export interface Me {
  id: string;
  username: string;
  email: string | null;
  fullName: string;
  role: Role;
  region: Region;
  opdId: string | null;
  opdName: string | null;
  isDemo: boolean;
}

export interface Opd {
  id: string;
  regionCode: string;
  name: string;
  shortName: string;
  kind: OpdKind;
  sipdCode: string | null;
  active: boolean;
  isDemo: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface User {
  id: string;
  username: string;
  email: string | null;
  fullName: string;
  role: Role;
  regionCode: string;
  regionName: string;
  opdId: string | null;
  opdName: string | null;
  active: boolean;
  isDemo: boolean;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorUserId: string | null;
  actorUsername: string | null;
  regionCode: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ip: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
