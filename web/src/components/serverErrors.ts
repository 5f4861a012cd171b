import type { FormInstance } from 'antd';
import { isApiError } from '../app/api.ts';

type Path = (string | number)[];

/** `members.1.code` -> ['members', 1, 'code']: the API names nested fields with dots. */
function pathOf(serverField: string): Path {
  return serverField.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export interface ServerErrorOptions {
  /** API field -> form field, where the form names a field differently. */
  rename?: Record<string, string>;
}

/**
 * Puts the server's per-field messages (`error.fields`) on the form fields they name —
 * nested ones too, such as a member list's `members.1.code` — scrolls to the first of them
 * (long forms), and returns the message that no field can carry, if any, for a toast.
 */
export function applyServerErrors(
  form: FormInstance,
  err: unknown,
  formFields: readonly string[],
  options: ServerErrorOptions = {},
): string | null {
  if (!isApiError(err)) return err instanceof Error ? err.message : String(err);
  const onForm: { name: Path; errors: string[] }[] = [];
  const elsewhere: string[] = [];
  for (const [field, text] of Object.entries(err.fields)) {
    const path = pathOf(options.rename?.[field] ?? field);
    if (formFields.includes(String(path[0]))) onForm.push({ name: path, errors: [text] });
    else elsewhere.push(`${field}: ${text}`);
  }
  if (onForm.length > 0) {
    form.setFields(onForm);
    form.scrollToField(onForm[0].name, { block: 'center' });
  }
  if (elsewhere.length > 0) return `${err.message} (${elsewhere.join('; ')})`;
  return onForm.length > 0 ? null : err.message;
}
