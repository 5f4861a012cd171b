import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  decreeBody,
  DecreeDto,
  focalPointBody,
  focalPointList,
  KelembagaanFigures,
  officialsBody,
  officialsSchema,
  partnerBody,
  partnerList,
  peopleList,
  pokjaOverview,
  staffTrainingBody,
  staffTrainingSchema,
  teamBody,
  teamList,
  updateFocalPointBody,
} from '../../../../api/kelembagaan.ts';
import { apiRequest, regionPath } from '../../app/api.ts';

/** Shapes of the kelembagaan API (api/kelembagaan.ts, docs/api-kelembagaan.md). */
export type PokjaOverview = z.infer<typeof pokjaOverview>;
export type Decree = DecreeDto;
export type DecreeInput = z.input<typeof decreeBody>;
export type FocalPointList = z.infer<typeof focalPointList>;
export type FocalPointInput = z.input<typeof focalPointBody>;
export type FocalPointPatch = z.input<typeof updateFocalPointBody>;
export type TeamList = z.infer<typeof teamList>;
export type TeamInput = z.input<typeof teamBody>;
export type PartnerList = z.infer<typeof partnerList>;
export type PartnerInput = z.input<typeof partnerBody>;
export type Officials = z.infer<typeof officialsSchema>;
export type OfficialRow = Officials['rows'][number];
export type OfficialsInput = z.input<typeof officialsBody>;
export type StaffTraining = z.infer<typeof staffTrainingSchema>;
export type StaffTrainingInput = z.input<typeof staffTrainingBody>;
export type Figures = KelembagaanFigures;
export type PersonOption = z.infer<typeof peopleList>['items'][number];

const base = (code: string) => `${regionPath(code)}/kelembagaan`;
const key = (code: string) => ['kelembagaan', code] as const;

export const decreeFileUrl = (code: string, id: string) =>
  `/api${base(code)}/pokja/decrees/${encodeURIComponent(id)}/file`;
export const focalPointFileUrl = (code: string, id: string) =>
  `/api${base(code)}/focal-points/${encodeURIComponent(id)}/file`;
export const officialsImportUrl = (code: string) => `/api${base(code)}/officials/import`;
export const staffTrainingImportUrl = (code: string) => `/api${base(code)}/staff-training/import`;

export function usePokja(code: string) {
  return useQuery({
    queryKey: [...key(code), 'pokja'],
    queryFn: ({ signal }) => apiRequest<PokjaOverview>(`${base(code)}/pokja`, { signal }),
  });
}

export function useDecree(code: string, id: string | null) {
  return useQuery({
    queryKey: [...key(code), 'decree', id],
    queryFn: ({ signal }) =>
      apiRequest<Decree>(`${base(code)}/pokja/decrees/${encodeURIComponent(id!)}`, { signal }),
    enabled: id !== null,
  });
}

export function useFocalPoints(code: string, includeEnded: boolean) {
  return useQuery({
    queryKey: [...key(code), 'focal-points', includeEnded],
    queryFn: ({ signal }) =>
      apiRequest<FocalPointList>(`${base(code)}/focal-points`, { query: { includeEnded }, signal }),
  });
}

export function useTeams(code: string) {
  return useQuery({
    queryKey: [...key(code), 'teams'],
    queryFn: ({ signal }) => apiRequest<TeamList>(`${base(code)}/teams`, { signal }),
  });
}

export function usePartners(code: string) {
  return useQuery({
    queryKey: [...key(code), 'partners'],
    queryFn: ({ signal }) => apiRequest<PartnerList>(`${base(code)}/partners`, { signal }),
  });
}

export function useFigures(code: string, year: number) {
  return useQuery({
    queryKey: [...key(code), 'figures', year],
    queryFn: ({ signal }) => apiRequest<Figures>(`${base(code)}/figures`, { query: { year }, signal }),
  });
}

export function useStaffTraining(code: string, year: number) {
  return useQuery({
    queryKey: [...key(code), 'staff-training', year],
    queryFn: ({ signal }) =>
      apiRequest<StaffTraining>(`${base(code)}/staff-training`, { query: { year }, signal }),
  });
}

export function useOfficials(code: string, year: number) {
  return useQuery({
    queryKey: [...key(code), 'officials', year],
    queryFn: ({ signal }) => apiRequest<Officials>(`${base(code)}/officials`, { query: { year }, signal }),
  });
}

export function usePeopleSearch(code: string, q: string) {
  return useQuery({
    queryKey: ['people', code, q],
    queryFn: ({ signal }) =>
      apiRequest<{ items: PersonOption[] }>(`${regionPath(code)}/people`, {
        query: { q, limit: 10 },
        signal,
      }),
    enabled: q.trim().length >= 2,
  });
}

/** Any write of the module: everything of the region's kelembagaan is read again afterwards. */
export function useKelembagaanWrite<T>(code: string, run: (input: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => client.invalidateQueries({ queryKey: key(code) }),
  });
}

export const writes = {
  createDecree: (code: string) => (body: DecreeInput) =>
    apiRequest<Decree>(`${base(code)}/pokja/decrees`, { method: 'POST', body }),
  updateDecree: (code: string) => (input: { id: string; body: DecreeInput }) =>
    apiRequest<Decree>(`${base(code)}/pokja/decrees/${encodeURIComponent(input.id)}`, {
      method: 'PUT',
      body: input.body,
    }),
  createFocalPoint: (code: string) => (body: FocalPointInput) =>
    apiRequest(`${base(code)}/focal-points`, { method: 'POST', body }),
  patchFocalPoint: (code: string) => (input: { id: string; body: FocalPointPatch }) =>
    apiRequest(`${base(code)}/focal-points/${encodeURIComponent(input.id)}`, {
      method: 'PATCH',
      body: input.body,
    }),
  deleteFocalPoint: (code: string) => (id: string) =>
    apiRequest(`${base(code)}/focal-points/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  saveTeam: (code: string) => (input: { id: string | null; body: TeamInput }) =>
    input.id
      ? apiRequest(`${base(code)}/teams/${encodeURIComponent(input.id)}`, { method: 'PUT', body: input.body })
      : apiRequest(`${base(code)}/teams`, { method: 'POST', body: input.body }),
  deleteTeam: (code: string) => (id: string) =>
    apiRequest(`${base(code)}/teams/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  savePartner: (code: string) => (input: { id: string | null; body: PartnerInput }) =>
    input.id
      ? apiRequest(`${base(code)}/partners/${encodeURIComponent(input.id)}`, {
          method: 'PUT',
          body: input.body,
        })
      : apiRequest(`${base(code)}/partners`, { method: 'POST', body: input.body }),
  deletePartner: (code: string) => (id: string) =>
    apiRequest(`${base(code)}/partners/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  putOfficials: (code: string) => (body: OfficialsInput) =>
    apiRequest<Officials>(`${base(code)}/officials`, { method: 'PUT', body }),
  putStaffTraining: (code: string) => (body: StaffTrainingInput) =>
    apiRequest<StaffTraining>(`${base(code)}/staff-training`, { method: 'PUT', body }),
};
