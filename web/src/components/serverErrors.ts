import type { FormInstance } from 'antd';
import { isApiError } from '../app/api.ts';

/**
 * Puts the server's per-field messages (`error.fields`) on the form fields they name and
 * returns the message that no field can carry, if any, for a toast.
 */
export function applyServerErrors(
  form: FormInstance,
  err: unknown,
  formFields: readonly string[],
): string | null {
  if (!isApiError(err)) return err instanceof Error ? err.message : String(err);
  const onForm = Object.entries(err.fields).filter(([name]) => formFields.includes(name));
  if (onForm.length > 0) {
    form.setFields(onForm.map(([name, message]) => ({ name, errors: [message] })));
  }
  const elsewhere = Object.entries(err.fields).filter(([name]) => !formFields.includes(name));
  if (onForm.length > 0 && elsewhere.length === 0) return null;
  if (elsewhere.length > 0) return `${err.message} (${elsewhere.map(([n, m]) => `${n}: ${m}`).join('; ')})`;
  return err.message;
}
