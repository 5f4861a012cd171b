import { memo, useEffect, useId, useRef, useState } from 'react';
import { App as AntApp, Button, Flex, Input, Popover, Typography } from 'antd';
import { MessageFilled, MessageOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { membersOfKey } from '../../../../domain/combo.ts';
import type { Sex } from '../../../../domain/indicators.ts';
import type { ValueKey } from '../../../../domain/value-rules.ts';
import { VALUE_NOTE_MAX } from '../../../../domain/value-note.ts';
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
 *
 * A paste re-renders hundreds of cells: this wrapper only reads the cell's few plain facts, and
 * the comment itself re-renders when one of them changes, not on every keystroke elsewhere.
 */
export function ValueComment({ cellKey, state, editable, label }: Props) {
  const stored = state.stored.get(cellKey);
  return (
    <Comment
      cellKey={cellKey}
      note={stored?.note ?? ''}
      storedValue={stored?.value ?? null}
      editable={editable}
      label={label}
      regionCode={state.regionCode}
      period={state.period}
    />
  );
}

interface CommentProps {
  cellKey: ValueKey;
  note: string;
  /** The stored value (a note belongs to one); null when the cell holds none yet. */
  storedValue: string | null;
  editable: boolean;
  label: string;
  regionCode: string;
  period: string;
}

/** One listener for the page, not one per cell: the grid's own keys stay as they are. */
let shortcutInstalled = false;
function installShortcut() {
  if (shortcutInstalled) return;
  shortcutInstalled = true;
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'F2' || !e.shiftKey || !(e.target instanceof HTMLInputElement)) return;
    const button = e.target.closest('td')?.querySelector<HTMLButtonElement>('.setara-note-btn');
    if (!button) return;
    e.preventDefault();
    button.click();
  });
}

const Comment = memo(function Comment(props: CommentProps) {
  const { cellKey, note, editable, label } = props;
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // Whether the cell holds an unsaved typed value, read when the comment opens: as a prop it
  // would re-render every pasted cell's comment.
  const [changed, setChanged] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(installShortcut, []);

  // Nothing to read and nothing this user may write.
  if (!editable && !note) return null;

  const close = (focusCell: boolean) => {
    setOpen(false);
    if (focusCell) button.current?.closest('td')?.querySelector('input')?.focus();
  };
  const name = note
    ? t('valueNote.view', { cell: label, note: note.length > 80 ? `${note.slice(0, 77)}…` : note })
    : t('valueNote.add', { cell: label });
  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        if (!next) return close(false);
        setChanged(!!button.current?.closest('td.setara-cell-changed'));
        setOpen(true);
      }}
      trigger="click"
      placement="bottomLeft"
      title={t('valueNote.title')}
      // Built only while open: a grid holds hundreds of closed comments.
      content={open ? <NoteEditor {...props} changed={changed} onClose={close} /> : null}
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
});

/** The open comment: the note as text for a reader, a textarea with save and delete for a writer. */
function NoteEditor({
  cellKey,
  note,
  storedValue,
  changed,
  editable,
  label,
  regionCode,
  period,
  onClose,
}: CommentProps & { changed: boolean; onClose: (focusCell: boolean) => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [text, setText] = useState(note);
  const save = useSaveEntry(regionCode);
  const hintId = useId();

  async function submit(next: string | null) {
    const [indicatorCode, sex, comboKey] = cellKey.split('|') as [string, Sex, string];
    try {
      await save.mutateAsync({
        period,
        values: [{ indicatorCode, sex, members: membersOfKey(comboKey), note: next }],
      });
      message.success(t(next ? 'valueNote.saved' : 'valueNote.removed'));
      onClose(true);
    } catch {
      // Shown below the textarea from save.error.
    }
  }

  const fieldError =
    save.error && isApiError(save.error)
      ? (Object.values(save.error.fields)[0] ?? save.error.message)
      : save.error?.message;

  let body;
  if (storedValue === null) {
    body = <Typography.Paragraph style={{ marginBottom: 0 }}>{t('valueNote.noValue')}</Typography.Paragraph>;
  } else if (!editable) {
    body = (
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="note-text">
        {note}
      </Typography.Paragraph>
    );
  } else {
    body = (
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
          {changed
            ? t('valueNote.unsavedValue', { value: formatDecimal(storedValue) })
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
          <Button onClick={() => onClose(true)}>{t('valueNote.cancel')}</Button>
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
    );
  }
  return (
    // Escape anywhere in the comment closes it and returns to the cell.
    <div className="setara-note-pop" onKeyDown={(e) => e.key === 'Escape' && onClose(true)}>
      {body}
    </div>
  );
}
