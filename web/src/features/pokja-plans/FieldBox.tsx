import type { ReactNode } from 'react';
import { Form } from 'antd';

/** A labelled input outside a Form, with the server's message for its field shown under it. */
export function FieldBox({
  id,
  label,
  error,
  extra,
  children,
  style,
}: {
  id: string;
  label: ReactNode;
  error?: string;
  extra?: ReactNode;
  children: ReactNode;
  style?: React.CSSProperties;
}) {
  return (
    <Form.Item
      label={<label htmlFor={id}>{label}</label>}
      validateStatus={error ? 'error' : undefined}
      help={error}
      extra={extra}
      style={{ marginBottom: 12, ...style }}
    >
      {children}
    </Form.Item>
  );
}
