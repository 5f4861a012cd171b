import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GapAction } from '../../../../../domain/planning/gap-content.ts';
import { Field, TextAreaField, InputField } from '../Field.tsx';
import { ListEditor } from '../ListEditor.tsx';
import { newId } from '../ids.ts';
import { WarningList } from '../issues.tsx';
import { causeOptions, unaddressed } from '../labels.ts';
import type { StepProps } from './types.ts';
import { useLang } from '../lang.ts';

/** Step 7: the action plan; each action names the factors and causes of steps 3–5 it answers. */
export function Step7({ gap, onChange, readOnly }: StepProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const options = causeOptions(gap, t, lang);
  const missing = unaddressed(gap, t, lang);
  return (
    <>
      <WarningList
        testId="gap-s7-unaddressed"
        style={{ marginBottom: 12 }}
        title={t('gap.s7.unaddressed', { count: missing.length })}
        items={missing.map((m) => ({ key: m.value, text: m.label }))}
      />
      <ListEditor<GapAction>
        testId="gap-s7-list"
        items={gap.step7.actions}
        noun={t('gap.s7.noun')}
        addLabel={t('gap.s7.add')}
        emptyText={t('gap.s7.empty')}
        readOnly={readOnly}
        create={() => ({ id: newId(), text: '', output: '', addresses: [] })}
        onChange={(actions) => onChange({ ...gap, step7: { actions } })}
        render={(item, update, index) => (
          <>
            <TextAreaField
              id={`gap-s7-text-${index}`}
              label={t('gap.s7.text')}
              rows={[2, 8]}
              value={item.text}
              readOnly={readOnly}
              onChange={(v) => update({ text: v })}
            />
            <InputField
              id={`gap-s7-output-${index}`}
              label={t('gap.s7.output')}
              value={item.output}
              readOnly={readOnly}
              onChange={(v) => update({ output: v })}
            />
            <Field
              id={`gap-s7-addresses-${index}`}
              label={t('gap.s7.addresses')}
              help={t('gap.s7.addressesHelp')}
            >
              <Select
                id={`gap-s7-addresses-${index}`}
                mode="multiple"
                style={{ width: '100%' }}
                placeholder={t('gap.s7.addressesPlaceholder')}
                // Ids whose factor or cause was deleted are dropped from the choice, not kept hidden.
                value={item.addresses.filter((a) => options.some((o) => o.value === a))}
                disabled={readOnly}
                options={options.map(({ value, label }) => ({ value, label }))}
                optionFilterProp="label"
                onChange={(addresses: string[]) => update({ addresses })}
              />
            </Field>
          </>
        )}
      />
    </>
  );
}
