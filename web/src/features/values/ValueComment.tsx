import { useEffect, useId, useRef, useState } from 'react';
import { App as AntApp, Button, Flex, Input, Popover, Typography } from 'antd';
import { MessageFilled, MessageOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { VALUE_NOTE_MAX } from '../../../../domain/value-note.ts';
import { membersOfKey } from '../../../../domain/combo.ts';
import type { Sex } from '../../../../domain/indicators.ts';
import type { ValueKey } from '../../../../domain/value-rules.ts';
import { isApiError } from '../../app/api.ts';
import { formatDecimal } from '../../components/format.ts';
import { useSaveEntry } from './api.ts';
import type { EntryState } from './useEntryState.ts';
import './grid-info.css';

interface Props {
  cellKey: ValueKey;
  state: EntryState;
  /** The cell may be written by this user (not locked, grid editable). */
  editable: boolean;
  /** The cell's accessible name ("Indikator, rincian, perempuan"). */
  label: string;
}

/**
 * A comment on one stored value (DHIS2's comment): a small button in the cell's corner,
 * filled when the value has a note, opening a popover to read or write it. Saved on its own
 * (PUT /entry with the note and no value), so typing in other cells is never sent with it.
 *
 * Keyboard: the button stays out of the Tab order (two stops per cell would double the grid's
 * Tab walk); Shift+F2 in the cell opens it, as Excel opens a cell's comment, and Escape
 * returns to the cell.
 */
export function ValueComment({ cellKey, state, editable, label }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const stored = state.stored.get(cellKey);
  const note = stored?.note ?? '';
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(note);
  const button = useRef<HTMLButtonElement>(null);
  const save = useSaveEntry(state.regionCode);
  const hintId = useId();

  // Shift+F2 from the cell's input opens the comment: the listener sits on the cell, so the
  // grid's own key handling (arrows, Enter, paste) stays as it is.
  useEffect(() => {
    const cell = button.current?.closest('td');
    if (!cell) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F2' || !e.shiftKey || !(e.target instanceof HTMLInputElement)) return;
      e.preventDefault();
      setText(note);
      setOpen(true);
    };
    cell.addEventListener('keydown', onKey);
    return () => cell.removeEventListener('keydown', onKey);
  }, [note]);

  if (!stored && !editable) return null;

  const close = (focusCell: boolean) => {
    setOpen(false);
    save.reset();
    if (focusCell) button.current?.closest('td')?.querySelector('input')?.focus();
  };

  async function submit(next: string | null) {
    const [indicatorCode, sex, comboKey] = cellKey.split('|') as [string, Sex, string];
    try {
      await save.mutateAsync({
        period: state.period,
        values: [{ indicatorCode, sex, members: membersOfKey(comboKey), note: next }],
      });
      message.success(t(next ? 'valueNote.saved' : 'valueNote.removed'));
      close(true);
    } catch {
      // Shown in the popover from save.error.
    }
  }

  const fieldError =
    save.error && isApiError(save.error)
      ? (Object.values(save.error.fields)[0] ?? save.error.message)
      : save.error?.message;
  const unsaved = state.changedKeys.has(cellKey);

  const content = (
    <div className="setara-note-pop" onKeyDown={(e) => e.key === 'Escape' && close(true)}>
      {!stored ? (
        <Typography.Paragraph style={{ marginBottom: 0 }}>{t('valueNote.noValue')}</Typography.Paragraph>
      ) : !editable ? (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="note-text">
          {note}
        </Typography.Paragraph>
      ) : (
        <>
          <Input.TextArea
            autoFocus
            value={text}
            onChange={(e) => setText(e.target.value)}
            maxLength={VALUE_NOTE_MAX}
            showCount
            autoSize={{ minRows: 3, maxRows: 8 }}
            placeholder={t('valueNote.placeholder')}
            aria-label={t('valueNote.field', { cell: label })}
            aria-describedby={hintId}
            status={fieldError ? 'error' : undefined}
            data-testid="note-input"
          />
          <Typography.Text type="secondary" id={hintId} className="setara-note-hint">
            {unsaved
              ? t('valueNote.unsavedValue', { value: formatDecimal(stored.value) })
              : t('valueNote.hint', { max: VALUE_NOTE_MAX })}
          </Typography.Text>
          {fieldError && (
            <Typography.Text type="danger" role="alert" className="setara-note-hint">
              {fieldError}
            </Typography.Text>
          )}
          <Flex gap={8} justify="end" wrap style={{ marginTop: 8 }}>
            {note && (
              <Button danger onClick={() => void submit(null)} disabled={save.isPending}>
                {t('valueNote.remove')}
              </Button>
            )}
            <Button onClick={() => close(true)}>{t('valueNote.cancel')}</Button>
            <Button
              type="primary"
              loading={save.isPending}
              disabled={text.trim() === note.trim()}
              onClick={() => void submit(text)}
              data-testid="note-save"
            >
              {t('valueNote.save')}
            </Button>
          </Flex>
        </>
      )}
    </div>
  );

  const name = note
    ? t('valueNote.view', { cell: label, note: note.length > 80 ? `${note.slice(0, 77)}…` : note })
    : t('valueNote.add', { cell: label });
  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        if (next) setText(note);
        setOpen(next);
        if (!next) save.reset();
      }}
      trigger="click"
      placement="bottomLeft"
      title={t('valueNote.title')}
      content={content}
      destroyOnHidden
    >
      <button
        ref={button}
        type="button"
        tabIndex={-1}
        className={note ? 'setara-note-btn setara-note-btn-has' : 'setara-note-btn'}
        aria-label={name}
        aria-haspopup="dialog"
        aria-expanded={open}
        title={`${name} (${t('valueNote.shortcut')})`}
        data-testid={`note-${cellKey}`}
      >
        {note ? <MessageFilled aria-hidden /> : <MessageOutlined aria-hidden />}
      </button>
    </Popover>
  );
}
