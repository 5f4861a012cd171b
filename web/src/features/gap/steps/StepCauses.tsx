import { useTranslation } from 'react-i18next';
import type { GapCause } from '../../../../../domain/planning/gap-content.ts';
import { TextAreaField } from '../Field.tsx';
import { ListEditor } from '../ListEditor.tsx';
import { newId } from '../ids.ts';
import type { StepProps } from './types.ts';

/** Steps 4 (internal causes) and 5 (external causes) share one shape: a list of texts. */
function Causes({ gap, onChange, readOnly, step }: StepProps & { step: 4 | 5 }) {
  const { t } = useTranslation();
  const key = step === 4 ? 'step4' : 'step5';
  const k = `gap.s${step}`;
  return (
    <ListEditor<GapCause>
      testId={`gap-s${step}-list`}
      items={gap[key].causes}
      noun={t(`${k}.noun`)}
      addLabel={t(`${k}.add`)}
      emptyText={t(`${k}.empty`)}
      readOnly={readOnly}
      create={() => ({ id: newId(), text: '' })}
      onChange={(causes) => onChange({ ...gap, [key]: { causes } })}
      render={(item, update, index) => (
        <TextAreaField
          id={`gap-s${step}-text-${index}`}
          label={t(`${k}.text`)}
          rows={[2, 10]}
          value={item.text}
          readOnly={readOnly}
          onChange={(v) => update({ text: v })}
        />
      )}
    />
  );
}

export const Step4 = (props: StepProps) => <Causes {...props} step={4} />;
export const Step5 = (props: StepProps) => <Causes {...props} step={5} />;
