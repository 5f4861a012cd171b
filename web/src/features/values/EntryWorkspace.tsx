import { memo, useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { App as AntApp, Alert, Collapse, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ValueKey } from '../../../../domain/value-rules.ts';
import { isApiError } from '../../app/api.ts';
import type { CatalogLabels } from '../indicators/labels.ts';
import { useReviewStep, useSaveEntry, type EntryGrid } from './api.ts';
import { EntryActions } from './EntryActions.tsx';
import { EntryTable } from './EntryTable.tsx';
import { focusCell } from './gridFocus.ts';
import { entryLayout } from './gridLayout.ts';
import { KeyboardHelp } from './KeyboardHelp.tsx';
import { PasteSummary } from './PasteSummary.tsx';
import { UnsavedChangesGuard } from './UnsavedChangesGuard.tsx';
import { useEntryState } from './useEntryState.ts';
import { useGridKeyboard } from './useGridKeyboard.ts';
import { usePaste, type PasteResult } from './usePaste.ts';
import { useStable } from './useStable.ts';
import { useViolationText } from './violations.ts';
import { ViolationTable } from './ViolationTable.tsx';

// Typing re-renders this workspace; the bar and the guard only when their own props change.
const MemoActions = memo(EntryActions);
const MemoGuard = memo(UnsavedChangesGuard);
const MemoHelp = memo(KeyboardHelp);

interface Props {
  grid: EntryGrid;
  previous: EntryGrid | undefined;
  regionCode: string;
  /** The OPD whose values are submitted; null when the grid shows every OPD's indicators. */
  opdId: string | null;
  /** Admins correct any value; operators only their drafts. */
  isAdmin: boolean;
  labels: CatalogLabels;
  nameOf: (code: string) => string;
}

/** The editable grid of one period and OPD with its save, submit and checks. */
export function EntryWorkspace({ grid, previous, regionCode, opdId, isAdmin, labels, nameOf }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const state = useEntryState(grid, previous, !isAdmin);
  const describe = useViolationText(labels, nameOf);
  const save = useSaveEntry(regionCode);
  const step = useReviewStep(regionCode);
  const editable = grid.editable;
  const draftCount = grid.values.filter((v) => v.status === 'draft').length;
  const serverErrors = grid.violations.filter((v) => v.severity === 'error').length;
  const layout = useMemo(() => entryLayout(grid), [grid]);
  const rootRef = useRef<HTMLDivElement>(null);
  const writable = editable && !save.isPending;
  const isOpen = useCallback((key: ValueKey) => writable && !state.isLocked(key), [writable, state]);
  const [pasted, setPasted] = useState<PasteResult | null>(null);
  const keyboard = useGridKeyboard(rootRef, layout, state, isOpen, () =>
    message.info(t('entry.grid.noEmptyCell')),
  );
  const onPaste = usePaste(layout, state, isOpen, setPasted);
  const unsaved = state.changes.length + state.problems.size;

  async function onSave() {
    if (state.problems.size > 0) {
      message.error(t('entry.fixNumbers'));
      return;
    }
    const sent = state.changes;
    if (sent.length === 0) {
      message.info(t('entry.nothingChanged'));
      return;
    }
    try {
      const result = await save.mutateAsync({ period: grid.period, values: sent.map((c) => c.write) });
      state.clear();
      setPasted(null);
      const errors = result.violations.filter((v) => v.severity === 'error').length;
      const summary = t('entry.serverCheckCount', { errors, warnings: result.violations.length - errors });
      message.success(`${t('entry.saved', { count: result.changed, n: result.changed })} ${summary}`);
    } catch (err) {
      const rest = isApiError(err) ? state.placeServerErrors(err.fields, sent) : [];
      const onCells = isApiError(err) && rest.length < Object.keys(err.fields).length;
      message.error(
        onCells
          ? t('entry.saveFailed')
          : [err instanceof Error ? err.message : String(err), ...rest].join(' '),
      );
    }
  }

  // Ctrl+S (⌘S) saves the draft instead of the browser saving the page; it never submits.
  const saveFromKeyboard = useEffectEvent(() => void onSave());
  useEffect(() => {
    if (!editable) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        saveFromKeyboard();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editable]);

  async function onSubmit() {
    if (!opdId) return;
    try {
      const { moved } = await step.mutateAsync({ action: 'submit', period: grid.period, opdId });
      message.success(t('entry.submitted', { count: moved, n: moved }));
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  }

  const actions = {
    onSave: useStable(() => void onSave()),
    onSubmit: useStable(() => void onSubmit()),
    onUndo: useStable(() => focusCell(rootRef.current, state.undo()[0])),
    onRedo: useStable(() => focusCell(rootRef.current, state.redo()[0])),
    onRevertAll: useStable(() => {
      state.revertAll();
      setPasted(null);
      message.success(t('entry.grid.reverted'));
    }),
  };
  // The last server check as it was loaded; it does not change while typing.
  const serverCheck = useMemo(
    () =>
      grid.violations.length > 0 && (
        <Collapse
          size="small"
          style={{ marginBottom: 16 }}
          data-testid="server-check"
          items={[
            {
              key: 'check',
              label: t('entry.serverCheckCount', {
                errors: serverErrors,
                warnings: grid.violations.length - serverErrors,
              }),
              children: (
                <ViolationTable
                  violations={grid.violations}
                  labels={labels}
                  nameOf={nameOf}
                  describe={describe}
                  pageSize={10}
                />
              ),
            },
          ]}
        />
      ),
    [grid.violations, serverErrors, labels, nameOf, describe, t],
  );

  const submitBlocked = !opdId
    ? t('entry.submitBlockedNoOpd')
    : state.changes.length > 0
      ? t('entry.submitBlockedDirty')
      : state.errors > 0 || serverErrors > 0
        ? t('entry.submitBlockedErrors')
        : draftCount === 0
          ? t('entry.submitBlockedNothing')
          : null;

  return (
    <>
      <MemoGuard count={state.changes.length} />
      {editable ? (
        <MemoActions
          changes={state.changes.length}
          errors={state.errors}
          warnings={state.warnings}
          saving={save.isPending}
          submitBlocked={submitBlocked}
          submitting={step.isPending}
          draftCount={draftCount}
          period={grid.period}
          canUndo={state.canUndo}
          canRedo={state.canRedo}
          unsaved={unsaved}
          {...actions}
        />
      ) : (
        <Alert type="info" showIcon title={t('entry.readOnly')} style={{ marginBottom: 12 }} />
      )}
      {editable && (
        <>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 4 }}>
            {t('entry.keyboardHint')} {!isAdmin && t('entry.lockedHint')}
          </Typography.Paragraph>
          <MemoHelp />
        </>
      )}
      {grid.values.length === 0 && (
        <Alert
          type="info"
          showIcon
          data-testid="no-values"
          title={t(editable ? 'entry.noValuesEdit' : 'entry.noValuesRead', { period: grid.period })}
          style={{ marginBottom: 12 }}
        />
      )}
      {serverCheck}
      {pasted && (
        <PasteSummary result={pasted} layout={layout} labels={labels} onClose={() => setPasted(null)} />
      )}
      <EntryTable
        layout={layout}
        rootRef={rootRef}
        onKeyDown={keyboard.onKeyDown}
        onFocus={keyboard.onFocus}
        onPaste={onPaste}
        state={state}
        labels={labels}
        editable={editable && !save.isPending}
        editsLocked={!isAdmin}
        describe={describe}
      />
    </>
  );
}
