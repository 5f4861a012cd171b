import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  MonevResultsDto,
  OpdResultDto,
  ScoringConfigDto,
  ScoringDto,
  ScoringInput,
} from '../../../../../api/monev-results.ts';
import { apiRequest, buildQuery, regionPath } from '../../../app/api.ts';

/** Shapes of the yearly result and its scoring configuration (api/monev-results.ts). */
export type MonevResults = MonevResultsDto;
export type OpdResult = OpdResultDto;
export type Scoring = ScoringDto;
export type ScoringConfig = ScoringConfigDto;
export type ScoringSave = ScoringInput;

const base = (regionCode: string) => `${regionPath(regionCode)}/monev`;

export function useMonevResults(regionCode: string, year: number, enabled = true) {
  return useQuery({
    queryKey: ['monev-results', regionCode, year],
    queryFn: ({ signal }) =>
      apiRequest<MonevResults>(`${base(regionCode)}/results`, { query: { year }, signal }),
    enabled,
  });
}

export function useScoring(regionCode: string, year: number, enabled = true) {
  return useQuery({
    queryKey: ['monev-scoring', regionCode, year],
    queryFn: ({ signal }) => apiRequest<Scoring>(`${base(regionCode)}/scoring`, { query: { year }, signal }),
    enabled,
  });
}

/** A new version changes every score of the year: the results are read again. */
export function useSaveScoring(regionCode: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ScoringSave) =>
      apiRequest<Scoring>(`${base(regionCode)}/scoring`, { method: 'PUT', body }),
    onSuccess: (saved) => {
      client.setQueryData(['monev-scoring', regionCode, saved.year], saved);
      void client.invalidateQueries({ queryKey: ['monev-results', regionCode, saved.year] });
    },
  });
}

export type ResultsDocument = 'pdf' | 'xlsx' | 'slides';

export function resultsDocumentUrl(regionCode: string, year: number, doc: ResultsDocument): string {
  const path = doc === 'slides' ? 'results-slides.pdf' : `results.${doc}`;
  return `/api${base(regionCode)}/${path}${buildQuery({ year })}`;
}
