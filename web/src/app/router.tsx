import { Route, Routes } from 'react-router';
import { canImport, seesDataReview } from '../../../domain/access.ts';
import { AppLayout } from './AppLayout.tsx';
import { RequireAccess, RequireAuth, RequireCapability } from './guards.tsx';
import { PerRegion } from '../components/PerRegion.tsx';
import { LoginPage } from '../features/auth/LoginPage.tsx';
import { GuidePage } from '../features/guide/GuidePage.tsx';
import { GuideShell } from '../features/guide/GuideShell.tsx';
import { HomePage } from '../features/home/HomePage.tsx';
import { OpdPage } from '../features/opd/OpdPage.tsx';
import { UsersPage } from '../features/users/UsersPage.tsx';
import { AuditPage } from '../features/audit/AuditPage.tsx';
import { AccountPage } from '../features/account/AccountPage.tsx';
import { NotificationsPage } from '../features/notifications/NotificationsPage.tsx';
import { DeadlinesPage } from '../features/deadlines/DeadlinesPage.tsx';
import { NotFoundPage } from '../features/errors/NotFoundPage.tsx';
import { CatalogPage } from '../features/indicators/CatalogPage.tsx';
import { EntryPage } from '../features/values/EntryPage.tsx';
import { ReviewPage } from '../features/values/ReviewPage.tsx';
import { ImportPage } from '../features/imports/ImportPage.tsx';
import { ExploreRoute, GapsRoute, ProfilRoute } from '../features/explore/routes.tsx';
import {
  ArgRecapRoute,
  LetterheadRoute,
  RpjmdRoute,
  SubActivitiesRoute,
} from '../features/planning/routes.tsx';
import { GapEditorRoute, GapReviewRoute } from '../features/gap/routes.tsx';
import {
  MonevDashboardRoute,
  MonevListRoute,
  MonevReportRoute,
  MonevResultsRoute,
  MonevSettingsRoute,
} from '../features/monev/routes.tsx';
import { EventRoute, MeetingsRoute } from '../features/meetings/routes.tsx';
import { AnnualReportRoute } from '../features/annual-report/routes.tsx';
import {
  FocalPointRoute,
  KelembagaanFiguresRoute,
  PartnersRoute,
  PokjaRoute,
  TeamsRoute,
} from '../features/kelembagaan/routes.tsx';
import { FollowUpBoardRoute } from '../features/follow-ups/routes.tsx';
import {
  DossierRoute,
  InstitutionStandardsRoute,
  StandardisationBoardRoute,
} from '../features/institution-standards/routes.tsx';
import { ActionPlansRoute, PokjaPlanRoute, PokjaPlansRoute } from '../features/pokja-plans/routes.tsx';
import { AcceptInviteRoute, InstitutionRoute, InstitutionsRoute } from '../features/institutions/routes.tsx';
import { InstitutionServicesRoute } from '../features/institution-services/routes.tsx';
import { AgreementRoute, AgreementsRoute } from '../features/agreements/routes.tsx';
import { EvidenceRoute } from '../features/evaluation-evidence/routes.tsx';
import { MapRoute } from '../features/maps/routes.tsx';
import { IndicesRoute } from '../features/indices/routes.tsx';
import {
  EvaluationCyclesRoute,
  EvaluationInstrumentsRoute,
} from '../features/evaluation-instruments/routes.tsx';
import { VerificationRoute, WorksheetRoute, WorksheetsRoute } from '../features/evaluation/routes.tsx';
import { ApiKeysRoute } from '../features/api-keys/routes.tsx';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      {/* Public: an invited institution account sets its password from the e-mailed link. */}
      <Route path="/undangan/:token" element={<AcceptInviteRoute />} />
      {/* Public: the sign-in page links to it; signed in, it opens in the app layout. */}
      <Route path="/panduan" element={<GuideShell />}>
        <Route index element={<GuidePage />} />
        <Route path=":section" element={<GuidePage />} />
      </Route>
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route
          index
          element={
            <PerRegion>
              <HomePage />
            </PerRegion>
          }
        />
        <Route
          path="opd"
          element={
            <PerRegion>
              <OpdPage />
            </PerRegion>
          }
        />
        <Route
          path="users"
          element={
            <RequireCapability capability="manageUsers">
              <PerRegion>
                <UsersPage />
              </PerRegion>
            </RequireCapability>
          }
        />
        <Route
          path="audit"
          element={
            <RequireCapability capability="readAudit">
              <PerRegion>
                <AuditPage />
              </PerRegion>
            </RequireCapability>
          }
        />
        <Route
          path="indikator"
          element={
            <PerRegion>
              <CatalogPage />
            </PerRegion>
          }
        />
        <Route
          path="data/isian"
          element={
            <PerRegion>
              <EntryPage />
            </PerRegion>
          }
        />
        <Route
          path="data/verifikasi"
          element={
            <RequireAccess rule={seesDataReview}>
              <PerRegion>
                <ReviewPage />
              </PerRegion>
            </RequireAccess>
          }
        />
        <Route
          path="data/impor"
          element={
            <RequireAccess rule={canImport}>
              <PerRegion>
                <ImportPage />
              </PerRegion>
            </RequireAccess>
          }
        />
        <Route
          path="data/jelajah"
          element={
            <PerRegion>
              <ExploreRoute />
            </PerRegion>
          }
        />
        <Route
          path="data/kesenjangan"
          element={
            <PerRegion>
              <GapsRoute />
            </PerRegion>
          }
        />
        <Route
          path="data/profil"
          element={
            <PerRegion>
              <ProfilRoute />
            </PerRegion>
          }
        />
        <Route path="perencanaan/sub-kegiatan" element={<SubActivitiesRoute />} />
        <Route path="perencanaan/rekap-arg" element={<ArgRecapRoute />} />
        <Route path="perencanaan/rpjmd" element={<RpjmdRoute />} />
        <Route path="perencanaan/gap/:id" element={<GapEditorRoute />} />
        <Route path="perencanaan/review" element={<GapReviewRoute />} />
        <Route path="monev" element={<MonevListRoute />} />
        <Route path="monev/dasbor" element={<MonevDashboardRoute />} />
        <Route path="monev/hasil" element={<MonevResultsRoute />} />
        <Route path="monev/laporan-pug" element={<AnnualReportRoute />} />
        <Route path="kelembagaan" element={<PokjaRoute />} />
        <Route path="kelembagaan/focal-point" element={<FocalPointRoute />} />
        <Route path="kelembagaan/tim" element={<TeamsRoute />} />
        <Route path="kelembagaan/mitra" element={<PartnersRoute />} />
        <Route path="kelembagaan/angka" element={<KelembagaanFiguresRoute />} />
        <Route path="kelembagaan/tindak-lanjut" element={<FollowUpBoardRoute />} />
        <Route path="kelembagaan/rencana-pokja" element={<PokjaPlansRoute />} />
        <Route path="kelembagaan/rencana-pokja/:id" element={<PokjaPlanRoute />} />
        <Route path="kelembagaan/rencana-aksi" element={<ActionPlansRoute />} />
        <Route path="kelembagaan/rencana-aksi/:id" element={<PokjaPlanRoute />} />
        <Route path="lembaga-layanan" element={<InstitutionsRoute />} />
        <Route path="lembaga-layanan/:id" element={<InstitutionRoute />} />
        <Route path="monev/:id/:period" element={<MonevReportRoute />} />
        <Route path="kelembagaan/kegiatan" element={<MeetingsRoute />} />
        <Route path="kelembagaan/kegiatan/:id" element={<EventRoute />} />
        <Route path="lembaga-layanan/layanan" element={<InstitutionServicesRoute />} />
        <Route path="lembaga-layanan/kerja-sama" element={<AgreementsRoute />} />
        <Route path="evaluasi/bukti-dukung" element={<EvidenceRoute />} />
        <Route path="evaluasi/instrumen" element={<EvaluationInstrumentsRoute />} />
        <Route path="evaluasi/siklus" element={<EvaluationCyclesRoute />} />
        <Route path="evaluasi/lembar-kerja" element={<WorksheetsRoute />} />
        <Route path="evaluasi/lembar-kerja/:id" element={<WorksheetRoute />} />
        <Route path="evaluasi/verifikasi" element={<VerificationRoute />} />
        <Route path="indeks" element={<IndicesRoute />} />
        <Route path="peta" element={<MapRoute />} />
        <Route path="publikasi/kunci-api" element={<ApiKeysRoute />} />
        <Route path="lembaga-layanan/kerja-sama/:id" element={<AgreementRoute />} />
        <Route path="lembaga-layanan/standar" element={<InstitutionStandardsRoute />} />
        <Route path="lembaga-layanan/standardisasi" element={<StandardisationBoardRoute />} />
        <Route path="lembaga-layanan/standardisasi/:id" element={<DossierRoute />} />
        <Route path="pengaturan/kop-surat" element={<LetterheadRoute />} />
        <Route path="pengaturan/tenggat" element={<DeadlinesPage />} />
        <Route path="pengaturan/monev" element={<MonevSettingsRoute />} />
        <Route path="notifikasi" element={<NotificationsPage />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
