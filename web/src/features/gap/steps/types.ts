import type { GapContent } from '../../../../../domain/planning/gap-content.ts';

/** What every step editor receives: the whole worksheet (steps point at each other) and a setter. */
export interface StepProps {
  gap: GapContent;
  onChange: (gap: GapContent) => void;
  readOnly: boolean;
}
