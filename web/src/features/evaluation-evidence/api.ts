import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  EvidenceCandidateDto,
  EvidenceDocumentDto,
  EvidenceListDto,
  UpdateDocumentBody,
} from '../../../../api/evaluation-evidence.ts';
import { apiRequest, regionPath } from '../../app/api.ts';

/** Shapes of the evidence repository API (api/evaluation-evidence.ts, docs/api-evaluation-evidence.md). */
export type EvidenceList = EvidenceListDto;
export type EvidenceDocument = EvidenceDocumentDto;
export type EvidenceCandidate = EvidenceCandidateDto;

const listKey = (regionCode: string) => ['evaluation-evidence', regionCode] as const;

export function useEvidence(regionCode: string, year: number) {
  return useQuery({
    queryKey: [...listKey(regionCode), year],
    queryFn: ({ signal }) =>
      apiRequest<EvidenceList>(`${regionPath(regionCode)}/evaluation-evidence`, { query: { year }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The upload form's values as the server reads them (multipart text fields and the file). */
export interface UploadInput {
  kind: string;
  year: number;
  title: string;
  note: string;
  validFrom: string | null;
  validUntil: string | null;
  opdId: string | null;
  file: File;
}

export function useEvidenceWrites(regionCode: string) {
  const qc = useQueryClient();
  const refresh = () => void qc.invalidateQueries({ queryKey: listKey(regionCode) });
  const upload = useMutation({
    mutationFn: (input: UploadInput) => {
      const form = new FormData();
      // Text fields before the file: the server reads them first (server/lib/attachments).
      for (const key of ['kind', 'year', 'title', 'note', 'validFrom', 'validUntil', 'opdId'] as const) {
        const value = input[key];
        if (value !== null && value !== '') form.append(key, String(value));
      }
      form.append('file', input.file, input.file.name);
      return apiRequest<EvidenceDocument>(`${regionPath(regionCode)}/evaluation-evidence`, {
        method: 'POST',
        body: form,
      });
    },
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateDocumentBody }) =>
      apiRequest<EvidenceDocument>(`/evaluation-evidence/${encodeURIComponent(id)}`, { method: 'PUT', body }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) =>
      apiRequest<{ ok: true }>(`/evaluation-evidence/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
  return { upload, update, remove };
}
