import { useState } from 'react';
import {
  App as AntApp,
  Alert,
  Button,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CreatableKind, PokjaPlanFamily } from '../../../../domain/pokja-plans/constants.ts';
import { accessActorOf } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { useRegion } from '../../app/region.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../components/format.ts';
import { formatRupiah } from '../../components/money.ts';
import { NationalLevelNotice } from '../../components/NationalLevelNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { applyServerErrors } from '../../components/serverErrors.ts';
import { managesPokjaPlans, seesPokjaPlans } from './access.ts';
import { useCreatePlan, usePlans, type PlanSummary } from './api.ts';
import { KindTag, periodText, planPath, StatusTag } from './labels.tsx';

interface CreateValues {
  kind: CreatableKind;
  title: string;
  startYear: number;
  endYear?: number;
}

function CreateModal({
  family,
  open,
  onClose,
}: {
  family: PokjaPlanFamily;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { region } = useRegion();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const create = useCreatePlan(region.code);
  const [form] = Form.useForm<CreateValues>();
  const kind = Form.useWatch('kind', form);
  const thisYear = new Date().getFullYear();
  const submit = async (values: CreateValues) => {
    try {
      const plan = await create.mutateAsync({
        kind: values.kind,
        title: values.title,
        startYear: values.startYear,
        endYear: values.kind === 'rencana_aksi' ? (values.endYear ?? values.startYear) : null,
      });
      onClose();
      form.resetFields();
      void navigate(planPath(plan));
    } catch (err) {
      const rest = applyServerErrors(form, err, ['kind', 'title', 'startYear', 'endYear']);
      if (rest) message.error(rest);
    }
  };
  return (
    <Modal
      open={open}
      title={t('pokjaPlans.createTitle')}
      okText={t('pokjaPlans.create')}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{
          kind: family === 'aksi' ? 'rencana_aksi' : 'tahunan',
          startYear: thisYear + 1,
          endYear: thisYear + 3,
        }}
      >
        {family === 'matriks' && (
          <Form.Item name="kind" label={t('pokjaPlans.fields.kind')} rules={[{ required: true }]}>
            <Select
              options={(['lima_tahunan', 'tahunan'] as const).map((k) => ({
                value: k,
                label: t(`pokjaPlans.kinds.${k}`),
              }))}
            />
          </Form.Item>
        )}
        {family === 'aksi' && (
          <Form.Item name="kind" hidden>
            <Input />
          </Form.Item>
        )}
        <Form.Item
          name="title"
          label={t('pokjaPlans.fields.title')}
          rules={[{ required: true, whitespace: true, max: 300 }]}
        >
          <Input autoFocus />
        </Form.Item>
        <Form.Item
          name="startYear"
          label={t('pokjaPlans.fields.startYear')}
          rules={[{ required: true }]}
          extra={kind === 'lima_tahunan' ? t('pokjaPlans.fields.periodHint5') : undefined}
        >
          <InputNumber min={2000} max={2100} precision={0} style={{ width: 140 }} />
        </Form.Item>
        {kind === 'rencana_aksi' && (
          <Form.Item
            name="endYear"
            label={t('pokjaPlans.fields.endYear')}
            rules={[{ required: true }]}
            extra={t('pokjaPlans.fields.periodHintAksi')}
          >
            <InputNumber min={2000} max={2100} precision={0} style={{ width: 140 }} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** The region's Rencana Pokja PUG (family matriks) or Rencana Aksi PUG Daerah (family aksi). */
export function PlanListPage({ family }: { family: PokjaPlanFamily }) {
  const { t } = useTranslation();
  const me = useMe();
  const { region } = useRegion();
  const actor = accessActorOf(me);
  const isNational = region.level === 'nasional';
  const reads = seesPokjaPlans(actor, region.code);
  const manages = managesPokjaPlans(actor, region.code);
  const plans = usePlans(region.code, family, !isNational && reads);
  const [creating, setCreating] = useState(false);

  const header = (
    <PageHeader
      title={t(`pokjaPlans.title.${family}`)}
      subtitle={t(`pokjaPlans.subtitle.${family}`, { region: `${region.name} (${region.code})` })}
      extra={
        manages && !isNational ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="pokja-create"
          >
            {t('pokjaPlans.create')}
          </Button>
        ) : undefined
      }
    />
  );
  if (isNational) return <NationalLevelNotice header={header} hint={t('pokjaPlans.nationalHint')} />;
  if (!reads) return header;

  return (
    <>
      {header}
      <ErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />
      <Table<PlanSummary>
        rowKey="id"
        loading={plans.isPending}
        dataSource={plans.data?.items ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{
          emptyText: (
            <EmptyState>
              {t(`pokjaPlans.empty.${family}`)}
              {!manages && (
                <>
                  <br />
                  {t('pokjaPlans.empty.readOnly')}
                </>
              )}
            </EmptyState>
          ),
        }}
        columns={[
          {
            title: t('pokjaPlans.columns.title'),
            dataIndex: 'title',
            render: (_v, p) => (
              <>
                <Link to={planPath(p)}>{p.title}</Link>
                {p.isDemo && (
                  <Tag color="gold" style={{ marginLeft: 8 }}>
                    {t('pokjaPlans.demo')}
                  </Tag>
                )}
              </>
            ),
          },
          ...(family === 'matriks'
            ? [
                {
                  title: t('pokjaPlans.columns.kind'),
                  key: 'kind',
                  render: (_v: unknown, p: PlanSummary) => <KindTag kind={p.kind} />,
                },
              ]
            : []),
          { title: t('pokjaPlans.columns.period'), key: 'period', render: (_v, p) => periodText(p) },
          {
            title: t('pokjaPlans.columns.status'),
            key: 'status',
            render: (_v, p) => <StatusTag status={p.status} />,
          },
          { title: t('pokjaPlans.columns.version'), dataIndex: 'version', align: 'right' },
          { title: t('pokjaPlans.columns.rows'), dataIndex: 'rowCount', align: 'right' },
          ...(family === 'matriks'
            ? [
                {
                  title: t('pokjaPlans.columns.budget'),
                  key: 'budget',
                  align: 'right' as const,
                  render: (_v: unknown, p: PlanSummary) => formatRupiah(p.budgetTotal),
                },
              ]
            : []),
          {
            title: t('pokjaPlans.columns.updated'),
            key: 'updated',
            render: (_v, p) => (
              <Typography.Text type="secondary">{formatDateTime(p.updatedAt)}</Typography.Text>
            ),
          },
        ]}
      />
      {plans.data?.items.some((p) => p.isDemo) && (
        <Alert type="warning" showIcon style={{ marginTop: 16 }} title={t('pokjaPlans.demoNotice')} />
      )}
      <CreateModal family={family} open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
