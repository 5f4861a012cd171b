import { useEffect } from 'react';
import {
  Alert,
  Button,
  Card,
  Collapse,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { DeleteOutlined, ExperimentOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { EXAMPLE_SCORING_CONFIG, SCORING_CRITERIA } from '../../../../../domain/monev/scoring.ts';
import { formatDateTime } from '../../../components/format.ts';
import { useFormSubmit } from '../../../components/useFormSubmit.ts';
import { useSaveScoring, type Scoring, type ScoringSave } from './api.ts';
import { points } from './points.ts';

type FormValues = Pick<ScoringSave, 'sourceNote' | 'criteria' | 'grades'> & {
  weightsTotal?: unknown;
  gradesTotal?: unknown;
};
/** The server names the list as a whole (`criteria`: weights' sum) — shown under the list. */
const RENAME = { criteria: 'weightsTotal', grades: 'gradesTotal' };
const FIELDS = ['sourceNote', 'criteria', 'grades', 'weightsTotal', 'gradesTotal'] as const;

function valuesOf(s: Scoring | undefined): FormValues {
  const c = s?.config;
  return {
    sourceNote: c?.sourceNote ?? '',
    criteria: c?.criteria.map((k) => ({ ...k })) ?? [],
    grades: c?.grades.map((g) => ({ ...g })) ?? [],
  };
}

/** The live sum of the weights, where the server's message about it lands too. */
function WeightsTotal({ total }: { total: number }) {
  const { t } = useTranslation();
  const right = Math.round(total * 100) === 10000;
  return (
    <Typography.Text type={right ? 'success' : 'warning'} data-testid="monev-scoring-total">
      {t('monevResults.editor.total', { total: points(total) })}
    </Typography.Text>
  );
}

/** Every saved version of the year, newest first: who saved it and when (a printed result names its version). */
function Versions({ versions }: { versions: Scoring['versions'] }) {
  const { t } = useTranslation();
  return (
    <Collapse
      size="small"
      style={{ marginBottom: 16 }}
      items={[
        {
          key: 'versions',
          label: t('monevResults.editor.history', { count: versions.length }),
          children: (
            <Table
              rowKey="version"
              size="small"
              pagination={false}
              dataSource={versions}
              columns={[
                {
                  key: 'version',
                  title: t('monevResults.editor.versionNo'),
                  dataIndex: 'version',
                  width: 90,
                },
                {
                  key: 'at',
                  title: t('monevResults.editor.savedAt'),
                  render: (_, v) => formatDateTime(v.createdAt),
                },
                {
                  key: 'by',
                  title: t('monevResults.editor.savedBy'),
                  render: (_, v) => v.createdBy?.name ?? '–',
                },
                {
                  key: 'example',
                  title: t('monevResults.editor.versionNote'),
                  render: (_, v) =>
                    v.isExample ? <Tag color="orange">{t('monevResults.example')}</Tag> : null,
                },
              ]}
            />
          ),
        },
      ]}
    />
  );
}

/**
 * The region's scoring configuration of the year: criteria (what Setara can measure), their
 * weights summing to 100, grade bands from 0 upwards with their names, and the source. Saving
 * makes the next version; the example only fills the form ("CONTOH — bukan ketentuan resmi").
 */
export function ScoringEditor({
  regionCode,
  year,
  scoring,
  manage,
}: {
  regionCode: string;
  year: number;
  scoring: Scoring | undefined;
  manage: boolean;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const save = useSaveScoring(regionCode);
  const watched: unknown = Form.useWatch('criteria', form);
  // Before the form holds its list, the watch answers undefined: nothing to add up.
  const criteria = Array.isArray(watched) ? (watched as Partial<FormValues['criteria'][number]>[]) : [];
  const total = criteria.reduce((sum, c) => sum + (typeof c?.weight === 'number' ? c.weight : 0), 0);
  const current = scoring?.config ?? null;

  useEffect(() => {
    if (scoring) form.setFieldsValue(valuesOf(scoring));
  }, [scoring, form]);

  const onFinish = useFormSubmit<FormValues>(
    form,
    FIELDS,
    async (v) => {
      await save.mutateAsync({
        year,
        baseVersion: current?.version ?? 0,
        sourceNote: v.sourceNote?.trim() ?? '',
        criteria: (v.criteria ?? []).map((c) => ({
          key: c.key,
          label: c.label?.trim() ?? '',
          weight: c.weight,
          ...(c.note?.trim() ? { note: c.note.trim() } : {}),
        })),
        grades: (v.grades ?? []).map((g) => ({ name: g.name?.trim() ?? '', min: g.min })),
      });
      return t('monevResults.editor.saved', { version: (current?.version ?? 0) + 1 });
    },
    () => undefined,
    { rename: RENAME },
  );

  const loadExample = () => {
    const { sourceNote, criteria: c, grades } = EXAMPLE_SCORING_CONFIG;
    form.setFieldsValue({
      sourceNote,
      criteria: c.map((k) => ({ ...k })),
      grades: grades.map((g) => ({ ...g })),
    });
  };
  const keyOptions = SCORING_CRITERIA.map((k) => ({ value: k, label: t(`monevResults.criteria.${k}`) }));

  return (
    <Card
      title={t('monevResults.editor.title')}
      data-testid="monev-scoring-editor"
      extra={
        current && (
          <Space wrap>
            {current.isExample && <Tag color="orange">{t('monevResults.example')}</Tag>}
            <Typography.Text type="secondary">
              {/* A version seeded by the demo has no author: then no name. */}
              {current.createdBy
                ? t('monevResults.editor.version', {
                    version: current.version,
                    at: formatDateTime(current.createdAt),
                    name: current.createdBy.name,
                  })
                : t('monevResults.editor.versionNoName', {
                    version: current.version,
                    at: formatDateTime(current.createdAt),
                  })}
            </Typography.Text>
          </Space>
        )
      }
    >
      {!manage && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('monevResults.editor.readOnly')} />
      )}
      <Typography.Paragraph type="secondary">{t('monevResults.editor.help')}</Typography.Paragraph>
      {scoring && scoring.versions.length > 1 && <Versions versions={scoring.versions} />}
      <Form<FormValues>
        form={form}
        layout="vertical"
        disabled={!manage || save.isPending}
        onFinish={onFinish}
        data-testid="monev-scoring-form"
      >
        <Typography.Title level={5}>{t('monevResults.editor.criteria')}</Typography.Title>
        <Form.List name="criteria">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} wrap align="flex-start">
                  <Form.Item name={[field.name, 'key']} style={{ minWidth: 260, flex: 2 }}>
                    <Select
                      options={keyOptions}
                      aria-label={t('monevResults.editor.measure', { n: field.name + 1 })}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'label']} style={{ minWidth: 220, flex: 2 }}>
                    <Input
                      maxLength={200}
                      placeholder={t('monevResults.editor.label')}
                      aria-label={t('monevResults.editor.labelOf', { n: field.name + 1 })}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'weight']}>
                    <InputNumber<number>
                      min={0}
                      max={100}
                      precision={2}
                      decimalSeparator=","
                      style={{ width: 120 }}
                      aria-label={t('monevResults.editor.weightOf', { n: field.name + 1 })}
                      data-testid={`monev-scoring-weight-${field.name}`}
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    aria-label={t('monevResults.editor.removeCriterion', { n: field.name + 1 })}
                  />
                </Flex>
              ))}
              <Flex gap={16} align="center" wrap style={{ marginBottom: 16 }}>
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ key: undefined, label: '', weight: undefined })}
                  disabled={!manage || fields.length >= SCORING_CRITERIA.length}
                >
                  {t('monevResults.editor.addCriterion')}
                </Button>
              </Flex>
            </>
          )}
        </Form.List>
        {/* Outside the list: an item inside it would be named under `criteria`. */}
        <Form.Item name="weightsTotal">
          <WeightsTotal total={total} />
        </Form.Item>
        <Typography.Title level={5}>{t('monevResults.editor.grades')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('monevResults.editor.gradesHelp')}</Typography.Paragraph>
        <Form.List name="grades">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} wrap align="flex-start">
                  <Form.Item name={[field.name, 'name']} style={{ minWidth: 220 }}>
                    <Input
                      maxLength={100}
                      placeholder={t('monevResults.editor.gradeName')}
                      aria-label={t('monevResults.editor.gradeNameOf', { n: field.name + 1 })}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'min']}>
                    <InputNumber<number>
                      min={0}
                      max={100}
                      precision={2}
                      decimalSeparator=","
                      prefix="≥"
                      style={{ width: 130 }}
                      aria-label={t('monevResults.editor.gradeMinOf', { n: field.name + 1 })}
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    aria-label={t('monevResults.editor.removeGrade', { n: field.name + 1 })}
                  />
                </Flex>
              ))}
              <Flex gap={16} align="center" wrap style={{ marginBottom: 16 }}>
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ name: '', min: undefined })}
                  disabled={!manage}
                >
                  {t('monevResults.editor.addGrade')}
                </Button>
              </Flex>
            </>
          )}
        </Form.List>
        <Form.Item name="gradesTotal">
          <span />
        </Form.Item>
        <Form.Item
          name="sourceNote"
          label={t('monevResults.editor.source')}
          extra={t('monevResults.editor.sourceHelp')}
        >
          <Input maxLength={1000} data-testid="monev-scoring-source" />
        </Form.Item>
        {manage && (
          <Flex gap={8} wrap>
            <Button
              type="primary"
              htmlType="submit"
              icon={<SaveOutlined />}
              loading={save.isPending}
              data-testid="monev-scoring-save"
            >
              {t('monevResults.editor.save', { version: (current?.version ?? 0) + 1 })}
            </Button>
            <Button icon={<ExperimentOutlined />} onClick={loadExample} data-testid="monev-scoring-example">
              {t('monevResults.editor.loadExample')}
            </Button>
          </Flex>
        )}
      </Form>
    </Card>
  );
}
