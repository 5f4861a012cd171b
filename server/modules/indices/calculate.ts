/**
 * The calculator: an index from components typed by the caller, with the current (or a given)
 * method version. Every signed-in user may use it — it reads nothing of any region. Invalid or
 * missing inputs answer 422 naming the field (`inputs.<name>`), never a half-computed value.
 */
import { calculateRequest, indexInputs, type CalculateResponse } from '../../../api/indices.js';
import { calculateIndex } from '../../../domain/indices/calculate.js';
import { inputsBelowGoalposts } from '../../../domain/indices/human-development.js';
import type { IndexMethods } from '../../../domain/indices/method.js';
import type { Db } from '../../db/connection.js';
import type { Actor } from '../../lib/actor.js';
import { Invalid, type FieldErrors } from '../../lib/errors.js';
import { requireActor } from '../../lib/permissions.js';
import { fieldErrorsOfZod } from '../../lib/zod-fields.js';
import { methodOf, methodSummaryOf } from './methods.js';

export async function calculate(db: Db, actor: Actor | null, body: unknown): Promise<CalculateResponse> {
  requireActor(actor);
  const request = calculateRequest.safeParse(body);
  if (!request.success) throw new Invalid(fieldErrorsOfZod(request.error), 'validation_failed');
  const { index, methodVersion } = request.data;
  const inputs = indexInputs(index).safeParse(request.data.inputs);
  if (!inputs.success) throw new Invalid(fieldErrorsOfZod(inputs.error, 'inputs'), 'validation_failed');

  const method = await methodOf(db, index, methodVersion);
  const params = method.params as unknown as IndexMethods[typeof index];
  if (index === 'ipm' || index === 'ipg') {
    const below = inputsBelowGoalposts(index, inputs.data, params as IndexMethods['ipm']);
    if (below.length > 0) {
      const fields: FieldErrors = Object.fromEntries(
        below.map((f) => [`inputs.${f}`, 'index_input_below_goalpost']),
      );
      throw new Invalid(fields, 'validation_failed');
    }
  }
  const result = calculateIndex(index, inputs.data, params);
  return { index, value: result.value, parts: result.parts, method: methodSummaryOf(method) };
}
