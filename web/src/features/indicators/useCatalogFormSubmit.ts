import { App as AntApp, type FormInstance } from 'antd';
import { isApiError } from '../../app/api.ts';
import type { FormAction } from '../../components/useFormSubmit.ts';

type Path = (string | number)[];

/** `members.1.code` -> ['members', 1, 'code']: the API names nested fields with dots. */
function pathOf(serverField: string): Path {
  return serverField.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Like `useFormSubmit`, for forms with nested fields (a member list, `refs.sdg`): the shared
 * helper matches field names as flat strings, which cannot reach `['members', 1, 'code']`.
 * `rename` maps an API field to a differently named form field; the form scrolls to the first
 * field the server refused, since these forms are longer than the screen.
 */
export function useCatalogFormSubmit<V>(
  form: FormInstance<V>,
  fields: readonly string[],
  action: FormAction<V>,
  onDone: () => void,
  rename: Record<string, string> = {},
): (values: V) => Promise<void> {
  const { message } = AntApp.useApp();
  return async (values) => {
    try {
      const done = await action(values);
      if (done === undefined) return;
      message.success(done);
      onDone();
    } catch (err) {
      if (!isApiError(err)) {
        message.error(err instanceof Error ? err.message : String(err));
        return;
      }
      const onForm: { name: Path; errors: string[] }[] = [];
      const elsewhere: string[] = [];
      for (const [field, text] of Object.entries(err.fields)) {
        const path = pathOf(rename[field] ?? field);
        if (fields.includes(String(path[0]))) onForm.push({ name: path, errors: [text] });
        else elsewhere.push(`${field}: ${text}`);
      }
      if (onForm.length) {
        form.setFields(onForm as Parameters<typeof form.setFields>[0]);
        form.scrollToField(onForm[0].name, { block: 'center' });
      }
      if (elsewhere.length) message.error(`${err.message} (${elsewhere.join('; ')})`);
      else if (!onForm.length) message.error(err.message);
    }
  };
}
