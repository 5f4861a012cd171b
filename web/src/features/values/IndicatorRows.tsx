import { memo } from 'react';
import { Tag, Typography } from 'antd';
import type { Violation } from '../../../../domain/value-rules.ts';
import { useTranslation } from 'react-i18next';
import { SEXES, type Sex } from '../../../../domain/indicators.ts';
import type { Indicator } from '../indicators/api.ts';
import type { CatalogLabels } from '../indicators/labels.ts';
import type { GridCell, ValueStatus } from './api.ts';
import { keyOf, type EntryState } from './useEntryState.ts';
import { MemoValueCell } from './ValueCell.tsx';
import { cellSignature } from './cellSignature.ts';
import { IndicatorInfo } from './IndicatorInfo.tsx';
import { combosOf } from './gridLayout.ts';

const STATUS_COLORS: Record<string, string> = { draft: 'blue', submitted: 'gold', verified: 'green' };

interface Props {
  indicator: Indicator;
  cells: GridCell[];
  state: EntryState;
  labels: CatalogLabels;
  /** The grid may be edited at all (server's `editable`). */
  editable: boolean;
  /** Admins also correct submitted and verified values; operators only drafts. */
  editsLocked: boolean;
  describe: (v: Violation) => string;
}

/** One indicator's status: the least advanced of its values (a single draft keeps it a draft). */
function statusOf(statuses: ValueStatus[]): ValueStatus | 'empty' {
  if (statuses.length === 0) return 'empty';
  if (statuses.includes('draft')) return 'draft';
  if (statuses.includes('submitted')) return 'submitted';
  return 'verified';
}

const nf = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 6 });

/** The rows of one indicator: one per combination of its other dimensions, sexes as columns. */
function IndicatorRows({ indicator, cells, state, labels, editable, editsLocked, describe }: Props) {
  const { t } = useTranslation();
  const combos = combosOf(cells);
  const has = new Set(cells.map((c) => `${c.sex}|${c.comboKey}`));
  const statuses = cells
    .map((c) => state.stored.get(keyOf(indicator.code, c.sex, c.comboKey))?.status)
    .filter((s): s is ValueStatus => s !== undefined);
  const status = statusOf(statuses);
  const name = labels.name(indicator);
  const single = indicator.dimensions.length === 0;

  const head = (
    <th scope="rowgroup" className="setara-ind-name">
      <div>
        {name}
        <IndicatorInfo indicator={indicator} labels={labels} />
      </div>
      <Typography.Text type="secondary" className="setara-ind-meta">
        <span className="setara-code">{indicator.code}</span> · {labels.unit(indicator.unit)} ·{' '}
        {labels.source(indicator.source)}
        {indicator.sourceNote ? ` (${indicator.sourceNote})` : ''}
      </Typography.Text>
    </th>
  );
  const statusCell = (
    <td className="setara-ind-status" data-testid={`status-${indicator.code}`}>
      {status === 'empty' ? (
        <Typography.Text type="secondary">{t('data.status.empty')}</Typography.Text>
      ) : (
        <Tag color={STATUS_COLORS[status]}>{t(`data.status.${status}`)}</Tag>
      )}
    </td>
  );

  const row = (comboKey: string) => {
    const values = SEXES.map((sex) => state.current.get(keyOf(indicator.code, sex, comboKey)));
    const total = values.some((v) => v !== undefined)
      ? nf.format(values.reduce((sum, v) => sum + (v === undefined ? 0 : Number(v)), 0))
      : '—';
    const breakdown = labels.combo(comboKey);
    return SEXES.map((sex: Sex) => {
      const key = keyOf(indicator.code, sex, comboKey);
      if (!has.has(`${sex}|${comboKey}`))
        return (
          <td key={sex} className="setara-cell setara-cell-na">
            <Typography.Text type="secondary">{t('entry.notApplicable')}</Typography.Text>
          </td>
        );
      const stored = state.stored.get(key);
      const locked = editsLocked && stored !== undefined && stored.status !== 'draft';
      return (
        <MemoValueCell
          key={sex}
          cellKey={key}
          column={sex}
          label={t('entry.cellLabel', { indicator: name, breakdown, sex: labels.sex(sex) })}
          state={state}
          editable={editable && !locked}
          lockedText={
            stored ? t('entry.cellLocked', { status: t(`data.status.${stored.status}`) }) : undefined
          }
          describe={describe}
        />
      );
    }).concat(
      <td key="T" className="setara-cell-total" data-testid={`total-${indicator.code}|${comboKey}`}>
        {indicator.aggregation === 'sum' ? total : ''}
      </td>,
    );
  };

  if (single) {
    return (
      <tbody className="setara-ind" data-testid={`indicator-${indicator.code}`}>
        <tr>
          {head}
          {row('')}
          {statusCell}
        </tr>
      </tbody>
    );
  }
  return (
    <tbody className="setara-ind" data-testid={`indicator-${indicator.code}`}>
      <tr>
        {head}
        <td colSpan={3} />
        {statusCell}
      </tr>
      {combos.map((combo) => (
        <tr key={combo}>
          <th scope="row" className="setara-combo">
            {labels.combo(combo)}
          </th>
          {row(combo)}
          <td />
        </tr>
      ))}
    </tbody>
  );
}

/** Everything of `state` that one indicator's rows show, as one comparable string. */
function signature({ indicator, cells, state }: Props): string {
  return cells.map((c) => cellSignature(state, keyOf(indicator.code, c.sex, c.comboKey))).join('\u0002');
}

/**
 * Typing in one cell re-renders only its indicator: with hundreds of inputs, re-rendering
 * the whole grid on every keystroke made typing lag.
 */
export const MemoIndicatorRows = memo(
  IndicatorRows,
  (a, b) =>
    a.indicator === b.indicator &&
    a.editable === b.editable &&
    a.editsLocked === b.editsLocked &&
    a.labels === b.labels &&
    a.describe === b.describe &&
    signature(a) === signature(b),
);
