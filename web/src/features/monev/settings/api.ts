import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MonevSettingsDto, MonevSettingsInput } from '../../../../../api/monev.ts';
import { apiRequest, regionPath } from '../../../app/api.ts';

/** Shapes of the monev settings API (GET/PUT /api/regions/:code/monev/settings, api/monev.ts). */
export type MonevSettings = MonevSettingsDto;
export type MonevSettingsSave = MonevSettingsInput;

const path = (regionCode: string) => `${regionPath(regionCode)}/monev/settings`;
export const monevSettingsKey = (regionCode: string, year: number | null) =>
  ['monev-settings', regionCode, year] as const;

export function useMonevSettings(regionCode: string, year: number | null, enabled = true) {
  return useQuery({
    queryKey: monevSettingsKey(regionCode, year),
    queryFn: ({ signal }) => apiRequest<MonevSettings>(path(regionCode), { query: { year }, signal }),
    enabled: enabled && year !== null,
  });
}

/** Saving changes every flag of the year: the lists and the dashboard are read again. */
export function useSaveMonevSettings(regionCode: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: MonevSettingsSave) =>
      apiRequest<MonevSettings>(path(regionCode), { method: 'PUT', body }),
    onSuccess: (saved) => {
      client.setQueryData(monevSettingsKey(regionCode, saved.year), saved);
      void client.invalidateQueries({ queryKey: ['monev-list'] });
      void client.invalidateQueries({ queryKey: ['monev-dashboard'] });
    },
  });
}
