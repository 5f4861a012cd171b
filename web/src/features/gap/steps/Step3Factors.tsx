import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { GAP_ASPECTS, type GapFactor } from '../../../../../domain/planning/gap-content.ts';
import { Field, TextAreaField } from '../Field.tsx';
import { ListEditor } from '../ListEditor.tsx';
import { newId } from '../ids.ts';
import type { StepProps } from './types.ts';
import { GAP_ASPECT_LABELS } from '../../../../../domain/planning/gap-guidance.ts';
import { useLang } from '../lang.ts';

/** Step 3: gender gap factors, each under one APKM aspect with its narrative. */
export function Step3({ gap, onChange, readOnly }: StepProps) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <ListEditor<GapFactor>
      testId="gap-s3-list"
      items={gap.step3.factors}
      noun={t('gap.s3.noun')}
      addLabel={t('gap.s3.add')}
      emptyText={t('gap.s3.empty')}
      readOnly={readOnly}
      create={() => ({ id: newId(), aspect: 'akses', text: '' })}
      onChange={(factors) => onChange({ ...gap, step3: { factors } })}
      render={(item, update, index) => (
        <>
          <Field id={`gap-s3-aspect-${index}`} label={t('gap.s3.aspect')}>
            <Select
              id={`gap-s3-aspect-${index}`}
              style={{ width: 220 }}
              value={item.aspect}
              disabled={readOnly}
              options={GAP_ASPECTS.map((a) => ({ value: a, label: GAP_ASPECT_LABELS[a][lang] }))}
              onChange={(aspect) => update({ aspect })}
            />
          </Field>
          <TextAreaField
            id={`gap-s3-text-${index}`}
            label={t('gap.s3.text')}
            rows={[2, 10]}
            value={item.text}
            readOnly={readOnly}
            onChange={(v) => update({ text: v })}
          />
        </>
      )}
    />
  );
}
