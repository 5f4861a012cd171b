import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canWriteMinutesFor, minutesProblems, noteRequired, tallyOutcomes } from './minutes.js';

const meeting = { agendaIds: ['a1', 'a2'], outcomeIds: ['o1', 'o2', 'o3'] };

test('minutes are written once the event has begun, never for a cancelled one', () => {
  assert.equal(canWriteMinutesFor('planned', '2024-12-04', '2024-12-03'), false);
  assert.equal(canWriteMinutesFor('planned', '2024-12-04', '2024-12-04'), true);
  assert.equal(canWriteMinutesFor('held', '2024-12-04', '2025-01-01'), true);
  assert.equal(canWriteMinutesFor('cancelled', '2024-12-04', '2025-01-01'), false);
});

test('a note is required unless the outcome was achieved', () => {
  assert.equal(noteRequired('achieved'), false);
  assert.equal(noteRequired('partly'), true);
  assert.equal(noteRequired('not'), true);
});

test('problems name the field: unknown ids, duplicates, missing notes', () => {
  const problems = minutesProblems(
    {
      agendaNotes: [
        { agendaItemId: 'a1', summary: 'x' },
        { agendaItemId: 'a1', summary: 'y' },
        { agendaItemId: 'zz', summary: 'z' },
      ],
      decisions: ['d'],
      outcomes: [
        { outcomeId: 'o1', result: 'achieved', note: '' },
        { outcomeId: 'o2', result: 'partly', note: '  ' },
        { outcomeId: 'o9', result: 'not', note: 'n' },
      ],
    },
    meeting,
  );
  assert.deepEqual(problems, {
    'agendaNotes.1.agendaItemId': 'duplicate',
    'agendaNotes.2.agendaItemId': 'unknown_agenda_item',
    'outcomes.1.note': 'note_required',
    'outcomes.2.outcomeId': 'unknown_outcome',
  });
});

test('tally counts each intended outcome once, unmarked ones too', () => {
  const tally = tallyOutcomes(
    {
      agendaNotes: [],
      decisions: [],
      outcomes: [
        { outcomeId: 'o1', result: 'achieved', note: '' },
        { outcomeId: 'o2', result: 'not', note: 'x' },
        { outcomeId: 'gone', result: 'partly', note: 'x' },
      ],
    },
    meeting.outcomeIds,
  );
  assert.deepEqual(tally, { achieved: 1, partly: 0, not: 1, unmarked: 1 });
});
