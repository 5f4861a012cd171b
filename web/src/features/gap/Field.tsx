import type { ReactNode } from 'react';
import { Typography } from 'antd';

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
