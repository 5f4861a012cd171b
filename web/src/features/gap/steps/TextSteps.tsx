import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { Field } from '../Field.tsx';
import type { StepProps } from './types.ts';

/** Step 1: the policy/program/activity and its objective. */
export function Step1({ gap, onChange, readOnly }: StepProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<typeof gap.step1>) => onChange({ ...gap, step1: { ...gap.step1, ...patch } });
  return (
    <>
      <Field id="gap-s1-policy" label={t('gap.s1.policy')} help={t('gap.s1.policyHelp')}>
        <Input.TextArea
          id="gap-s1-policy"
          autoSize={{ minRows: 3, maxRows: 12 }}
          value={gap.step1.policy}
          readOnly={readOnly}
          onChange={(e) => set({ policy: e.target.value })}
        />
      </Field>
      <Field id="gap-s1-objective" label={t('gap.s1.objective')}>
        <Input.TextArea
          id="gap-s1-objective"
          autoSize={{ minRows: 3, maxRows: 12 }}
          value={gap.step1.objective}
          readOnly={readOnly}
          onChange={(e) => set({ objective: e.target.value })}
        />
      </Field>
    </>
  );
}

/** Step 6: the objective reformulated to be gender-responsive. */
export function Step6({ gap, onChange, readOnly }: StepProps) {
  const { t } = useTranslation();
  return (
    <Field id="gap-s6-objective" label={t('gap.s6.objective')} help={t('gap.s6.help')}>
      <Input.TextArea
        id="gap-s6-objective"
        autoSize={{ minRows: 4, maxRows: 14 }}
        value={gap.step6.objective}
        readOnly={readOnly}
        onChange={(e) => onChange({ ...gap, step6: { objective: e.target.value } })}
      />
    </Field>
  );
}
