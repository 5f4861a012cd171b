import {
  Alert,
  Button,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Switch,
  Typography,
} from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { EXAMPLE_TIERS } from '../../../../domain/evaluation/example-tiers.ts';
import {
  CYCLE_STAGES,
  EVALUATION_AWARDS,
  type CycleStage,
} from '../../../../domain/evaluation/instrument.ts';
import { ApiError, isApiError } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { formatNumber } from '../../components/format.ts';
import type { CycleInput, EvaluationCycle, InstrumentSummary } from './api.ts';

interface Values {
  year: number;
  award: CycleInput['award'];
  name: string;
  instrumentId: string;
  nationalVerifiesKabKota: boolean;
  stages: Record<CycleStage, { start: Dayjs | null; end: Dayjs | null }>;
  tiers: { name: string; min: number; max: number }[];
}

const FIELDS = [
  'year',
  'award',
  'name',
  'instrumentId',
  'nationalVerifiesKabKota',
  'stages',
  'tiers',
] as const;
const iso = (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null);
const day = (s: string | null) => (s ? dayjs(s) : null);

function initialOf(cycle: EvaluationCycle | null, instruments: InstrumentSummary[]): Partial<Values> {
  if (!cycle) {
    const year = new Date().getFullYear();
    return {
      year,
      award: 'PPE',
      name: `Evaluasi PUG ${year}`,
      instrumentId: instruments[0]?.id,
      nationalVerifiesKabKota: false,
      tiers: [],
    };
  }
  return {
    year: cycle.year,
    award: cycle.award,
    name: cycle.name,
    instrumentId: cycle.instrument.id,
    nationalVerifiesKabKota: cycle.nationalVerifiesKabKota,
    stages: Object.fromEntries(
      CYCLE_STAGES.map((s) => [s, { start: day(cycle.stages[s].start), end: day(cycle.stages[s].end) }]),
    ) as Values['stages'],
    tiers: cycle.tiers,
  };
}

/**
 * The tiers' server errors name a tier by its name (`tiers.Madya.min`); the form's list knows
 * positions, so they are renamed before they reach the fields.
 */
function byPosition(error: unknown, tiers: Values['tiers']): unknown {
  if (!isApiError(error)) return error;
  const fields: Record<string, string> = {};
  for (const [key, text] of Object.entries(error.fields)) {
    const m = /^tiers\.(.+)\.(name|min|max)$/.exec(key);
    const i = m ? tiers.findIndex((t) => t.name === m[1]) : -1;
    fields[i >= 0 ? `tiers.${i}.${m![2]}` : key] = text;
  }
  return new ApiError(error.status, error.code, error.message, fields);
}

interface Props {
  open: boolean;
  cycle: EvaluationCycle | null;
  instruments: InstrumentSummary[];
  pending: boolean;
  onSave: (body: CycleInput) => Promise<unknown>;
  onClose: () => void;
}

/** Create or edit a cycle; an open cycle keeps all but its name and stage dates. */
export function CycleForm({ open, cycle, instruments, pending, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const locked = cycle?.status === 'open';
  return (
    <FormModal<Values>
      open={open}
      title={
        cycle
          ? t('evaluationInstruments.cycles.editTitle', { name: cycle.name })
          : t('evaluationInstruments.cycles.createTitle')
      }
      fields={FIELDS}
      pending={pending}
      initialValues={initialOf(cycle, instruments)}
      onClose={onClose}
      onSubmit={async (v) => {
        const body: CycleInput = {
          year: v.year,
          award: v.award,
          name: v.name,
          instrumentId: v.instrumentId,
          nationalVerifiesKabKota: v.nationalVerifiesKabKota ?? false,
          stages: Object.fromEntries(
            CYCLE_STAGES.map((s) => [
              s,
              { start: iso(v.stages?.[s]?.start ?? null), end: iso(v.stages?.[s]?.end ?? null) },
            ]),
          ) as CycleInput['stages'],
          tiers: (v.tiers ?? []).map((x) => ({ name: x.name, min: Number(x.min), max: Number(x.max) })),
        };
        try {
          await onSave(body);
        } catch (error) {
          throw byPosition(error, body.tiers);
        }
        return t('evaluationInstruments.cycles.saved');
      }}
    >
      {locked && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('evaluationInstruments.cycles.openLocked')}
        />
      )}
      <Row gutter={12}>
        <Col span={6}>
          <Form.Item name="year" label={t('evaluationInstruments.cycles.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} style={{ width: '100%' }} disabled={locked} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name="award"
            label={t('evaluationInstruments.cycles.award')}
            rules={[{ required: true }]}
          >
            <Select disabled={locked} options={EVALUATION_AWARDS.map((a) => ({ value: a, label: a }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="name"
            label={t('evaluationInstruments.cycles.name')}
            rules={[{ required: true, max: 200 }]}
          >
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="instrumentId"
        label={t('evaluationInstruments.cycles.instrument')}
        rules={[{ required: true }]}
      >
        <Select
          disabled={locked}
          showSearch
          optionFilterProp="label"
          options={instruments.map((i) => ({
            value: i.id,
            label: `${i.name} · ${i.code} v${i.version} (${formatNumber(i.maxTotal)})`,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="nationalVerifiesKabKota"
        label={t('evaluationInstruments.cycles.nationalVerifiesKabKota')}
        extra={t('evaluationInstruments.cycles.nationalVerifiesKabKotaHelp')}
        valuePropName="checked"
      >
        <Switch disabled={locked} />
      </Form.Item>
      <Typography.Title level={5}>{t('evaluationInstruments.cycles.stages')}</Typography.Title>
      <Row gutter={12} aria-hidden>
        <Col span={8} />
        <Col span={8}>
          <Typography.Text type="secondary">{t('evaluationInstruments.cycles.start')}</Typography.Text>
        </Col>
        <Col span={8}>
          <Typography.Text type="secondary">{t('evaluationInstruments.cycles.end')}</Typography.Text>
        </Col>
      </Row>
      {CYCLE_STAGES.map((stage) => (
        <Row gutter={12} key={stage} align="top">
          <Col span={8} style={{ paddingTop: 5 }}>
            <Typography.Text>{t(`evaluationInstruments.stages.${stage}`)}</Typography.Text>
          </Col>
          {(['start', 'end'] as const).map((edge) => (
            <Col span={8} key={edge}>
              <Form.Item name={['stages', stage, edge]}>
                <DatePicker
                  format="DD-MM-YYYY"
                  style={{ width: '100%' }}
                  aria-label={`${t(`evaluationInstruments.stages.${stage}`)} — ${t(`evaluationInstruments.cycles.${edge}`)}`}
                />
              </Form.Item>
            </Col>
          ))}
        </Row>
      ))}
      <TiersField locked={locked} instruments={instruments} />
    </FormModal>
  );
}

function TiersField({ locked, instruments }: { locked: boolean; instruments: InstrumentSummary[] }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<Values>();
  // The bands are checked against the chosen instrument's maximum total.
  const instrumentId = Form.useWatch('instrumentId', form);
  const max = instruments.find((i) => i.id === instrumentId)?.maxTotal;
  return (
    <>
      <Typography.Title level={5}>{t('evaluationInstruments.cycles.tiers')}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('evaluationInstruments.cycles.tiersHelp', { max: max === undefined ? '—' : formatNumber(max) })}
      </Typography.Paragraph>
      <Form.List name="tiers">
        {(rows, { add, remove }) => (
          <>
            {rows.length > 0 && (
              <Typography.Text type="secondary" aria-hidden>
                {t('evaluationInstruments.cycles.tierName')} · {t('evaluationInstruments.cycles.min')} ·{' '}
                {t('evaluationInstruments.cycles.max')}
              </Typography.Text>
            )}
            {rows.map((row, i) => (
              <Space key={row.key} align="baseline" wrap>
                <Form.Item name={[row.name, 'name']} rules={[{ required: true, max: 60 }]}>
                  <Input
                    placeholder={t('evaluationInstruments.cycles.tierName')}
                    aria-label={t('evaluationInstruments.cycles.tierName')}
                    disabled={locked}
                  />
                </Form.Item>
                <Form.Item name={[row.name, 'min']} rules={[{ required: true }]}>
                  <InputNumber
                    min={0}
                    placeholder={t('evaluationInstruments.cycles.min')}
                    aria-label={t('evaluationInstruments.cycles.min')}
                    disabled={locked}
                  />
                </Form.Item>
                <Form.Item name={[row.name, 'max']} rules={[{ required: true }]}>
                  <InputNumber
                    min={0}
                    placeholder={t('evaluationInstruments.cycles.max')}
                    aria-label={t('evaluationInstruments.cycles.max')}
                    disabled={locked}
                  />
                </Form.Item>
                {!locked && (
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('evaluationInstruments.cycles.removeTier', { n: i + 1 })}
                    onClick={() => remove(row.name)}
                  />
                )}
              </Space>
            ))}
            {!locked && (
              <Space>
                <Button icon={<PlusOutlined />} onClick={() => add({ name: '', min: 0, max: 0 })}>
                  {t('evaluationInstruments.cycles.addTier')}
                </Button>
                <Button
                  onClick={() =>
                    form.setFieldValue(
                      'tiers',
                      EXAMPLE_TIERS.map((x) => ({ ...x })),
                    )
                  }
                >
                  {t('evaluationInstruments.cycles.exampleTiersFill')}
                </Button>
                <Typography.Text type="warning">{t('evaluationInstruments.exampleTiers')}</Typography.Text>
              </Space>
            )}
          </>
        )}
      </Form.List>
    </>
  );
}
