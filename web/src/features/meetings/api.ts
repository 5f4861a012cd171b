import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  InviteeDto,
  LetterDto,
  MeetingDetailDto,
  MeetingListDto,
  MinutesDto,
  TemplateDto,
  addInviteesBody,
  letterBody,
  meetingBody,
  minutesBody,
} from '../../../../api/meetings.ts';
import { apiRequest, regionPath } from '../../app/api.ts';

/** Shapes of the meetings API (api/meetings.ts, docs/api-meetings.md). */
export type MeetingDetail = MeetingDetailDto;
export type MeetingListItem = MeetingListDto['items'][number];
export type MeetingInput = z.input<typeof meetingBody>;
export type Invitee = InviteeDto;
export type Letter = LetterDto;
export type Minutes = MinutesDto;
export type Template = TemplateDto;

const enc = encodeURIComponent;
export const meetingKey = (id: string) => ['meeting', id] as const;

export function useMeetings(
  regionCode: string,
  filters: { year: number | null; kind: string | null; status: string | null },
) {
  return useQuery({
    queryKey: ['meetings', regionCode, filters],
    queryFn: ({ signal }) =>
      apiRequest<MeetingListDto>(`${regionPath(regionCode)}/meetings`, { query: filters, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useMeeting(id: string) {
  return useQuery({
    queryKey: meetingKey(id),
    queryFn: ({ signal }) => apiRequest<MeetingDetail>(`/meetings/${enc(id)}`, { signal }),
    retry: (count, err) => count < 2 && !(err as { status?: number }).status,
  });
}

export function useCreateMeeting(regionCode: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: MeetingInput) =>
      apiRequest<MeetingDetail>(`${regionPath(regionCode)}/meetings`, { method: 'POST', body }),
    onSuccess: (m) => {
      qc.setQueryData(meetingKey(m.id), m);
      void qc.invalidateQueries({ queryKey: ['meetings', regionCode] });
    },
  });
}

export function useUpdateMeeting(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: MeetingInput & { version: number }) =>
      apiRequest<MeetingDetail>(`/meetings/${enc(id)}`, { method: 'PUT', body }),
    onSuccess: (m) => {
      qc.setQueryData(meetingKey(m.id), m);
      void qc.invalidateQueries({ queryKey: ['meetings'] });
    },
  });
}

export function useCancelMeeting(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      apiRequest<MeetingDetail>(`/meetings/${enc(id)}/cancel`, { method: 'POST', body: { version } }),
    onSuccess: (m) => {
      qc.setQueryData(meetingKey(m.id), m);
      void qc.invalidateQueries({ queryKey: ['meetings'] });
    },
  });
}

export function useInvitees(id: string) {
  return useQuery({
    queryKey: ['meeting-invitees', id],
    queryFn: ({ signal }) => apiRequest<{ items: Invitee[] }>(`/meetings/${enc(id)}/invitees`, { signal }),
  });
}

export function useAddInvitees(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof addInviteesBody>) =>
      apiRequest<{ items: Invitee[] }>(`/meetings/${enc(id)}/invitees`, { method: 'POST', body }),
    onSuccess: (list) => qc.setQueryData(['meeting-invitees', id], list),
  });
}

export function useRemoveInvitee(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) =>
      apiRequest<{ items: Invitee[] }>(`/meetings/${enc(id)}/invitees/${enc(personId)}`, {
        method: 'DELETE',
      }),
    onSuccess: (list) => qc.setQueryData(['meeting-invitees', id], list),
  });
}

export function useLetter(id: string) {
  return useQuery({
    queryKey: ['meeting-letter', id],
    queryFn: ({ signal }) => apiRequest<{ letter: Letter | null }>(`/meetings/${enc(id)}/letter`, { signal }),
  });
}

export function useSaveLetter(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof letterBody>) =>
      apiRequest<{ letter: Letter | null }>(`/meetings/${enc(id)}/letter`, { method: 'PUT', body }),
    onSuccess: (answer) => qc.setQueryData(['meeting-letter', id], answer),
  });
}

export function useSendLetter(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest<{ emailed: number; notified: number; withoutEmail: number }>(
        `/meetings/${enc(id)}/letter/send`,
        { method: 'POST', body: {} },
      ),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['meeting-letter', id] });
      void qc.invalidateQueries({ queryKey: ['meeting-invitees', id] });
    },
  });
}

export function useMinutes(id: string) {
  return useQuery({
    queryKey: ['meeting-minutes', id],
    queryFn: ({ signal }) => apiRequest<Minutes>(`/meetings/${enc(id)}/minutes`, { signal }),
  });
}

export function useSaveMinutes(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof minutesBody>) =>
      apiRequest<Minutes>(`/meetings/${enc(id)}/minutes`, { method: 'PUT', body }),
    onSuccess: (m) => qc.setQueryData(['meeting-minutes', id], m),
  });
}

export function useTemplates(regionCode: string, enabled = true) {
  return useQuery({
    queryKey: ['meeting-templates', regionCode],
    queryFn: ({ signal }) =>
      apiRequest<{ items: Template[] }>(`${regionPath(regionCode)}/meeting-templates`, { signal }),
    enabled,
  });
}

export function useSaveTemplate(regionCode: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { meetingId: string; name: string }) =>
      apiRequest<Template>(`${regionPath(regionCode)}/meeting-templates`, { method: 'POST', body }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['meeting-templates', regionCode] }),
  });
}

export const materialUrl = (meetingId: string, materialId: string) =>
  `/api/meetings/${enc(meetingId)}/materials/${enc(materialId)}`;
export const letterPdfUrl = (meetingId: string) => `/api/meetings/${enc(meetingId)}/letter.pdf`;
export const icsUrl = (regionCode: string, year: number) =>
  `/api${regionPath(regionCode)}/meetings.ics?year=${year}`;
