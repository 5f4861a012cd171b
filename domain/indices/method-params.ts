/**
 * What a method version's parameters must look like, per index: a new version an admin
 * imports is refused naming the path of anything missing or impossible (a goalpost whose
 * maximum is not above its minimum, a negative weight, cut-points out of order), because a
 * figure computed with it would be wrong without anyone noticing.
 */
import { z } from 'zod';
import type { IndexCode } from './constants.js';

const goalpost = z
  .strictObject({ min: z.number().finite(), max: z.number().finite() })
  .refine((g) => g.max > g.min, { message: 'index_method_goalpost_order' });

const humanDevelopment = z.strictObject({
  lifeExpectancy: goalpost,
  lifeExpectancyF: goalpost,
  lifeExpectancyM: goalpost,
  expectedSchooling: goalpost,
  meanSchooling: goalpost,
  expenditure: goalpost.refine((g) => g.min > 0, { message: 'index_method_log_positive' }),
  priceBaseYear: z.int().min(1990).max(2100),
});

const weight = z.number().finite().positive();
const code = z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/, { message: 'bad_format' });
const name = z.string().trim().min(1).max(200);

const family = z
  .strictObject({
    dimensions: z
      .array(
        z.strictObject({
          code,
          name,
          weight,
          variables: z.array(z.strictObject({ code, name, weight })).min(1).max(40),
        }),
      )
      .min(1)
      .max(20),
    categories: z
      .array(z.strictObject({ min: z.number().finite().min(0).max(100), name }))
      .min(1)
      .max(10)
      .refine((cs) => cs.every((c, i) => i === 0 || c.min > cs[i - 1]!.min), {
        message: 'index_method_categories_order',
      }),
  })
  .refine(
    (m) => {
      const codes = m.dimensions.flatMap((d) => d.variables.map((v) => v.code));
      return new Set(codes).size === codes.length;
    },
    { message: 'index_method_variable_duplicate' },
  );

export const METHOD_PARAMS: Record<IndexCode, z.ZodType> = {
  ipm: humanDevelopment,
  ipg: humanDevelopment,
  ikg: z.strictObject({
    healthConstant: z.number().finite().positive(),
    zeroFloor: z.number().finite().positive().max(0.1),
  }),
  idg: z.strictObject({
    epsilon: z.number().finite().min(0).max(10),
    participationReference: z.number().finite().positive(),
  }),
  ikk: family,
};
