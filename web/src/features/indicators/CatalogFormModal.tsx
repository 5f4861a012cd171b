import type { ReactNode } from 'react';
import { Form, Modal, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props<V> {
  open: boolean;
  title: string;
  width: number;
  form: FormInstance<V>;
  /** Prefixes the fields' ids, so a new member row can be focused by id. */
  name: string;
  initialValues: Partial<V>;
  pending: boolean;
  onFinish: (values: V) => void;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A dialog around one catalog form. Unlike the shared FormModal it does not clear the form
 * on unmount: under React's StrictMode the rehearsal unmount would wipe the initial values
 * (defaults such as "≤" and factor 1). Callers give it a new `key` per opening instead.
 */
export function CatalogFormModal<V extends object>(p: Props<V>) {
  const { t } = useTranslation();
  return (
    <Modal
      open={p.open}
      title={p.title}
      width={p.width}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', loading: p.pending }}
      onCancel={p.onClose}
      destroyOnHidden
      modalRender={(dom) => (
        // Wrapping the whole dialog in the form lets Enter in any field submit it.
        <Form<V>
          form={p.form}
          name={p.name}
          layout="vertical"
          initialValues={p.initialValues}
          onFinish={p.onFinish}
        >
          {dom}
        </Form>
      )}
    >
      {p.children}
    </Modal>
  );
}
