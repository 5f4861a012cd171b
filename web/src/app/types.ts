/**
 * Shapes of the HTTP API that many features use. Each is inferred from the zod schema in api/
 * that the server validates and serializes with, so the two cannot drift apart: a field the
 * server drops or renames fails this typecheck where the web reads it.
 */
import type { z } from 'zod';
import type { auditEntrySchema } from '../../../api/audit.ts';
import type { meSchema } from '../../../api/auth.ts';
import type { pageOf } from '../../../api/common.ts';
import type { opdSchema } from '../../../api/opd.ts';
import type { regionSchema } from '../../../api/regions.ts';
import type { userSchema } from '../../../api/users.ts';
import type { Role } from '../../../domain/roles.ts';
import type { OpdKind } from '../../../domain/opd.ts';
import type { RegionLevel } from '../../../domain/region-code.ts';

export type { Role, OpdKind, RegionLevel };

export type Region = z.infer<typeof regionSchema>;

export type Me = z.infer<typeof meSchema>;

export type Opd = z.infer<typeof opdSchema>;

export type User = z.infer<typeof userSchema>;

export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** A page of a list (api/common.ts `pageOf`) holding items of T. */
export type Page<T> = Omit<z.infer<ReturnType<typeof pageOf<z.ZodUnknown>>>, 'items'> & { items: T[] };
