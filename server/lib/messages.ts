/**
 * Server-side messages in Bahasa Indonesia (default) and English. Errors carry a key; the
 * error handler picks the language from Accept-Language.
 */
import { annualReportEn, annualReportId } from './messages/annual-report.js';
import { attendanceEn, attendanceId } from './messages/attendance.js';
import { dataEn, dataId } from './messages/data.js';
import { documentsEn, documentsId } from './messages/documents.js';
import { foundationEn, foundationId } from './messages/foundation.js';
import { gapEn, gapId } from './messages/gap.js';
import { importsEn, importsId } from './messages/imports.js';
import { homeEn, homeId } from './messages/home.js';
import { notificationsEn, notificationsId } from './messages/notifications.js';
import { monevEn, monevId } from './messages/monev.js';
import { followUpsEn, followUpsId } from './messages/follow-ups.js';
import { meetingsEn, meetingsId } from './messages/meetings.js';
import { monevResultsEn, monevResultsId } from './messages/monev-results.js';
import { kelembagaanEn, kelembagaanId } from './messages/kelembagaan.js';
import { planningEn, planningId } from './messages/planning.js';
import { pokjaPlansEn, pokjaPlansId } from './messages/pokja-plans.js';
import { trainingEn, trainingId } from './messages/training.js';
import { institutionsEn, institutionsId } from './messages/institutions.js';
import { institutionServicesEn, institutionServicesId } from './messages/institution-services.js';
import { agreementsEn, agreementsId } from './messages/agreements.js';
import { institutionStandardsEn, institutionStandardsId } from './messages/institution-standards.js';
import { evaluationEn, evaluationId } from './messages/evaluation.js';
import { evaluationInstrumentsEn, evaluationInstrumentsId } from './messages/evaluation-instruments.js';
import { evaluationEvidenceEn, evaluationEvidenceId } from './messages/evaluation-evidence.js';
import { indicesEn, indicesId } from './messages/indices.js';
import { mapsEn, mapsId } from './messages/maps.js';
import { apiKeysEn, apiKeysId } from './messages/api-keys.js';
import { portalEn, portalId } from './messages/portal.js';

const id = {
  ...foundationId,
  ...dataId,
  ...importsId,
  ...planningId,
  ...gapId,
  ...documentsId,
  ...homeId,
  ...notificationsId,
  ...monevId,
  ...monevResultsId,
  ...kelembagaanId,
  ...annualReportId,
  ...attendanceId,
  ...followUpsId,
  ...meetingsId,
  ...pokjaPlansId,
  ...trainingId,
  ...institutionServicesId,
  ...agreementsId,
  ...institutionStandardsId,
  ...evaluationId,
  ...evaluationInstrumentsId,
  ...evaluationEvidenceId,
  ...institutionsId,
  ...indicesId,
  ...mapsId,
  ...apiKeysId,
  ...portalId,
};

export type MessageKey = keyof typeof id;

const en: Record<MessageKey, string> = {
  ...foundationEn,
  ...dataEn,
  ...importsEn,
  ...planningEn,
  ...gapEn,
  ...documentsEn,
  ...homeEn,
  ...notificationsEn,
  ...monevEn,
  ...monevResultsEn,
  ...kelembagaanEn,
  ...annualReportEn,
  ...attendanceEn,
  ...followUpsEn,
  ...meetingsEn,
  ...pokjaPlansEn,
  ...trainingEn,
  ...institutionServicesEn,
  ...agreementsEn,
  ...institutionStandardsEn,
  ...evaluationEn,
  ...evaluationInstrumentsEn,
  ...evaluationEvidenceEn,
  ...institutionsEn,
  ...indicesEn,
  ...mapsEn,
  ...apiKeysEn,
  ...portalEn,
};

/** Every key, for the tests that hold the two languages to the same placeholders. */
export const MESSAGE_KEYS = Object.keys(id) as MessageKey[];

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(id, value);
}

export type Language = 'id' | 'en';

export function languageOf(acceptLanguage: string | undefined): Language {
  // The first listed language wins; anything but English falls back to Indonesian.
  const first = (acceptLanguage || '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'id';
}

export function translate(
  key: MessageKey,
  lang: Language,
  params: Record<string, string | number> = {},
): string {
  const template = (lang === 'en' ? en : id)[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
