import { memo } from 'react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ValueKey, Violation } from '../../../../domain/value-rules.ts';
import type { EntryState } from './useEntryState.ts';
import { ValueComment } from './ValueComment.tsx';
import { cellSignature } from './cellSignature.ts';

interface Props {
  cellKey: ValueKey;
  /** Column of the cell (P or L). */
  column: string;
  label: string;
  state: EntryState;
  editable: boolean;
  lockedText?: string;
  describe: (v: Violation) => string;
}

/** One value of the grid: an input marked red/orange with the broken rule's message below. */
export function ValueCell({ cellKey, column, label, state, editable, lockedText, describe }: Props) {
  const { t } = useTranslation();
  const problem = state.problems.get(cellKey);
  const server = state.serverErrors.get(cellKey);
  const violations = state.byCell.get(cellKey) ?? [];
  const messages: { severity: 'error' | 'warning'; text: string }[] = [
    ...(problem ? [{ severity: 'error' as const, text: t(`rules.${problem}`) }] : []),
    ...(server ? [{ severity: 'error' as const, text: server }] : []),
    ...violations.map((v) => ({ severity: v.severity, text: describe(v) })),
  ];
  const severity = messages.some((m) => m.severity === 'error')
    ? 'error'
    : messages.length
      ? 'warning'
      : undefined;
  const changed = state.changedKeys.has(cellKey);
  const id = `msg-${cellKey.replace(/[^A-Za-z0-9_-]/g, '_')}`;

  return (
    <td className={changed ? 'setara-cell setara-cell-changed' : 'setara-cell'}>
      {/* A plain input styled like antd's (entry-grid.css): antd's Input costs a few ms per
          render, and a paste re-renders hundreds of cells at once (bench/entry-grid.ts). */}
      <input
        className={inputClass(editable, severity)}
        value={state.text(cellKey)}
        onChange={(e) => state.setText(cellKey, e.target.value)}
        readOnly={!editable}
        inputMode="decimal"
        autoComplete="off"
        aria-label={label}
        aria-invalid={severity === 'error'}
        aria-describedby={messages.length ? id : undefined}
        title={!editable && lockedText ? lockedText : undefined}
        data-column={column}
        // The grid's keys and pastes find cells by it (gridFocus.ts).
        data-key={cellKey}
        data-testid={`cell-${cellKey}`}
      />
      <ValueComment cellKey={cellKey} state={state} editable={editable} label={label} />
      {messages.length > 0 && (
        <div id={id} aria-live="polite">
          {messages.map((m, i) => (
            <Typography.Text
              key={i}
              type={m.severity === 'error' ? 'danger' : 'warning'}
              className="setara-cell-msg"
            >
              {m.text}
            </Typography.Text>
          ))}
        </div>
      )}
    </td>
  );
}

function inputClass(editable: boolean, severity: 'error' | 'warning' | undefined): string {
  let name = editable ? 'setara-input' : 'setara-input setara-input-readonly';
  if (severity) name += ` setara-input-${severity}`;
  return name;
}

/**
 * Typing in a cell re-renders its indicator's rows; of their cells only those whose own state
 * changed render again (a paste renders the pasted ones, not the whole indicator twice over).
 */
export const MemoValueCell = memo(
  ValueCell,
  (a, b) =>
    a.cellKey === b.cellKey &&
    a.column === b.column &&
    a.label === b.label &&
    a.editable === b.editable &&
    a.lockedText === b.lockedText &&
    a.describe === b.describe &&
    a.state.regionCode === b.state.regionCode &&
    a.state.period === b.state.period &&
    cellSignature(a.state, a.cellKey) === cellSignature(b.state, b.cellKey),
);
