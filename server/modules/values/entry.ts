/**
 * The entry grid of one region and period: rows are indicators (those of one OPD, or all),
 * columns are sex × the indicator's other dimension members. Operators edit their own OPD's
 * draft values; the region's admin edits any value. Rule violations come back with every
 * read and save so the grid can show them live.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { canEditOpdData, canEditOpdDataIn, canManageRegion, opdScopeOf } from '../../../domain/access.js';
import { comboKey } from '../../../domain/combo.js';
import type { Sex } from '../../../domain/indicators.js';
import { parseDecimal } from '../../../domain/number-parse.js';
import { parsePeriod } from '../../../domain/period.js';
import { checkSingleValue } from '../../../domain/value-rules.js';
import type { Db } from '../../db/connection.js';
import { indicatorAssignments, indicators } from '../../db/schema-data.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit, subjectOf } from '../../lib/audit.js';
import { Forbidden, Invalid, type FieldErrors } from '../../lib/errors.js';
import type { MessageKey } from '../../lib/messages.js';
import { assertCanReadRegion } from '../../lib/permissions.js';
import { assignedIndicatorCodes } from '../indicators/assignments.js';
import { visibleTo } from '../indicators/visibility.js';
import { toIndicatorDto } from '../indicators/service.js';
import { combosById, internCombos } from './combos.js';
import { assertShowable, gridCells, loadIndicatorInfo, memberProblem } from './indicator-info.js';
import { existingValues, keyOf, writeValues, type ValueWrite } from './store.js';
import { violationsFor } from './validation.js';

/** Indicator codes of the grid: one OPD's assignments, or every active indicator of the region. */
async function gridIndicatorCodes(db: Db, regionCode: string, periodicity: string, opdId: string | null) {
  if (opdId) return assignedIndicatorCodes(db, regionCode, opdId, periodicity, { activeOnly: true });
  const rows = await db
    .select({ code: indicators.code })
    .from(indicators)
    .where(
      and(
        visibleTo(indicators.ownerRegionCode, regionCode),
        eq(indicators.active, true),
        eq(indicators.periodicity, periodicity),
      ),
    )
    .orderBy(asc(indicators.domainGroup), asc(indicators.code));
  return rows.map((r) => r.code);
}

/**
 * The most cells one grid shows. The starter catalog makes a few hundred; an indicator split by
 * kecamatan and three more dimensions makes 3,584 in Kota Palu but 79,296 at its province,
 * more than a page can render or a person can fill in (the import takes those).
 */
export const MAX_GRID_CELLS = 20_000;

function periodOrThrow(period: string) {
  const p = parsePeriod(period);
  if (!p) throw new Invalid({ period: 'bad_format' });
  return p;
}

export async function getEntryGrid(
  db: Db,
  actor: Actor | null,
  regionCode: string,
  period: string,
  opdId?: string,
) {
  const a = assertCanReadRegion(actor, regionCode);
  const p = periodOrThrow(period);
  // An operator's grid is always their own OPD's (and empty without one).
  const scope = opdScopeOf(a, regionCode, opdId);
  const opd = scope.kind === 'opd' ? scope.opdId : null;
  const codes = scope.kind === 'none' ? [] : await gridIndicatorCodes(db, regionCode, p.periodicity, opd);
  const info = await loadIndicatorInfo(db, codes, regionCode);
  assertShowable([...info.values()], MAX_GRID_CELLS);
  const stored = await existingValues(db, regionCode, period, codes);
  const combos = await combosById(
    db,
    [...stored.values()].map((v) => v.comboId),
  );
  const values = [...stored.values()].map((v) => ({
    indicatorCode: v.indicatorCode,
    // A text column, written only through the entry and import checks of the sex.
    sex: v.sex as Sex,
    comboKey: combos.get(v.comboId)?.key ?? '',
    value: v.value,
    status: v.status,
    note: v.note,
    sourceRef: v.sourceRef,
  }));
  return {
    regionCode,
    period,
    opdId: opd,
    editable: opd ? canEditOpdData(a, regionCode, opd) : canManageRegion(a, regionCode),
    indicators: codes.map((code) => {
      const i = info.get(code)!;
      return { indicator: toIndicatorDto(i.row), cells: gridCells(i, MAX_GRID_CELLS) };
    }),
    values,
    violations: await violationsFor(db, regionCode, period, codes),
  };
}

export interface EntryInput {
  period: string;
  values: {
    indicatorCode: string;
    sex: Sex;
    members?: Record<string, string>;
    /** Left out: the stored value stays (a change of its note only). */
    value?: string | null;
    note?: string | null;
    sourceRef?: string | null;
  }[];
}

interface NoteChange {
  indicatorCode: string;
  sex: Sex;
  comboKey: string;
  before: string | null;
  after: string | null;
}

/** Notes kept in one audit entry; a save of thousands of notes records the first ones and the count. */
const AUDITED_NOTES = 50;

/**
 * The notes a save changed, for its audit entry: a value's history row records the change of
 * the cell, the audit entry what the comment said before and after.
 */
function noteAudit(changes: NoteChange[]) {
  if (changes.length === 0) return { before: undefined, after: {} };
  const shown = changes.slice(0, AUDITED_NOTES);
  const at = (c: NoteChange) => ({ indicatorCode: c.indicatorCode, sex: c.sex, comboKey: c.comboKey });
  return {
    before: { notes: shown.map((c) => ({ ...at(c), note: c.before })) },
    after: { notesChanged: changes.length, notes: shown.map((c) => ({ ...at(c), note: c.after })) },
  };
}

/**
 * Saves cells all-or-nothing: any cell the caller may not change, or that is malformed,
 * refuses the whole save with the failing cells named (`values.<i>.value`).
 */
export async function saveEntries(db: Db, actor: Actor | null, regionCode: string, input: EntryInput) {
  const a = assertCanReadRegion(actor, regionCode);
  if (!canEditOpdDataIn(a, regionCode)) throw new Forbidden();
  const isAdmin = canManageRegion(a, regionCode);
  const p = periodOrThrow(input.period);

  const codes = [...new Set(input.values.map((v) => v.indicatorCode))];
  const info = await loadIndicatorInfo(db, codes, regionCode);
  const assignments = new Map(
    (
      await db
        .select()
        .from(indicatorAssignments)
        .where(
          and(
            eq(indicatorAssignments.regionCode, regionCode),
            inArray(indicatorAssignments.indicatorCode, codes),
          ),
        )
    ).map((r) => [r.indicatorCode, r.opdId]),
  );
  const stored = await existingValues(db, regionCode, input.period, codes);
  const comboIds = await internCombos(
    db,
    input.values.map((v) => comboKey(v.members ?? {})),
  );

  const fields: FieldErrors = {};
  const writes: ValueWrite[] = [];
  const noteChanges: NoteChange[] = [];
  input.values.forEach((cell, i) => {
    const at = `values.${i}`;
    const fail = (field: string, key: MessageKey) => (fields[`${at}.${field}`] = key);
    const ind = info.get(cell.indicatorCode);
    if (!ind) return fail('indicatorCode', 'indicator_unknown');
    if (ind.row.periodicity !== p.periodicity) return fail('indicatorCode', 'period_invalid');
    // A cell is its indicator's OPD's; an indicator no OPD holds is the admin's alone.
    const owner = assignments.get(cell.indicatorCode);
    if (!(owner ? canEditOpdData(a, regionCode, owner) : isAdmin))
      return fail('indicatorCode', 'not_assigned');
    const members = cell.members ?? {};
    const memberIssue = memberProblem(ind, members);
    if (memberIssue) return fail('members', memberIssue);
    const comboId = comboIds.get(comboKey(members))!;
    const old = stored.get(keyOf({ indicatorCode: cell.indicatorCode, sex: cell.sex, comboId }));
    if (old && old.status !== 'draft' && !isAdmin) return fail('value', 'value_locked');
    const note = cell.note === undefined ? (old?.note ?? null) : cell.note || null;
    let value: string | null = null;
    if (cell.value === undefined) {
      // A note hangs on a value: changing only the note needs one stored.
      if (!old) return fail('note', 'note_without_value');
      value = old.value;
    } else if (cell.value !== null && cell.value.trim() !== '') {
      const parsed = parseDecimal(cell.value);
      if (!parsed.ok) return fail('value', 'bad_format');
      value = parsed.value as string;
      const single = checkSingleValue(ind.rule, cell.sex, value).find((v) => v.rule === 'sex_not_applicable');
      if (single) return fail('sex', 'sex_not_applicable');
    }
    if (value === null && cell.note) return fail('note', 'note_without_value');
    // The admin's corrections keep the value's standing; an operator's edit is a new draft.
    const status = isAdmin && old ? old.status : 'draft';
    if (value !== null && note !== (old?.note ?? null)) {
      noteChanges.push({
        indicatorCode: cell.indicatorCode,
        sex: cell.sex,
        comboKey: comboKey(members),
        before: old?.note ?? null,
        after: note,
      });
    }
    writes.push({
      indicatorCode: cell.indicatorCode,
      sex: cell.sex,
      comboId,
      value,
      note,
      sourceRef: cell.sourceRef ?? old?.sourceRef ?? null,
      status,
    });
  });
  // A cell of another OPD's indicator is a permission failure, not a malformed cell: it wins.
  const notYours = Object.entries(fields).filter(([, key]) => key === 'not_assigned');
  if (notYours.length) throw new Forbidden('forbidden', Object.fromEntries(notYours));
  if (Object.keys(fields).length) throw new Invalid(fields);

  const changed = await db.transaction(async (tx) => {
    const n = await writeValues(tx, regionCode, input.period, writes, stored, a.userId);
    if (n > 0) {
      const notes = noteAudit(noteChanges);
      await recordAudit(tx, subjectOf(a), {
        action: 'update',
        entity: 'data_values',
        entityId: input.period,
        regionCode,
        before: notes.before,
        after: { period: input.period, indicators: codes, cells: n, ...notes.after },
      });
    }
    return n;
  });
  return {
    changed,
    violations: await violationsFor(db, regionCode, input.period, codes, { ratesOfParts: true }),
  };
}
