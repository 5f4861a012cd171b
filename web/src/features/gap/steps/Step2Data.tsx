import { Descriptions, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GapDataRef } from '../../../../../domain/planning/gap-content.ts';
import { formatDecimal } from '../../../components/format.ts';
import type { DataFigure } from '../api.ts';
import { Field, TextAreaField } from '../Field.tsx';
import { ListEditor } from '../ListEditor.tsx';
import { newId } from '../ids.ts';
import type { StepProps } from './types.ts';

interface Props extends StepProps {
  /** Catalog indicators the region sees, for the picker. */
  indicators: { code: string; name: string; unit: string }[];
  /** The live figures of the saved references, from GET /api/gap/:id. */
  figures: DataFigure[];
  /** The document's budget year: data of the years before it are what the analysis rests on. */
  year: number;
}

function Figures({ item, figure }: { item: GapDataRef; figure: DataFigure | undefined }) {
  const { t } = useTranslation();
  // The figures belong to what was saved; a just-changed pick shows them after the autosave.
  if (!item.indicatorCode) return null;
  if (!figure || figure.indicatorCode !== item.indicatorCode || figure.year !== item.year) {
    return <Typography.Text type="secondary">{t('gap.s2.pending')}</Typography.Text>;
  }
  if (figure.missing) {
    return (
      <Typography.Text type="warning" data-testid="gap-s2-novalue">
        {t('gap.s2.noValue', { year: item.year })}
      </Typography.Text>
    );
  }
  // The API sends figures as JSON numbers; shown with Indonesian separators, never recomputed.
  // Units and source kinds are catalog codes ("orang", "administrative"): shown by their label.
  const unit = figure.unit ? t(`data.units.${figure.unit}`, { defaultValue: figure.unit }) : '';
  const source = figure.source ? t(`data.sources.${figure.source}`, { defaultValue: figure.source }) : '–';
  const value = (v: number | null) => (v === null ? '–' : `${formatDecimal(String(v))} ${unit}`.trim());
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 3 }}
      bordered
      data-testid="gap-s2-figures"
      items={[
        { key: 'p', label: t('gap.s2.female'), children: value(figure.female) },
        { key: 'l', label: t('gap.s2.male'), children: value(figure.male) },
        { key: 't', label: t('gap.s2.total'), children: value(figure.total) },
        {
          key: 's',
          label: t('gap.s2.source'),
          span: 3,
          children: (
            <>
              {`${source} · ${t('gap.s2.yearOf', { year: figure.year })}`}
              {figure.status && figure.status !== 'verified' && (
                <Tag style={{ marginInlineStart: 8 }} color={figure.status === 'draft' ? 'default' : 'gold'}>
                  {t(`gap.s2.valueStatus.${figure.status}`)}
                </Tag>
              )}
            </>
          ),
        },
      ]}
    />
  );
}

/** Step 2: data pembuka wawasan, picked from the catalog (live values, never retyped). */
export function Step2({ gap, onChange, readOnly, indicators, figures, year }: Props) {
  const { t } = useTranslation();
  const years = Array.from({ length: 8 }, (_, i) => year - i);
  const options = indicators.map((i) => ({ value: i.code, label: `${i.name} (${i.code})` }));
  return (
    <>
      <ListEditor<GapDataRef>
        testId="gap-s2-list"
        items={gap.step2.data}
        noun={t('gap.s2.noun')}
        addLabel={t('gap.s2.add')}
        emptyText={t('gap.s2.empty')}
        readOnly={readOnly}
        create={() => ({ id: newId(), indicatorCode: '', year: year - 1, note: '' })}
        onChange={(data) => onChange({ ...gap, step2: { ...gap.step2, data } })}
        render={(item, update, index) => (
          <>
            <Field id={`gap-s2-indicator-${index}`} label={t('gap.s2.indicator')}>
              <Select
                id={`gap-s2-indicator-${index}`}
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: '100%' }}
                placeholder={t('gap.s2.indicatorPlaceholder')}
                value={item.indicatorCode || undefined}
                disabled={readOnly}
                options={options}
                onChange={(indicatorCode: string) => update({ indicatorCode })}
              />
            </Field>
            <Field id={`gap-s2-year-${index}`} label={t('gap.s2.year')}>
              <Select
                id={`gap-s2-year-${index}`}
                style={{ width: 120 }}
                value={item.year}
                disabled={readOnly}
                options={years.map((y) => ({ value: y, label: String(y) }))}
                onChange={(y: number) => update({ year: y })}
              />
            </Field>
            <div style={{ marginBottom: 12 }}>
              <Figures item={item} figure={figures.find((f) => f.refId === item.id)} />
            </div>
            <TextAreaField
              id={`gap-s2-note-${index}`}
              label={t('gap.s2.note')}
              rows={[2, 8]}
              value={item.note}
              readOnly={readOnly}
              onChange={(v) => update({ note: v })}
            />
          </>
        )}
      />
      <div style={{ marginTop: 16 }}>
        <TextAreaField
          id="gap-s2-qualitative"
          label={t('gap.s2.qualitative')}
          help={t('gap.s2.qualitativeHelp')}
          rows={[3, 12]}
          value={gap.step2.qualitative}
          readOnly={readOnly}
          onChange={(v) => onChange({ ...gap, step2: { ...gap.step2, qualitative: v } })}
        />
      </div>
    </>
  );
}
