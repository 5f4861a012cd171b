import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CertificateDto,
  ParticipantDto,
  SettingsDto,
  TrainingDto,
  saveScoresBody,
  settingsBody,
} from '../../../../api/training.ts';
import { apiRequest } from '../../app/api.ts';

/** Shapes of the training API (api/training.ts, docs/api-training.md). */
export type Training = TrainingDto;
export type Participant = ParticipantDto;
export type Certificate = CertificateDto;
export type Settings = SettingsDto;
export type SettingsInput = z.input<typeof settingsBody>;
export type ScoresInput = z.input<typeof saveScoresBody>;

const enc = encodeURIComponent;
export const trainingKey = (meetingId: string) => ['training', meetingId] as const;

export function useTraining(meetingId: string) {
  return useQuery({
    queryKey: trainingKey(meetingId),
    queryFn: ({ signal }) => apiRequest<Training>(`/meetings/${enc(meetingId)}/training`, { signal }),
  });
}

function useRefresh(meetingId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trainingKey(meetingId) });
}

export function useSaveScores(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ScoresInput) =>
      apiRequest<Training>(`/meetings/${enc(meetingId)}/training/scores`, { method: 'PUT', body }),
    onSuccess: (training) => queryClient.setQueryData(trainingKey(meetingId), training),
  });
}

export function useSaveSettings(meetingId: string) {
  const refresh = useRefresh(meetingId);
  return useMutation({
    mutationFn: (body: SettingsInput) =>
      apiRequest<Settings>(`/meetings/${enc(meetingId)}/training/settings`, { method: 'PUT', body }),
    onSuccess: () => refresh(),
  });
}

export function useIssueCertificates(meetingId: string) {
  const refresh = useRefresh(meetingId);
  return useMutation({
    mutationFn: (participantIds?: string[]) =>
      apiRequest<{ issued: Certificate[] }>(`/meetings/${enc(meetingId)}/certificates`, {
        method: 'POST',
        body: participantIds ? { participantIds } : {},
      }),
    onSuccess: () => refresh(),
  });
}

export function useRevokeCertificate(meetingId: string) {
  const refresh = useRefresh(meetingId);
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      apiRequest<Certificate>(`/meetings/${enc(meetingId)}/certificates/${enc(id)}/revoke`, {
        method: 'POST',
        body: { reason },
      }),
    onSuccess: () => refresh(),
  });
}

export const scoresCsvUrl = (meetingId: string) => `/api/meetings/${enc(meetingId)}/training/scores.csv`;
export const scoresImportUrl = (meetingId: string) =>
  `/api/meetings/${enc(meetingId)}/training/scores/import`;
export const certificatePdfUrl = (meetingId: string, certificateId: string) =>
  `/api/meetings/${enc(meetingId)}/certificates/${enc(certificateId)}/pdf`;
export const bulkUrl = (meetingId: string, format: 'pdf' | 'zip') =>
  `/api/meetings/${enc(meetingId)}/certificates.${format}`;
export const verifyPageUrl = (code: string) => `${window.location.origin}/sertifikat/${enc(code)}`;
