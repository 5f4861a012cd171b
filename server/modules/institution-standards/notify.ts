/**
 * Who hears of a dossier: the institution's own accounts (returned, decided, validity ending)
 * and the reviewers of the stage it reached — the region's DP3A (admin daerah), the province's
 * provinsi users, the superadmins. Always inside the transaction of the move, so a move that
 * rolls back tells nobody.
 */
import { and, eq } from 'drizzle-orm';
import type { DossierStage } from '../../../domain/institution-standards/constants.js';
import type { NotificationKind } from '../../../domain/notifications.js';
import type { Db } from '../../db/connection.js';
import { users } from '../../db/schema.js';
import { institutionAccounts } from '../../db/schema-institutions.js';
import { notify } from '../notifications/notify.js';

export const dossierLink = (id: string) => `/lembaga-layanan/standardisasi/${id}`;

export async function institutionUsers(db: Db, institutionId: string): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(institutionAccounts)
    .innerJoin(users, eq(users.id, institutionAccounts.userId))
    .where(and(eq(institutionAccounts.institutionId, institutionId), eq(users.active, true)));
  return rows.map((r) => r.id);
}

/** The reviewers of a stage of a region's dossier. */
export async function stageReviewers(db: Db, stage: DossierStage, regionCode: string): Promise<string[]> {
  const where =
    stage === 'dp3a_review'
      ? and(eq(users.role, 'admin_daerah'), eq(users.regionCode, regionCode))
      : stage === 'province_review'
        ? and(eq(users.role, 'provinsi'), eq(users.regionCode, regionCode.slice(0, 2)))
        : stage === 'national_review'
          ? eq(users.role, 'superadmin')
          : null;
  if (!where) return [];
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(where, eq(users.active, true)));
  return rows.map((r) => r.id);
}

export interface DossierNotice {
  id: string;
  regionCode: string;
  institutionId: string;
  institutionName: string;
  standardName: string;
}

export async function notifyDossier(
  tx: Db,
  kind: Extract<NotificationKind, `standard_${string}`>,
  d: DossierNotice,
  recipients: string[],
  extra: {
    actorUserId?: string | null;
    dedupeKey?: string;
    params?: Record<string, string | number | null>;
  } = {},
): Promise<number> {
  return notify(tx, {
    regionCode: d.regionCode,
    kind,
    userIds: recipients,
    actorUserId: extra.actorUserId ?? null,
    params: { institution: d.institutionName, standard: d.standardName, ...extra.params },
    link: dossierLink(d.id),
    dedupeKey: extra.dedupeKey,
  });
}

/** Everyone of a region's dossier who should hear that it ends: its accounts and the region's DP3A. */
export async function expiryRecipients(db: Db, regionCode: string, institutionId: string) {
  const [own, dp3a] = await Promise.all([
    institutionUsers(db, institutionId),
    stageReviewers(db, 'dp3a_review', regionCode),
  ]);
  return [...own, ...dp3a];
}
