import { Alert, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GapBaseline } from '../../../../../domain/planning/gap-content.ts';
import { Field, TextAreaField } from '../Field.tsx';
import { ListEditor } from '../ListEditor.tsx';
import { newId } from '../ids.ts';
import { dataLabel } from '../labels.ts';
import type { StepProps } from './types.ts';

/** Step 8: baselines, each taken from a step 2 data item. */
export function Step8({
  gap,
  onChange,
  readOnly,
  names,
}: StepProps & { names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const options = gap.step2.data
    .filter((d) => d.indicatorCode)
    .map((d) => ({ value: d.id, label: dataLabel(d, names) }));
  return (
    <>
      {options.length === 0 && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('gap.s8.noData')} />
      )}
      <ListEditor<GapBaseline>
        testId="gap-s8-list"
        items={gap.step8.baselines}
        noun={t('gap.s8.noun')}
        addLabel={t('gap.s8.add')}
        emptyText={t('gap.s8.empty')}
        readOnly={readOnly}
        create={() => ({ id: newId(), dataRefId: options[0]?.value ?? '', text: '' })}
        onChange={(baselines) => onChange({ ...gap, step8: { baselines } })}
        render={(item, update, index) => (
          <>
            <Field id={`gap-s8-data-${index}`} label={t('gap.s8.data')}>
              <Select
                id={`gap-s8-data-${index}`}
                style={{ width: '100%' }}
                placeholder={t('gap.s8.dataPlaceholder')}
                value={options.some((o) => o.value === item.dataRefId) ? item.dataRefId : undefined}
                disabled={readOnly}
                options={options}
                onChange={(dataRefId: string) => update({ dataRefId })}
              />
            </Field>
            <TextAreaField
              id={`gap-s8-text-${index}`}
              label={t('gap.s8.text')}
              rows={[2, 8]}
              value={item.text}
              readOnly={readOnly}
              onChange={(v) => update({ text: v })}
            />
          </>
        )}
      />
    </>
  );
}
