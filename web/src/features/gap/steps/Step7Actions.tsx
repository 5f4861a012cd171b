import { Alert, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GapAction } from '../../../../../domain/planning/gap-content.ts';
import { Field } from '../Field.tsx';
import { ListEditor } from '../ListEditor.tsx';
import { newId } from '../ids.ts';
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
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="gap-s7-unaddressed"
          style={{ marginBottom: 12 }}
          title={t('gap.s7.unaddressed', { count: missing.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {missing.map((m) => (
                <li key={m.value}>{m.label}</li>
              ))}
            </ul>
          }
        />
      )}
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
            <Field id={`gap-s7-text-${index}`} label={t('gap.s7.text')}>
              <Input.TextArea
                id={`gap-s7-text-${index}`}
                autoSize={{ minRows: 2, maxRows: 8 }}
                value={item.text}
                readOnly={readOnly}
                onChange={(e) => update({ text: e.target.value })}
              />
            </Field>
            <Field id={`gap-s7-output-${index}`} label={t('gap.s7.output')}>
              <Input
                id={`gap-s7-output-${index}`}
                value={item.output}
                readOnly={readOnly}
                onChange={(e) => update({ output: e.target.value })}
              />
            </Field>
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
