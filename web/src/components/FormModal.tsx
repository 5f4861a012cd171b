import type { ReactNode } from 'react';
import { Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormSubmit, type FormAction } from './useFormSubmit.ts';

interface Props<V> {
  open: boolean;
  title: string;
  /** Defaults to "Save". */
  okText?: string;
  danger?: boolean;
  initialValues?: Partial<V>;
  /** The form's field names, on which the server's field errors are shown. */
  fields: readonly (keyof V & string)[];
  pending: boolean;
  onSubmit: FormAction<V>;
  onClose: () => void;
  children: ReactNode;
}

/** A dialog holding one form: it closes on success and keeps the user's input on failure. */
export function FormModal<V extends object>({
  open,
  title,
  okText,
  danger,
  initialValues,
  fields,
  pending,
  onSubmit,
  onClose,
  children,
}: Props<V>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  const submit = useFormSubmit(form, fields, onSubmit, onClose);

  return (
    <Modal
      open={open}
      title={title}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', loading: pending, danger }}
      onCancel={onClose}
      destroyOnHidden
      modalRender={(dom) => (
        // Wrapping the whole dialog in the form lets Enter in any field submit it.
        <Form<V>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onFinish={(v) => void submit(v)}
          clearOnDestroy
        >
          {dom}
        </Form>
      )}
    >
      {children}
    </Modal>
  );
}
