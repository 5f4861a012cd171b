import type { HTMLAttributes, ReactNode } from 'react';
import { Input, Typography } from 'antd';

interface Props {
  /** The control's id, so the label names it for screen readers and clicks focus it. */
  id: string;
  label: ReactNode;
  help?: ReactNode;
  children: ReactNode;
}

/** A labelled control outside an antd Form (the editor keeps its own state and autosaves). */
export function Field({ id, label, help, children }: Props) {
  return (
    <div style={{ marginBottom: 12 }}>
      <label htmlFor={id} style={{ display: 'block', fontWeight: 500, marginBottom: 4 }}>
        {label}
      </label>
      {children}
      {help && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 2 }}>
          {help}
        </Typography.Text>
      )}
    </div>
  );
}

interface TextProps extends Omit<Props, 'children'> {
  value: string;
  readOnly: boolean;
  onChange: (value: string) => void;
}

/** A labelled text of the document, growing with what is written between `rows` lines. */
export function TextAreaField({
  rows,
  value,
  readOnly,
  onChange,
  ...field
}: TextProps & { rows: [min: number, max: number] }) {
  return (
    <Field {...field}>
      <Input.TextArea
        id={field.id}
        autoSize={{ minRows: rows[0], maxRows: rows[1] }}
        value={value}
        readOnly={readOnly}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}

/** A labelled one-line entry of the document (a target, a unit, a count). */
export function InputField({
  width,
  inputMode,
  value,
  readOnly,
  onChange,
  ...field
}: TextProps & { width?: number; inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'] }) {
  return (
    <Field {...field}>
      <Input
        id={field.id}
        style={width ? { width } : undefined}
        inputMode={inputMode}
        value={value}
        readOnly={readOnly}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}
