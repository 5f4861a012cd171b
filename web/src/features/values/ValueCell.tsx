import { Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ValueKey, Violation } from '../../../../domain/value-rules.ts';
import type { EntryState } from './useEntryState.ts';
import { ValueComment } from './ValueComment.tsx';

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
      <Input
        value={state.text(cellKey)}
        onChange={(e) => state.setText(cellKey, e.target.value)}
        readOnly={!editable}
        variant={editable ? 'outlined' : 'filled'}
        status={severity}
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
        style={{ textAlign: 'right' }}
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
