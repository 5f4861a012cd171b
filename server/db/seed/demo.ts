/**
 * Creates or removes the demo (Kota Palu's agencies and one user per role). Idempotent; the
 * choice is remembered in `settings` so that a deployment that switched the demo off stays
 * without it after restarts.
 */
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../connection.js';
import { opd, sessions, settings, users } from '../schema.js';
import { recordAudit, type AuditSubject } from '../../lib/audit.js';
import { isForeignKeyViolation } from '../../lib/db-errors.js';
import { hashPassword } from '../../lib/passwords.js';
import { DEMO_OPD, DEMO_PASSWORD, DEMO_REGION, DEMO_USERS } from './demo-data.js';
import { removeDemoValues, seedDemoValues } from './demo-values-seed.js';
import { removeDemoIndices, seedDemoIndices } from './demo-indices.js';
import { removeDemoGaps, seedDemoGaps } from './demo-gap.js';
import { removeDemoLetterhead, seedDemoLetterhead } from './demo-letterhead.js';
import { removeDemoAnnualReport, seedDemoAnnualReport } from './demo-annual-report.js';
import { removeDemoMonev, seedDemoMonev } from './demo-monev.js';
import { removeDemoPlanning, seedDemoPlanning } from './demo-planning.js';
import { removeDemoKelembagaan, seedDemoKelembagaan } from './demo-kelembagaan.js';
import { removeDemoPokjaPlans, seedDemoPokjaPlans } from './demo-pokja-plans.js';
import { removeDemoMeetings, seedDemoMeetings } from './demo-meetings.js';
import { removeDemoAttendance, seedDemoAttendance } from './demo-attendance.js';
import { removeDemoFollowUps, seedDemoFollowUps } from './demo-follow-ups.js';
import { removeDemoTraining, seedDemoTraining } from './demo-training.js';
import { removeDemoInstitutions, seedDemoInstitutions } from './demo-institutions.js';
import {
  removeDemoInstitutionStandards,
  seedDemoInstitutionStandards,
} from './demo-institution-standards.js';
import { removeDemoInstitutionServices, seedDemoInstitutionServices } from './demo-institution-services.js';
import { removeDemoAgreements, seedDemoAgreements } from './demo-agreements.js';
import { removeDemoEvaluationEvidence, seedDemoEvaluationEvidence } from './demo-evaluation-evidence.js';
import { removeDemoEvaluation, seedDemoEvaluation } from './demo-evaluation.js';

const SYSTEM: AuditSubject = { userId: null, username: 'system:seed-demo', ip: null };
const SETTING_KEY = 'demo';

interface DemoSetting {
  enabled: boolean;
}

export async function demoSetting(db: Db): Promise<DemoSetting | null> {
  const [row] = await db.select().from(settings).where(eq(settings.key, SETTING_KEY));
  return (row?.value as DemoSetting | undefined) ?? null;
}

async function saveDemoSetting(db: Db, value: DemoSetting): Promise<void> {
  await db
    .insert(settings)
    .values({ key: SETTING_KEY, value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: sql`now()` } });
}

/** Adds whatever part of the demo is missing; returns how many rows it created. */
export async function seedDemo(db: Db): Promise<{ opd: number; users: number; values: number }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    const createdOpd = await tx
      .insert(opd)
      .values(DEMO_OPD.map((o) => ({ ...o, regionCode: DEMO_REGION, isDemo: true })))
      .onConflictDoNothing()
      .returning({ id: opd.id });
    const opdIds = new Map(
      (
        await tx
          .select({ id: opd.id, shortName: opd.shortName })
          .from(opd)
          .where(eq(opd.regionCode, DEMO_REGION))
      ).map((o) => [o.shortName, o.id]),
    );
    const createdUsers = await tx
      .insert(users)
      .values(
        DEMO_USERS.map(({ opdShortName, ...u }) => ({
          ...u,
          opdId: opdShortName ? opdIds.get(opdShortName)! : null,
          passwordHash,
          isDemo: true,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: users.id });
    const values = await seedDemoValues(tx);
    // After the data terpilah values: the IPG is computed from their verified figures.
    await seedDemoIndices(tx);
    await seedDemoLetterhead(tx);
    await seedDemoPlanning(tx);
    // After the demo budget lines: a GAP needs its sub-kegiatan (skipped while there is none).
    await seedDemoGaps(tx);
    // After the GAPs: a report copies its line's GAP indicators.
    await seedDemoMonev(tx);
    // After the demo users: the draft names the demo admin as its author.
    await seedDemoAnnualReport(tx);
    // Kota Palu's Pokja PUG SK, focal points, Tim Driver, partners and officials (before the plans and events that name them).
    await seedDemoKelembagaan(tx);
    // The Pokja PUG's plan of 2025 (after the demo OPDs and admin it names).
    await seedDemoPokjaPlans(tx);
    // Kota Palu's Bimtek of 4 Dec 2024 and a Rakor Pokja PUG with minutes (after the kelembagaan people).
    await seedDemoMeetings(tx);
    // Who came to the demo Bimtek and Rakor (after the meetings and their invitees).
    await seedDemoAttendance(tx);
    // Follow-ups of the demo Rakor (after the meetings and their attendance).
    await seedDemoFollowUps(tx);
    // The Bimtek's pre/post-test scores and certificates (last: after its attendance).
    await seedDemoTraining(tx);
    // Kota Palu's service institutions and demo.lembaga (before the standards, services and agreements that name them).
    await seedDemoInstitutions(tx, passwordHash);
    // Two dossiers at different stages and one organisation standardised (LPLPP example standard).
    await seedDemoInstitutionStandards(tx);
    // Services of the demo institutions 2025–2026 and the MoU with the Pengadilan Agama (after the institutions and partners).
    await seedDemoInstitutionServices(tx);
    await seedDemoAgreements(tx);
    // A few bukti dukung documents of Kota Palu's evidence repository (after the demo OPDs).
    await seedDemoEvaluationEvidence(tx);
    // Palu's worksheets on the example instrument: 2025 verified, 2026 in progress (after the evidence they link).
    await seedDemoEvaluation(tx);
    await saveDemoSetting(tx, { enabled: true });
    if (createdOpd.length + createdUsers.length + values > 0) {
      await recordAudit(tx, SYSTEM, {
        action: 'seed',
        entity: 'demo',
        regionCode: DEMO_REGION,
        after: { opd: createdOpd.length, users: createdUsers.length, values },
      });
    }
    return { opd: createdOpd.length, users: createdUsers.length, values };
  });
}

/**
 * Removes the demo users and agencies. A demo agency that real data already points at is
 * kept but deactivated, never deleted under that data.
 */
export async function removeDemo(db: Db): Promise<{ opd: number; users: number }> {
  return db.transaction(async (tx) => {
    // The worksheets (and the demo cycles nothing else uses) before the evidence they link.
    await removeDemoEvaluation(tx);
    // The evidence documents first (their files go by the attachments trigger).
    await removeDemoEvaluationEvidence(tx);
    // First: they point at demo institutions, partners and events.
    await removeDemoAgreements(tx);
    await removeDemoInstitutionStandards(tx);
    await removeDemoInstitutionServices(tx);
    await removeDemoTraining(tx);
    await removeDemoPokjaPlans(tx);
    await removeDemoFollowUps(tx);
    await removeDemoAttendance(tx);
    await removeDemoMeetings(tx);
    await removeDemoKelembagaan(tx);
    await removeDemoGaps(tx);
    await removeDemoIndices(tx);
    await removeDemoValues(tx);
    await removeDemoLetterhead(tx);
    await removeDemoAnnualReport(tx);
    await removeDemoMonev(tx);
    await removeDemoPlanning(tx);
    // After every module that points at the demo institutions (standards, services, agreements).
    await removeDemoInstitutions(tx);
    const demoUsers = await tx.select({ id: users.id }).from(users).where(eq(users.isDemo, true));
    const ids = demoUsers.map((u) => u.id);
    if (ids.length) {
      await tx.delete(sessions).where(inArray(sessions.userId, ids));
      await tx.delete(users).where(inArray(users.id, ids));
    }
    // Each agency in its own savepoint: one that real data points at (any table, now or in
    // later modules) fails its delete with a foreign-key error and is deactivated instead.
    let removedOpd = 0;
    const demoOpd = await tx.select({ id: opd.id }).from(opd).where(eq(opd.isDemo, true));
    for (const { id } of demoOpd) {
      try {
        await tx.transaction((sp) => sp.delete(opd).where(eq(opd.id, id)));
        removedOpd++;
      } catch (error) {
        if (!isForeignKeyViolation(error)) throw error;
        await tx
          .update(opd)
          .set({ active: false, updatedAt: sql`now()` })
          .where(eq(opd.id, id));
      }
    }
    await saveDemoSetting(tx, { enabled: false });
    await recordAudit(tx, SYSTEM, {
      action: 'remove_demo',
      entity: 'demo',
      regionCode: DEMO_REGION,
      before: { opd: removedOpd, users: ids.length },
    });
    return { opd: removedOpd, users: ids.length };
  });
}

/** On start: seed unless switched off by the environment or earlier by `seed-demo --off`. */
export async function seedDemoOnStart(db: Db, wanted: boolean): Promise<boolean> {
  if (!wanted) return false;
  const setting = await demoSetting(db);
  if (setting && !setting.enabled) return false;
  if (!setting) await seedDemo(db);
  return true;
}
