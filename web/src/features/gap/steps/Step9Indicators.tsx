import { Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GapIndicator } from '../../../../../domain/planning/gap-content.ts';
import { Field, TextAreaField, InputField } from '../Field.tsx';
import { ListEditor } from '../ListEditor.tsx';
import { newId } from '../ids.ts';
import type { StepProps } from './types.ts';

/** Step 9: gender indicators of output and outcome with their targets. */
export function Step9({ gap, onChange, readOnly }: StepProps) {
  const { t } = useTranslation();
  return (
    <ListEditor<GapIndicator>
      testId="gap-s9-list"
      items={gap.step9.indicators}
      noun={t('gap.s9.noun')}
      addLabel={t('gap.s9.add')}
      emptyText={t('gap.s9.empty')}
      readOnly={readOnly}
      create={() => ({ id: newId(), kind: 'output', text: '', target: '', unit: '' })}
      onChange={(indicators) => onChange({ ...gap, step9: { indicators } })}
      render={(item, update, index) => (
        <>
          <Field id={`gap-s9-kind-${index}`} label={t('gap.s9.kind')}>
            <Select
              id={`gap-s9-kind-${index}`}
              style={{ width: 200 }}
              value={item.kind}
              disabled={readOnly}
              options={[
                { value: 'output', label: t('gap.s9.output') },
                { value: 'outcome', label: t('gap.s9.outcome') },
              ]}
              onChange={(kind: GapIndicator['kind']) => update({ kind })}
            />
          </Field>
          <TextAreaField
            id={`gap-s9-text-${index}`}
            label={t('gap.s9.text')}
            rows={[2, 6]}
            value={item.text}
            readOnly={readOnly}
            onChange={(v) => update({ text: v })}
          />
          <Flex gap={12} wrap>
            <InputField
              id={`gap-s9-target-${index}`}
              label={t('gap.s9.target')}
              width={180}
              value={item.target}
              readOnly={readOnly}
              onChange={(v) => update({ target: v })}
            />
            <InputField
              id={`gap-s9-unit-${index}`}
              label={t('gap.s9.unit')}
              width={180}
              value={item.unit}
              readOnly={readOnly}
              onChange={(v) => update({ unit: v })}
            />
          </Flex>
        </>
      )}
    />
  );
}
