/**
 * The side menu's entries (SideMenu.tsx draws them), grouped in the order of the PUG cycle:
 * Beranda, Data terpilah (define, enter, verify, import, explore, publish), Perencanaan (PPRG),
 * Pelaksanaan & Monev, Kelembagaan, Lembaga Layanan, Evaluasi, Indeks & Peta, Publikasi, then
 * the settings. Each entry is shown by the same access rule its page and the server use.
 */
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import {
  ApartmentOutlined,
  BankOutlined,
  AuditOutlined,
  BookOutlined,
  CalendarOutlined,
  ControlOutlined,
  DashboardOutlined,
  CheckSquareOutlined,
  ClusterOutlined,
  FileDoneOutlined,
  FolderOpenOutlined,
  FileTextOutlined,
  FileWordOutlined,
  FlagOutlined,
  FormOutlined,
  FundOutlined,
  FundProjectionScreenOutlined,
  GlobalOutlined,
  HomeOutlined,
  IdcardOutlined,
  KeyOutlined,
  ImportOutlined,
  LineChartOutlined,
  PieChartOutlined,
  ProjectOutlined,
  PercentageOutlined,
  SolutionOutlined,
  TeamOutlined,
  TrophyOutlined,
  UsergroupAddOutlined,
  UserOutlined,
} from '@ant-design/icons';
import {
  canImport,
  canReadAudit,
  canManageUsers,
  seesDataReview,
  seesReviewQueue,
} from '../../../domain/access.ts';
import { canManageDeadlines } from '../../../domain/deadlines.ts';
import { canManageApiKeys } from '../../../domain/api-keys.ts';
import { regionPagePath } from '../../../domain/portal.ts';
import { canReadAnnualReport } from '../../../domain/annual-report/access.ts';
import { planningAccessOf } from '../features/planning/access.ts';
import {
  seesMonev,
  seesMonevDashboard,
  seesMonevResults,
  seesMonevSettings,
} from '../features/monev/access.ts';
import { seesKelembagaan } from '../features/kelembagaan/access.ts';
import { seesMeetings } from '../features/meetings/access.ts';
import { canReadInstitutions } from '../../../domain/institutions/access.ts';
import { canReadRegionDossiers } from '../../../domain/institution-standards/access.ts';
import { canReadServices } from '../../../domain/institution-services/access.ts';
import { canListAgreements } from '../../../domain/agreements/access.ts';
import { canReadEvidence } from '../../../domain/evaluation/evidence-access.ts';
import { canManageEvaluationInstruments } from '../../../domain/evaluation/instrument-access.ts';
import { canReadVerificationQueue, canReadWorksheet } from '../../../domain/evaluation/access.ts';
import { canReadIndexValues } from '../../../domain/indices/access.ts';
import { seesMaps } from '../../../domain/maps/access.ts';
import type { AccessActor } from '../../../domain/access.ts';
import type { Me, Region } from './types.ts';

export interface MenuEntry {
  key: string;
  icon: ReactNode;
  label: string;
  show: boolean;
  /** An address outside the app (the public portal): opened in a new tab, not routed. */
  href?: string;
}

export interface MenuGroup {
  key: string;
  /** The group's heading; null for entries at the top level (Beranda). */
  label: string | null;
  entries: MenuEntry[];
}

export interface MenuContext {
  t: TFunction;
  me: Me;
  actor: AccessActor;
  region: Region;
  /** An institution account reads no region (domain/access.ts): only its own institution. */
  institutionAccount: boolean;
}

export function menuGroups({ t, me, actor, region, institutionAccount }: MenuContext): MenuGroup[] {
  const home: MenuEntry[] = [{ key: '/', icon: <HomeOutlined />, label: t('home.nav.home'), show: true }];
  const data: MenuEntry[] = [
    { key: '/indikator', icon: <BookOutlined />, label: t('nav.indicators'), show: true },
    { key: '/data/isian', icon: <FormOutlined />, label: t('nav.entry'), show: true },
    {
      key: '/data/verifikasi',
      icon: <CheckSquareOutlined />,
      label: t('nav.review'),
      show: seesDataReview(actor, region.code),
    },
    {
      key: '/data/impor',
      icon: <ImportOutlined />,
      label: t('nav.imports'),
      show: canImport(actor, region.code),
    },
    { key: '/data/jelajah', icon: <LineChartOutlined />, label: t('explore.nav'), show: true },
    { key: '/data/kesenjangan', icon: <FundOutlined />, label: t('gaps.nav'), show: true },
    { key: '/data/profil', icon: <FileTextOutlined />, label: t('profil.nav'), show: true },
  ];
  const planning: MenuEntry[] = [
    {
      key: '/perencanaan/sub-kegiatan',
      icon: <ProjectOutlined />,
      label: t('planning.nav.subActivities'),
      show: true,
    },
    {
      key: '/perencanaan/review',
      icon: <FileDoneOutlined />,
      label: t('gap.nav.queue'),
      show: seesReviewQueue(actor, region.code),
    },
    { key: '/perencanaan/rekap-arg', icon: <PieChartOutlined />, label: t('planning.nav.recap'), show: true },
    { key: '/perencanaan/rpjmd', icon: <FlagOutlined />, label: t('planning.nav.rpjmd'), show: true },
  ];
  const monev: MenuEntry[] = [
    {
      key: '/monev',
      icon: <FundProjectionScreenOutlined />,
      label: t('monev.nav.quarterly'),
      show: seesMonev(actor, region.code),
    },
    {
      key: '/monev/dasbor',
      icon: <DashboardOutlined />,
      label: t('monevDashboard.nav'),
      show: region.level !== 'nasional' && seesMonevDashboard(actor, region.code),
    },
    {
      key: '/monev/hasil',
      icon: <TrophyOutlined />,
      label: t('monevResults.nav'),
      show: region.level !== 'nasional' && seesMonevResults(actor, region.code),
    },
    {
      key: '/monev/laporan-pug',
      icon: <FileWordOutlined />,
      label: t('annualReport.nav'),
      show: region.level !== 'nasional' && canReadAnnualReport(actor, region.code),
    },
  ];
  // Kelembagaan PUG (issue 11): the region's PUG institutions, their plans and events. Other
  // features add their entries to this array.
  const kelembagaanReader = region.level !== 'nasional' && seesKelembagaan(actor, region.code);
  const kelembagaan: MenuEntry[] = [
    {
      key: '/kelembagaan',
      icon: <BankOutlined />,
      label: t('kelembagaan.nav.pokja'),
      show: kelembagaanReader,
    },
    {
      key: '/kelembagaan/focal-point',
      icon: <SolutionOutlined />,
      label: t('kelembagaan.nav.focalPoint'),
      show: kelembagaanReader,
    },
    {
      key: '/kelembagaan/tim',
      icon: <ClusterOutlined />,
      label: t('kelembagaan.nav.teams'),
      show: kelembagaanReader,
    },
    {
      key: '/kelembagaan/mitra',
      icon: <UsergroupAddOutlined />,
      label: t('kelembagaan.nav.partners'),
      show: kelembagaanReader,
    },
    {
      key: '/kelembagaan/angka',
      icon: <PercentageOutlined />,
      label: t('kelembagaan.nav.figures'),
      show: kelembagaanReader,
    },
    {
      key: '/kelembagaan/rencana-pokja',
      icon: <ProjectOutlined />,
      label: t('pokjaPlans.nav.matriks'),
      show: kelembagaanReader,
    },
    {
      key: '/kelembagaan/rencana-aksi',
      icon: <FlagOutlined />,
      label: t('pokjaPlans.nav.aksi'),
      show: kelembagaanReader,
    },
    {
      key: '/kelembagaan/tindak-lanjut',
      icon: <CheckSquareOutlined />,
      label: t('followUps.nav'),
      show: kelembagaanReader,
    },
    {
      key: '/kelembagaan/kegiatan',
      icon: <CalendarOutlined />,
      label: t('meetings.nav'),
      show: region.level !== 'nasional' && seesMeetings(actor, region.code),
    },
  ];
  // Lembaga Layanan (issue 12): the registry of service institutions; the standards, services
  // and agreements features add their entries to this array. An institution account sees its
  // own institution's page only.
  const institutions: MenuEntry[] = [
    {
      key: '/lembaga-layanan',
      icon: <BankOutlined />,
      label: t('institutions.nav.registry'),
      show: region.level !== 'nasional' && canReadInstitutions(actor, region.code),
    },
    {
      key: '/lembaga-layanan/standardisasi',
      icon: <FileDoneOutlined />,
      label: t('institutionStandards.nav.board'),
      show:
        (region.level !== 'nasional' && canReadRegionDossiers(actor, region.code)) ||
        (institutionAccount && !!me.institutionId),
    },
    {
      key: '/lembaga-layanan/standar',
      icon: <BookOutlined />,
      label: t('institutionStandards.nav.standards'),
      show: true,
    },
    {
      key: '/lembaga-layanan/layanan',
      icon: <FundOutlined />,
      label: t('institutionServices.nav'),
      show: region.level !== 'nasional' && canReadServices(actor, region.code),
    },
    {
      key: '/lembaga-layanan/kerja-sama',
      icon: <SolutionOutlined />,
      label: t('agreements.nav'),
      show: region.level !== 'nasional' && canListAgreements(actor, region.code),
    },
    {
      key: `/lembaga-layanan/${me.institutionId ?? ''}`,
      icon: <BankOutlined />,
      label: t('institutions.nav.mine'),
      show: institutionAccount && !!me.institutionId,
    },
  ];
  // Evaluasi PUG (issue 13): the yearly evaluation's pages; the instruments, worksheet and
  // evidence features add their entries to this array.
  const evaluation: MenuEntry[] = [
    {
      key: '/evaluasi/bukti-dukung',
      icon: <FolderOpenOutlined />,
      label: t('evaluationEvidence.nav'),
      show: region.level !== 'nasional' && canReadEvidence(actor, region.code),
    },
    {
      key: '/evaluasi/instrumen',
      icon: <BookOutlined />,
      label: t('evaluationInstruments.nav.instruments'),
      show: canManageEvaluationInstruments(actor),
    },
    {
      key: '/evaluasi/siklus',
      icon: <CalendarOutlined />,
      label: t('evaluationInstruments.nav.cycles'),
      show: canManageEvaluationInstruments(actor),
    },
    {
      key: '/evaluasi/lembar-kerja',
      icon: <FormOutlined />,
      label: t('evaluation.nav'),
      show: region.level !== 'nasional' && canReadWorksheet(actor, region.code),
    },
    {
      key: '/evaluasi/verifikasi',
      icon: <AuditOutlined />,
      label: t('evaluation.navVerify'),
      show: canReadVerificationQueue(actor),
    },
  ];
  // Indeks & Peta (issue 14): the region's gender indices and the choropleth maps.
  const indicesAndMaps: MenuEntry[] = [
    {
      key: '/indeks',
      icon: <PercentageOutlined />,
      label: t('indices.nav'),
      show: canReadIndexValues(actor, region.code),
    },
    { key: '/peta', icon: <GlobalOutlined />, label: t('maps.nav'), show: seesMaps(actor) },
  ];
  // Publikasi: what the public sees of the data — the open-data portal's page of the region in
  // view (the national portal at the national level) and, for the superadmin, the API keys.
  const publication: MenuEntry[] = [
    {
      key: 'portal',
      icon: <GlobalOutlined />,
      label: t('publication.portal'),
      href: region.level === 'nasional' ? '/p' : regionPagePath(region),
      show: !institutionAccount,
    },
    {
      key: '/publikasi/kunci-api',
      icon: <KeyOutlined />,
      label: t('apiKeys.nav'),
      show: canManageApiKeys(actor),
    },
  ];
  const settings: MenuEntry[] = [
    { key: '/opd', icon: <ApartmentOutlined />, label: t('nav.opd'), show: true },
    {
      key: '/users',
      icon: <TeamOutlined />,
      label: t('nav.users'),
      show: canManageUsers(actor, region.code),
    },
    { key: '/audit', icon: <AuditOutlined />, label: t('nav.audit'), show: canReadAudit(actor, region.code) },
    {
      key: '/pengaturan/kop-surat',
      icon: <IdcardOutlined />,
      label: t('planning.nav.letterhead'),
      show: planningAccessOf(me, region.code).seeLetterheadPage,
    },
    {
      key: '/pengaturan/tenggat',
      icon: <CalendarOutlined />,
      label: t('deadlines.nav'),
      show: canManageDeadlines(actor, region.code),
    },
    {
      key: '/pengaturan/monev',
      icon: <ControlOutlined />,
      label: t('monevSettings.nav'),
      show: region.level === 'kabkota' && seesMonevSettings(actor, region.code),
    },
    { key: '/account', icon: <UserOutlined />, label: t('nav.account'), show: true },
  ];

  if (institutionAccount) {
    for (const e of [...data, ...planning, ...monev, ...kelembagaan, ...settings])
      e.show = e.key === '/account';
  }
  return [
    { key: 'home', label: null, entries: home },
    { key: 'data', label: t('home.nav.dataGroup'), entries: data },
    { key: 'pprg', label: t('planning.nav.group'), entries: planning },
    { key: 'monev', label: t('monev.nav.group'), entries: monev },
    { key: 'kelembagaan', label: t('kelembagaan.nav.group'), entries: kelembagaan },
    { key: 'institutions', label: t('institutions.nav.group'), entries: institutions },
    { key: 'evaluation', label: t('evaluationEvidence.navGroup'), entries: evaluation },
    { key: 'indices-maps', label: t('maps.navGroup'), entries: indicesAndMaps },
    { key: 'publication', label: t('publication.navGroup'), entries: publication },
    { key: 'settings', label: t('home.nav.settingsGroup'), entries: settings },
  ];
}
