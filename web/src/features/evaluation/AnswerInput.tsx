import { Input, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n.ts';
import type { Question } from './api.ts';

export type Value = string | boolean | number | null;

/** The answer's input by the question's answer type (choice, yes/no, number, percentage, text). */
export function AnswerInput({
  q,
  value,
  onChange,
  disabled,
}: {
  q: Question;
  value: Value;
  onChange: (v: Value) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const label = `${q.code} ${t('evaluation.answer')}`;
  const en = currentLanguage() === 'en';
  switch (q.answerType) {
    case 'yes_no':
      return (
        <Radio.Group
          disabled={disabled}
          value={value}
          onChange={(e) => onChange(e.target.value as boolean)}
          aria-label={label}
        >
          <Radio value={true}>{t('evaluation.yes')}</Radio>
          <Radio value={false}>{t('evaluation.no')}</Radio>
        </Radio.Group>
      );
    case 'choice':
      return (
        <Select
          disabled={disabled}
          style={{ minWidth: 280, maxWidth: '100%' }}
          value={typeof value === 'string' ? value : undefined}
          onChange={(v: string | undefined) => onChange(v ?? null)}
          allowClear
          aria-label={label}
          placeholder={t('evaluation.choose')}
          options={q.options.map((o) => ({
            value: o.code,
            label: `${o.code}. ${(en && o.labelEn) || o.label}`,
          }))}
        />
      );
    case 'number':
    case 'percentage':
      return (
        <InputNumber
          disabled={disabled}
          min={0}
          max={q.answerType === 'percentage' ? 100 : undefined}
          decimalSeparator=","
          addonAfter={q.answerType === 'percentage' ? '%' : undefined}
          value={typeof value === 'number' ? value : null}
          onChange={(v) => onChange(v === null ? null : Number(v))}
          aria-label={label}
        />
      );
    case 'text':
      return (
        <Input.TextArea
          disabled={disabled}
          style={{ minWidth: 280, flex: 1 }}
          autoSize={{ minRows: 2, maxRows: 8 }}
          maxLength={8000}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
          aria-label={label}
        />
      );
  }
}
