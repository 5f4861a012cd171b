import { useState } from 'react';
import { Col, Form, Input, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IndexCode } from '../../../../domain/indices/constants.ts';
import { INDEX_SCALE } from '../../../../domain/indices/constants.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { useSaveIndexValue, type IndexValueRow, type RegionIndexSeries } from './api.ts';
import { DataComponentsPanel, TakenTag } from './DataComponentsPanel.tsx';
import { inputLabel } from './labels.ts';

interface Values {
  year: number;
  components: Record<string, number | null | undefined>;
  source: string;
  published: number | null;
  publishedSource: string;
}
const FIELDS = ['year', 'components', 'source', 'published', 'publishedSource'] as const;

/** The source of the row's first typed or imported component, offered again on edit (the form saves one source for all). */
function sourceOf(row: IndexValueRow | null): string {
  const sources = Object.values(row?.components ?? {})
    .filter((c) => c.origin !== 'data')
    .map((c) => c.source);
  return sources[0] ?? '';
}

/**
 * Typing a region-year's components: every input of the index with its unit, one source for
 * what is typed here, and BPS's published value with where it was published. Components left
 * empty stay missing (the index is then not computed); the server names any refused field.
 */
export function IndexValueForm({
  regionCode,
  series,
  row,
  onClose,
}: {
  regionCode: string;
  series: RegionIndexSeries;
  /** The year being edited, or null for a new year. */
  row: IndexValueRow | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const index = series.index as IndexCode;
  const save = useSaveIndexValue(regionCode, index);
  // Components filled from data terpilah (stored ones included) and the value taken: sent
  // back with origin `data` while the field still holds that value.
  const [taken, setTaken] = useState<Record<string, number>>(() =>
    Object.fromEntries(
      Object.entries(row?.components ?? {})
        .filter(([, c]) => c.origin === 'data')
        .map(([n, c]) => [n, c.value]),
    ),
  );
  const initialValues: Partial<Values> = {
    year: row?.year ?? new Date().getFullYear() - 1,
    components: Object.fromEntries(Object.entries(row?.components ?? {}).map(([n, c]) => [n, c.value])),
    source: sourceOf(row),
    published: row?.published ?? null,
    publishedSource: row?.publishedSource ?? '',
  };
  const submit = async (v: Values) => {
    const components = Object.fromEntries(
      Object.entries(v.components ?? {})
        .filter(([, value]) => value !== null && value !== undefined)
        .map(([name, value]) => [
          name,
          taken[name] === value
            ? { value, source: '', origin: 'data' as const }
            : { value: value as number, source: v.source ?? '' },
        ]),
    );
    await save.mutateAsync({
      year: v.year,
      body: {
        components,
        published: v.published ?? null,
        publishedSource: v.publishedSource ?? '',
        ...(row ? { version: row.version } : {}),
      },
    });
    return t('indices.saved', { year: v.year });
  };
  const scale = INDEX_SCALE[index];
  return (
    <FormModal<Values>
      open
      title={row ? t('indices.editYear', { year: row.year }) : t('indices.addYear')}
      fields={FIELDS}
      initialValues={initialValues}
      pending={save.isPending}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        name="year"
        label={t('indices.year')}
        rules={[{ required: true, message: t('indices.yearRequired') }]}
      >
        <InputNumber min={1990} max={2100} disabled={row !== null} />
      </Form.Item>
      {index === 'ikk' ? null : (
        <DataComponentsPanel
          regionCode={regionCode}
          series={series}
          taken={taken}
          onTaken={(values) => setTaken((before) => ({ ...before, ...values }))}
        />
      )}
      <Row gutter={16}>
        {series.inputs.map((spec) => (
          <Col key={spec.name} xs={24} sm={12}>
            <Form.Item
              name={['components', spec.name]}
              label={
                <>
                  {inputLabel(t, index, spec)}
                  <TakenTag name={spec.name} taken={taken} />
                </>
              }
              extra={t(`indices.units.${spec.unit}`)}
            >
              <InputNumber style={{ width: '100%' }} decimalSeparator="," min={spec.min} max={spec.max} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Form.Item name="source" label={t('indices.componentSource')} extra={t('indices.componentSourceHelp')}>
        <Input maxLength={300} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={10}>
          <Form.Item name="published" label={t('indices.published')} extra={t('indices.publishedHelp')}>
            <InputNumber style={{ width: '100%' }} decimalSeparator="," min={scale.min} max={scale.max} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={14}>
          <Form.Item name="publishedSource" label={t('indices.publishedSource')}>
            <Input maxLength={500} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
