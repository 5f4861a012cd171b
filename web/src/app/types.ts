/**
 * Shapes of the HTTP API that many features use. Each is inferred from the zod schema in api/
 * that the server validates and serializes with, so the two cannot drift apart: a field the
 * server drops or renames fails this typecheck where the web reads it.
 */
import type { z } from 'zod';
import type { auditEntrySchema } from '../../../api/audit.ts';
import type { pageOf } from '../../../api/common.ts';
import type { opdSchema } from '../../../api/opd.ts';
import type { regionSchema } from '../../../api/regions.ts';
import type { Role } from '../../../domain/roles.ts';
import type { OpdKind } from '../../../domain/opd.ts';
import type { RegionLevel } from '../../../domain/region-code.ts';

export type { Role, OpdKind, RegionLevel };

export type Region = z.infer<typeof regionSchema>;

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

export type Opd = z.infer<typeof opdSchema>;

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

export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** A page of a list (api/common.ts `pageOf`) holding items of T. */
export type Page<T> = Omit<z.infer<ReturnType<typeof pageOf<z.ZodUnknown>>>, 'items'> & { items: T[] };
