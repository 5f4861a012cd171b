/**
 * The indices API (server/modules/indices, docs/api-indices.md): the calculator that computes
 * an index from its components with the current method version, and the methods themselves.
 * The input names and ranges come from domain/indices/inputs.ts.
 *
 * The calculator answers 422 naming the field for any invalid or missing input, so its body
 * schema here only requires an object; `calculateRequest` and `indexInputs` are applied by the
 * service, which turns their issues into field errors.
 */
import { z } from 'zod';
import { INDEX_CODES } from '../domain/indices/constants.js';
import {
  COMPUTED_INDEX_CODES,
  INDEX_INPUTS,
  withinRange,
  type ComputedIndexCode,
} from '../domain/indices/inputs.js';

export const indexCode = z.enum(INDEX_CODES);
export const computedIndexCode = z.enum(COMPUTED_INDEX_CODES);

/** What the route accepts before the service looks closer: any JSON object. */
export const calculateBody = z.record(z.string(), z.unknown());

export const calculateRequest = z.object({
  index: z.enum(COMPUTED_INDEX_CODES, { message: 'index_unknown' }),
  inputs: z.record(z.string(), z.unknown(), { message: 'wrong_type' }),
  /** A past method version to recompute a published figure with; the latest by default. */
  methodVersion: z.int().positive().optional(),
});

/** The inputs of one index: every one required, a finite number within its range. */
export function indexInputs(index: ComputedIndexCode) {
  return z.object(
    Object.fromEntries(
      INDEX_INPUTS[index].map((spec) => [
        spec.name,
        z
          .number({ message: 'index_input_not_number' })
          .refine((v) => withinRange(spec, v), { message: `index_input_range_${spec.unit}` }),
      ]),
    ),
  );
}

export const methodSummary = z.object({
  id: z.uuid(),
  indexCode,
  version: z.number().int(),
  sourceNote: z.string(),
  provisional: z.boolean(),
  createdAt: z.string(),
});

export const calculateResponse = z.object({
  index: computedIndexCode,
  /** Full precision; null for the IDG, whose income step has no cited method. */
  value: z.number().nullable(),
  /** Sub-indices: IPM's three dimensions, IPG's IPM by sex, IKG's terms, IDG's participation indices. */
  parts: z.record(z.string(), z.number().nullable()),
  method: methodSummary.pick({ version: true, sourceNote: true, provisional: true }),
});
export type CalculateResponse = z.infer<typeof calculateResponse>;
