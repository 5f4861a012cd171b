/** A region's own settings (server/modules/region-settings). */
import { z } from 'zod';

export const regionSettingsBody = z.strictObject({
  selfApprovalAllowed: z
    .boolean()
    .describe(
      'Waive separation of duties: the last submitter of a document may approve it (very small regions only; each such approval is audited)',
    ),
});

export const regionSettingsSchema = z.object({
  regionCode: z.string(),
  selfApprovalAllowed: z.boolean(),
  /** Null while the region keeps the defaults. */
  updatedAt: z.string().nullable(),
  updatedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
});

export type RegionSettingsInput = z.infer<typeof regionSettingsBody>;
export type RegionSettingsDto = z.infer<typeof regionSettingsSchema>;
