import { useState } from 'react';
import { Alert, Button, Form, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IndexCode } from '../../../../domain/indices/constants.ts';
import { isApiError } from '../../app/api.ts';
import { applyServerErrors } from '../../components/serverErrors.ts';
import { fetchDataComponents, type DataComponentPreview, type RegionIndexSeries } from './api.ts';
import { formatComponent } from './format.ts';
import { inputLabel } from './labels.ts';

type Item = DataComponentPreview['items'][number];

/** The form's value of each component, as typed so far (not yet saved). */
type FormComponents = Record<string, number | null | undefined>;

const STATUS_COLOUR: Record<Item['status'], string> = {
  verified: 'green',
  unverified: 'gold',
  missing: 'default',
  out_of_range: 'red',
  unmapped: 'default',
};

/**
 * "Ambil dari data terpilah": the region's verified figures for the form's year, beside what
 * the form holds. A figure is ticked by default only where the form's field is empty or
 * already holds it, so a typed or imported component is replaced only when the user ticks it.
 * Filling puts the ticked values in the form and marks them (`onTaken`); the save sends them
 * with origin `data`, which the server checks against the verified figure.
 */
export function DataComponentsPanel({
  regionCode,
  series,
  taken,
  onTaken,
}: {
  regionCode: string;
  series: RegionIndexSeries;
  /** The components marked as taken from data terpilah, with the value taken. */
  taken: Record<string, number>;
  onTaken: (values: Record<string, number>) => void;
}) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const index = series.index as IndexCode;
  const [preview, setPreview] = useState<DataComponentPreview | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const open = async () => {
    setFailure(null);
    setNotice(null);
    const year = form.getFieldValue('year') as number | null | undefined;
    if (typeof year !== 'number') {
      form.setFields([{ name: 'year', errors: [t('indices.fromData.yearFirst')] }]);
      form.scrollToField('year');
      return;
    }
    setLoading(true);
    try {
      const result = await fetchDataComponents(regionCode, index, year);
      const inForm = (form.getFieldValue('components') ?? {}) as FormComponents;
      setPreview(result);
      setSelected(
        result.items
          .filter((i) => i.status === 'verified')
          .filter((i) => {
            const now = inForm[i.component];
            return now === null || now === undefined || now === i.value || taken[i.component] === now;
          })
          .map((i) => i.component),
      );
    } catch (err) {
      // A refused year goes onto the year field; anything else is shown above the table.
      const rest = applyServerErrors(form, err, ['year']);
      if (rest) setFailure(isApiError(err) ? err.message : rest);
    } finally {
      setLoading(false);
    }
  };

  const fill = () => {
    if (!preview) return;
    const chosen = preview.items.filter((i) => selected.includes(i.component) && i.value !== null);
    if (chosen.length === 0) {
      setNotice(t('indices.fromData.noneSelected'));
      return;
    }
    const values = Object.fromEntries(chosen.map((i) => [i.component, i.value as number]));
    form.setFields(
      Object.entries(values).map(([name, value]) => ({ name: ['components', name], value, errors: [] })),
    );
    onTaken(values);
    setPreview(null);
    setNotice(t('indices.fromData.filled', { count: chosen.length }));
  };

  const label = (name: string) =>
    inputLabel(t, index, series.inputs.find((s) => s.name === name) ?? { name });

  return (
    <div style={{ marginBottom: 16 }}>
      <Space wrap>
        <Button onClick={() => void open()} loading={loading}>
          {t('indices.fromData.button')}
        </Button>
        {notice && !preview ? <Typography.Text type="secondary">{notice}</Typography.Text> : null}
      </Space>
      {failure ? (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 8 }}
          message={t('indices.fromData.failed')}
          description={failure}
        />
      ) : null}
      {preview ? (
        <section aria-label={t('indices.fromData.title', { year: preview.year })} style={{ marginTop: 8 }}>
          <Typography.Text strong>{t('indices.fromData.title', { year: preview.year })}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('indices.fromData.help')}
          </Typography.Paragraph>
          <Table<Item>
            size="small"
            rowKey="component"
            pagination={false}
            dataSource={preview.items}
            scroll={{ x: true }}
            rowSelection={{
              selectedRowKeys: selected,
              onChange: (keys) => setSelected(keys.map(String)),
              getCheckboxProps: (i) => ({
                disabled: i.status !== 'verified',
                'aria-label': t('indices.fromData.select', { component: label(i.component) }),
              }),
            }}
            columns={[
              { key: 'component', title: t('indices.component'), render: (_, i) => label(i.component) },
              {
                key: 'value',
                title: t('indices.value'),
                align: 'right',
                render: (_, i) => (i.value === null ? '–' : formatComponent(i.value)),
              },
              {
                key: 'indicator',
                title: t('indices.fromData.indicator'),
                render: (_, i) =>
                  i.indicator ? (
                    <span title={i.indicator.name}>
                      {i.indicator.code} ·{' '}
                      {t(`indices.fromData.transforms.${i.indicator.transform}`, { sex: i.indicator.sex })}
                    </span>
                  ) : (
                    <Typography.Text type="secondary">{i.reason}</Typography.Text>
                  ),
              },
              {
                key: 'status',
                title: t('indices.fromData.status'),
                render: (_, i) => (
                  <Tag color={STATUS_COLOUR[i.status]}>
                    {t(`indices.fromData.statuses.${i.status}`)}
                    {i.pending.length > 0
                      ? ` (${i.pending.map((p) => t(`indices.fromData.pending.${p}`)).join(', ')})`
                      : ''}
                  </Tag>
                ),
              },
              {
                key: 'current',
                title: t('indices.fromData.current'),
                render: (_, i) =>
                  i.current ? (
                    <span>
                      {formatComponent(i.current.value)} <Tag>{t(`indices.origins.${i.current.origin}`)}</Tag>
                    </span>
                  ) : (
                    '–'
                  ),
              },
            ]}
          />
          <Space style={{ marginTop: 8 }}>
            <Button type="primary" ghost onClick={fill}>
              {t('indices.fromData.fill')}
            </Button>
            <Button onClick={() => setPreview(null)}>{t('indices.fromData.close')}</Button>
          </Space>
          {notice ? (
            <Typography.Paragraph type="warning" role="alert" style={{ marginTop: 8 }}>
              {notice}
            </Typography.Paragraph>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}

/** The tag beside a component's label while it still holds the value taken from data terpilah. */
export function TakenTag({ name, taken }: { name: string; taken: Record<string, number> }) {
  const { t } = useTranslation();
  const value = Form.useWatch(['components', name]) as number | null | undefined;
  if (taken[name] === undefined || value !== taken[name]) return null;
  return (
    <Tag color="blue" style={{ marginInlineStart: 8 }}>
      {t('indices.fromData.marked')}
    </Tag>
  );
}
