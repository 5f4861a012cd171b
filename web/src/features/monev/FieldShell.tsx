import { createContext, useContext, useState, type ReactNode } from 'react';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { CommentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/format.ts';
import type { MonevComment } from './api.ts';
import { SCREEN_READER_ONLY } from '../../components/screenReaderOnly.ts';

/** What every box of the report form reads: the server's errors, the comments, the review in progress. */
export interface FieldContextValue {
  errors: Record<string, string>;
  comments: readonly MonevComment[];
  /** Set while a reviewer decides: a comment box is offered beside each field. */
  review: { pending: Record<string, string>; set: (field: string, body: string) => void } | null;
}

export const FieldContext = createContext<FieldContextValue>({ errors: {}, comments: [], review: null });

/** A group's notes also carry the comments on either sex's box of that group. */
function commentsOf(comments: readonly MonevComment[], field: string): MonevComment[] {
  const group = /^beneficiaries\.(group|age)\./.test(field);
  return comments.filter((c) => c.field === field || (group && c.field.startsWith(`${field}.`)));
}

/** aria attributes of an input whose field has a server error (the error's text is its description). */
export function useInvalid(field: string, id: string) {
  const { errors } = useContext(FieldContext);
  return errors[field]
    ? { 'aria-invalid': true, 'aria-describedby': `${id}-error`, status: 'error' as const }
    : {};
}

/** The reviewer's comments on a field, newest last, and the reviewer's box for a new one. */
export function FieldNotes({ field, label }: { field: string; label: string }) {
  const { t } = useTranslation();
  const { comments, review } = useContext(FieldContext);
  const own = commentsOf(comments, field);
  const pending = review?.pending[field];
  const [open, setOpen] = useState(pending !== undefined);
  const boxId = `monev-comment-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  if (!own.length && !review) return null;
  return (
    <div style={{ marginTop: 4 }}>
      {own.map((c) => (
        <Alert
          key={c.id}
          type="warning"
          showIcon
          icon={<CommentOutlined />}
          style={{ marginBottom: 4 }}
          data-testid="monev-comment"
          title={c.body}
          description={
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('monev.report.commentBy', {
                author: c.author,
                at: formatDateTime(c.at),
                submission: c.submission,
              })}
            </Typography.Text>
          }
        />
      ))}
      {review &&
        (open ? (
          <>
            <label htmlFor={boxId} style={{ display: 'block', fontSize: 12, marginTop: 4 }}>
              {t('monev.report.commentOn', { field: label })}
            </label>
            <Input.TextArea
              id={boxId}
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={2000}
              value={pending ?? ''}
              onChange={(e) => review.set(field, e.target.value)}
            />
          </>
        ) : (
          <Button
            size="small"
            type="link"
            icon={<CommentOutlined />}
            onClick={() => setOpen(true)}
            style={{ padding: 0 }}
          >
            {t('monev.report.addComment', { field: label })}
          </Button>
        ))}
    </div>
  );
}

interface FieldProps {
  /** The report's field key (errors and comments are keyed by it). */
  field: string;
  /** The input's id, so the label names it. */
  id: string;
  label: string;
  children: ReactNode;
  /** Under the input: the quarter's addition and the cumulative total, the previous total. */
  extra?: ReactNode;
  /** Comments are attached to this key instead (a group's two boxes share one). */
  noteField?: string | null;
  /** In a table whose row and column already say it: the label is for screen readers only. */
  labelHidden?: boolean;
}

/** One labelled box of the report with the server's error under it and the reviewer's notes. */
export function Field({ field, id, label, children, extra, noteField, labelHidden }: FieldProps) {
  const { errors } = useContext(FieldContext);
  const error = errors[field];
  return (
    <Form.Item
      label={labelHidden ? <span style={SCREEN_READER_ONLY}>{label}</span> : label}
      htmlFor={id}
      validateStatus={error ? 'error' : undefined}
      help={
        error ? (
          <span id={`${id}-error`} data-testid={`monev-error-${field}`}>
            {error}
          </span>
        ) : undefined
      }
      extra={extra}
      style={{ marginBottom: 16 }}
    >
      {children}
      {noteField !== null && <FieldNotes field={noteField ?? field} label={label} />}
    </Form.Item>
  );
}
