/** A region's own settings (server/modules/region-settings). */
import { z } from 'zod';
import { PORTAL_LICENSES } from '../domain/portal-license.js';

/** Each field is optional: a PUT changes the fields it names and keeps the others. */
export const regionSettingsBody = z
  .strictObject({
    selfApprovalAllowed: z
      .boolean()
      .optional()
      .describe(
        'Waive separation of duties: the last submitter of a document may approve it (very small regions only; each such approval is audited)',
      ),
    portalLicense: z
      .enum(PORTAL_LICENSES)
      .optional()
      .describe(
        "The open-data licence of the region's public data in the portal and its catalogue (SPDX id)",
      ),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'Name at least one setting' });

export const regionSettingsSchema = z.object({
  regionCode: z.string(),
  selfApprovalAllowed: z.boolean(),
  portalLicense: z.enum(PORTAL_LICENSES),
  /** Null while the region keeps the defaults. */
  updatedAt: z.string().nullable(),
  updatedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
});

export type RegionSettingsInput = z.infer<typeof regionSettingsBody>;
export type RegionSettingsDto = z.infer<typeof regionSettingsSchema>;
