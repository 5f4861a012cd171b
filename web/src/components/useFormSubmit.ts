import { App as AntApp, type FormInstance } from 'antd';
import { applyServerErrors, type ServerErrorOptions } from './serverErrors.ts';

/**
 * Resolves to the success message to show, or to nothing when there was nothing to do
 * (the form then stays as it is).
 */
export type FormAction<V> = (values: V) => Promise<string | undefined>;

/**
 * An `onFinish` that runs `action`, announces its success and calls `onDone`; when the
 * server refuses, its per-field messages go onto the form's own fields (`fields`) and the
 * rest into a toast.
 */
export function useFormSubmit<V>(
  form: FormInstance<V>,
  fields: readonly string[],
  action: FormAction<V>,
  onDone: () => void,
  options: ServerErrorOptions = {},
): (values: V) => Promise<void> {
  const { message } = AntApp.useApp();
  return async (values) => {
    try {
      const done = await action(values);
      if (done === undefined) return;
      message.success(done);
      onDone();
    } catch (err) {
      const rest = applyServerErrors(form, err, fields, options);
      if (rest) message.error(rest);
    }
  };
}
