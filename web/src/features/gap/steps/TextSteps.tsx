import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../Field.tsx';
import type { StepProps } from './types.ts';

/** Step 1: the policy/program/activity and its objective. */
export function Step1({ gap, onChange, readOnly }: StepProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<typeof gap.step1>) => onChange({ ...gap, step1: { ...gap.step1, ...patch } });
  return (
    <>
      <TextAreaField
        id="gap-s1-policy"
        label={t('gap.s1.policy')}
        help={t('gap.s1.policyHelp')}
        rows={[3, 12]}
        value={gap.step1.policy}
        readOnly={readOnly}
        onChange={(v) => set({ policy: v })}
      />
      <TextAreaField
        id="gap-s1-objective"
        label={t('gap.s1.objective')}
        rows={[3, 12]}
        value={gap.step1.objective}
        readOnly={readOnly}
        onChange={(v) => set({ objective: v })}
      />
    </>
  );
}

/** Step 6: the objective reformulated to be gender-responsive. */
export function Step6({ gap, onChange, readOnly }: StepProps) {
  const { t } = useTranslation();
  return (
    <TextAreaField
      id="gap-s6-objective"
      label={t('gap.s6.objective')}
      help={t('gap.s6.help')}
      rows={[4, 14]}
      value={gap.step6.objective}
      readOnly={readOnly}
      onChange={(v) => onChange({ ...gap, step6: { objective: v } })}
    />
  );
}
