import { hasTrainingRecords } from '../../../../domain/training/constants.ts';
import type { EventTab } from '../meetings/eventTabs.tsx';
import { TrainingTab } from './TrainingTab.tsx';

/** The event page's "Pelatihan" tab: a Bimtek, or any event with lesson hours. */
export const TRAINING_TAB: EventTab = {
  key: 'pelatihan',
  labelKey: 'training.tab',
  show: (m) => m.status !== 'cancelled' && hasTrainingRecords(m),
  render: (m) => <TrainingTab meetingId={m.id} />,
};
