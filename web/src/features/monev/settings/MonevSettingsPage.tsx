import { useEffect } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { Alert, Button, Card, DatePicker, Flex, Form, Input, InputNumber, Table, Typography } from 'antd';
import { ExperimentOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { QUARTERS, type Quarter } from '../../../../../domain/monev/constants.ts';
import { canManageMonevSettings } from '../../../../../domain/monev/access.ts';
import { EXAMPLE_EXPECTED_SHARE } from '../../../../../domain/monev/flags.ts';
import { accessActorOf } from '../../../app/access.ts';
import { useMe } from '../../../app/auth.tsx';
import { useRegion } from '../../../app/region.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../../components/format.ts';
import { NationalLevelNotice } from '../../../components/NationalLevelNotice.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useFormSubmit } from '../../../components/useFormSubmit.ts';
import { usePlanningParams, usePlanningYearChoice } from '../../planning/params.ts';
import { YearSelect } from '../../planning/YearSelect.tsx';
import { useQuarterLabel } from '../labels.tsx';
import { useMonevSettings, useSaveMonevSettings, type MonevSettings } from './api.ts';

/**
 * The form's values. The quarter is the index of the two lists, so a field's name is the API's
 * field path (`expectedShare.2`, `deadlines.3`) and the server's message lands on its box.
 */
interface FormValues {
  expectedShare: (number | null | undefined)[];
  deadlines: (Dayjs | null | undefined)[];
  sourceNote: string;
}
const FIELDS = ['expectedShare', 'deadlines', 'sourceNote'] as const;

function valuesOf(s: MonevSettings | undefined): FormValues {
  const expectedShare: FormValues['expectedShare'] = [];
  const deadlines: FormValues['deadlines'] = [];
  for (const q of QUARTERS) {
    expectedShare[q] = s?.expectedShare[q] ?? null;
    const due = s?.deadlines[q];
    deadlines[q] = due ? dayjs(due) : null;
  }
  return { expectedShare, deadlines, sourceNote: s?.sourceNote ?? '' };
}

const perQuarter = <T, R>(list: (T | null | undefined)[] | undefined, map: (v: T) => R) =>
  Object.fromEntries(
    QUARTERS.flatMap((q) => {
      const v = list?.[q];
      return v === null || v === undefined ? [] : [[q, map(v)]];
    }),
  ) as Partial<Record<Quarter, R>>;

/**
 * A region's monev settings for one year: the expected cumulative realisation by the end of
 * each quarter and each quarter's report deadline, with where the figures come from. No
 * official figures are public, so nothing is filled in by default: until DP3A sets them, no
 * report is flagged behind schedule or late. Its admin edits; its other readers read.
 */
export function MonevSettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { region } = useRegion();
  const quarter = useQuarterLabel();
  const isNational = region.level === 'nasional';
  const params = usePlanningParams();
  const { year, options, query: years } = usePlanningYearChoice(region.code, !isNational, params.year);
  const settings = useMonevSettings(region.code, year, !isNational);
  const save = useSaveMonevSettings(region.code);
  const manage = canManageMonevSettings(accessActorOf(me), region.code);
  const [form] = Form.useForm<FormValues>();

  // A year read (or saved) fills the form anew; the example button only fills, never saves.
  useEffect(() => {
    if (settings.data) form.setFieldsValue(valuesOf(settings.data));
  }, [settings.data, form]);

  const onFinish = useFormSubmit<FormValues>(
    form,
    FIELDS,
    async (v) => {
      if (year === null) return undefined;
      await save.mutateAsync({
        year,
        expectedShare: perQuarter(v.expectedShare, (n) => n),
        deadlines: perQuarter(v.deadlines, (d) => d.format('YYYY-MM-DD')),
        sourceNote: v.sourceNote?.trim() ?? '',
      });
      return t('monevSettings.saved', { year });
    },
    () => undefined,
  );

  const header = (
    <PageHeader
      help="pengaturan-monev"
      title={t('monevSettings.title')}
      subtitle={t('monevSettings.subtitle', { region: `${region.name} (${region.code})` })}
    />
  );
  if (isNational) return <NationalLevelNotice header={header} hint={t('planning.nationalHint')} />;

  const fillExample = () => {
    const expectedShare: FormValues['expectedShare'] = [];
    for (const q of QUARTERS) expectedShare[q] = EXAMPLE_EXPECTED_SHARE.expectedShare[q];
    form.setFieldsValue({ expectedShare, sourceNote: EXAMPLE_EXPECTED_SHARE.sourceNote });
  };
  const notSet = settings.data?.updatedAt === null;

  return (
    <>
      {header}
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <YearSelect
          value={year}
          options={options}
          loading={years.isPending}
          onChange={(y) => params.set({ year: y })}
        />
        {settings.data?.updatedAt && (
          <Typography.Text type="secondary" data-testid="monev-settings-updated">
            {/* The demo's settings were seeded by nobody: then no "by". */}
            {settings.data.updatedBy
              ? t('monevSettings.updated', {
                  at: formatDateTime(settings.data.updatedAt),
                  name: settings.data.updatedBy.name,
                })
              : t('monevSettings.updatedNoName', { at: formatDateTime(settings.data.updatedAt) })}
          </Typography.Text>
        )}
      </Flex>
      <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />
      {notSet && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="monev-settings-empty"
          title={t('monevSettings.notSet', { year })}
          description={t(manage ? 'monevSettings.notSetAdmin' : 'monevSettings.notSetReader')}
        />
      )}
      {!manage && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('monevSettings.readOnly')} />
      )}
      <Card loading={settings.isPending}>
        <Form<FormValues>
          form={form}
          layout="vertical"
          disabled={!manage || save.isPending}
          onFinish={onFinish}
          data-testid="monev-settings-form"
        >
          <Table<Quarter>
            rowKey={(q) => q}
            dataSource={[...QUARTERS]}
            pagination={false}
            size="small"
            style={{ marginBottom: 16 }}
            columns={[
              { key: 'quarter', title: t('monevSettings.quarter'), render: (_, q) => quarter.long(q) },
              {
                key: 'share',
                title: t('monevSettings.expectedShare'),
                render: (_, q) => (
                  <Form.Item name={['expectedShare', q]} style={{ marginBottom: 0 }}>
                    <InputNumber<number>
                      min={0}
                      max={100}
                      step={5}
                      precision={2}
                      decimalSeparator=","
                      suffix="%"
                      style={{ width: 140 }}
                      aria-label={t('monevSettings.expectedShareOf', { quarter: quarter.long(q) })}
                      data-testid={`monev-settings-share-${q}`}
                    />
                  </Form.Item>
                ),
              },
              {
                key: 'deadline',
                title: t('monevSettings.deadline'),
                render: (_, q) => (
                  <Form.Item name={['deadlines', q]} style={{ marginBottom: 0 }}>
                    <DatePicker
                      format={['D MMMM YYYY', 'D/M/YYYY', 'YYYY-MM-DD']}
                      aria-label={t('monevSettings.deadlineOf', { quarter: quarter.long(q) })}
                      data-testid={`monev-settings-deadline-${q}`}
                    />
                  </Form.Item>
                ),
              },
            ]}
          />
          <Typography.Paragraph type="secondary">{t('monevSettings.shareHelp')}</Typography.Paragraph>
          <Form.Item
            name="sourceNote"
            label={t('monevSettings.sourceNote')}
            extra={t('monevSettings.sourceHelp')}
          >
            <Input maxLength={500} data-testid="monev-settings-source" />
          </Form.Item>
          {manage && (
            <Flex gap={8} wrap>
              <Button
                type="primary"
                htmlType="submit"
                icon={<SaveOutlined />}
                loading={save.isPending}
                data-testid="monev-settings-save"
              >
                {t('monevSettings.save')}
              </Button>
              <Button
                icon={<ExperimentOutlined />}
                onClick={fillExample}
                data-testid="monev-settings-example"
              >
                {t('monevSettings.example', { label: EXAMPLE_EXPECTED_SHARE.label })}
              </Button>
            </Flex>
          )}
        </Form>
      </Card>
    </>
  );
}
