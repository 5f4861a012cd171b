import { useState } from 'react';
import {
  App as AntApp,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
  type UploadProps,
} from 'antd';
import { ArrowLeftOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../../app/api.ts';
import { currentLanguage } from '../../app/i18n.ts';
import { useRegion, useRegionSearch } from '../../app/region.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatDate, formatNumber } from '../../components/format.ts';
import { AgreementFormModal } from './AgreementForm.tsx';
import { STATUS_COLORS } from './AgreementsPage.tsx';
import {
  agreementKey,
  documentUrl,
  evidenceUrl,
  useAgreement,
  useAgreementWrite,
  type AgreementDetail,
} from './api.ts';

const enc = encodeURIComponent;
const DAY = 'YYYY-MM-DD';

/** An upload button that sends the file to `action` (PUT) and reloads the agreement. */
function FileButton({ id, action, label }: { id: string; action: string; label: string }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const qc = useQueryClient();
  const props: UploadProps = {
    name: 'file',
    action,
    method: 'PUT',
    accept: '.pdf,.png,.jpg,.jpeg',
    withCredentials: true,
    headers: { 'Accept-Language': currentLanguage() },
    showUploadList: false,
    onChange(info) {
      if (info.file.status === 'done') {
        void message.success(t('agreements.uploaded', { name: info.file.name }));
        void qc.invalidateQueries({ queryKey: agreementKey(id) });
      }
      if (info.file.status === 'error') {
        const body = info.file.response as { error?: { message?: string } } | undefined;
        void message.error(body?.error?.message ?? info.file.error?.message ?? '');
      }
    },
  };
  return (
    <Upload {...props}>
      <Button size="small" icon={<UploadOutlined aria-hidden />}>
        {label}
      </Button>
    </Upload>
  );
}

function Activities({ a, regionCode }: { a: AgreementDetail; regionCode: string }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ doneOn: Dayjs; description: string }>();
  const add = useAgreementWrite(regionCode, (v: { doneOn: string; description: string }) =>
    apiRequest<AgreementDetail>(`/agreements/${enc(a.id)}/activities`, { method: 'POST', body: v }),
  );
  const remove = useAgreementWrite(regionCode, (activityId: string) =>
    apiRequest<AgreementDetail>(`/agreements/${enc(a.id)}/activities/${enc(activityId)}`, {
      method: 'DELETE',
    }),
  );
  const manage = a.canManage && a.storedStatus === 'signed';
  return (
    <Card size="small" title={t('agreements.activities')} style={{ marginTop: 16 }}>
      <List
        size="small"
        dataSource={a.activities}
        locale={{ emptyText: <EmptyState>{t('agreements.noActivities')}</EmptyState> }}
        renderItem={(x) => (
          <List.Item
            actions={[
              x.evidence ? (
                <a key="ev" href={evidenceUrl(a.id, x.id)}>
                  <PaperClipOutlined aria-hidden /> {x.evidence.fileName}
                </a>
              ) : null,
              manage ? (
                <FileButton
                  key="up"
                  id={a.id}
                  action={evidenceUrl(a.id, x.id)}
                  label={t('agreements.uploadEvidence')}
                />
              ) : null,
              manage ? (
                <Popconfirm
                  key="rm"
                  title={t('agreements.removeActivity')}
                  onConfirm={() => remove.mutate(x.id)}
                >
                  <Button size="small" type="text" danger>
                    {t('agreements.removeActivity')}
                  </Button>
                </Popconfirm>
              ) : null,
            ].filter(Boolean)}
          >
            <List.Item.Meta title={formatDate(x.doneOn)} description={x.description} />
          </List.Item>
        )}
      />
      {manage && (
        <Form
          form={form}
          layout="inline"
          style={{ marginTop: 12 }}
          onFinish={async (v) => {
            try {
              await add.mutateAsync({ doneOn: v.doneOn.format(DAY), description: v.description });
              form.resetFields();
            } catch (err) {
              void message.error((err as Error).message);
            }
          }}
        >
          <Form.Item name="doneOn" label={t('agreements.doneOn')} rules={[{ required: true }]}>
            <DatePicker format="DD-MM-YYYY" />
          </Form.Item>
          <Form.Item name="description" label={t('agreements.description')} rules={[{ required: true }]}>
            <Input maxLength={2000} style={{ width: 320 }} />
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending}>
            {t('agreements.addActivity')}
          </Button>
        </Form>
      )}
    </Card>
  );
}

/** One agreement: what it says, who signed what, the document, activities; DP3A edits and terminates. */
export function AgreementPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { region } = useRegion();
  const search = useRegionSearch();
  const q = useAgreement(id);
  const [editing, setEditing] = useState(false);
  const [terminating, setTerminating] = useState(false);
  const [form] = Form.useForm<{ terminatedOn: Dayjs; reason: string }>();
  const terminate = useAgreementWrite(region.code, (v: { terminatedOn: string; reason: string }) =>
    apiRequest<AgreementDetail>(`/agreements/${enc(id)}/terminate`, {
      method: 'POST',
      body: { ...v, version: q.data!.version },
    }),
  );
  const back = (
    <Link to={`/lembaga-layanan/kerja-sama${search}`}>
      <ArrowLeftOutlined aria-hidden /> {t('agreements.back')}
    </Link>
  );
  if (q.error)
    return (
      <>
        {back}
        <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      </>
    );
  const a = q.data;
  if (!a) return back;
  return (
    <>
      {back}
      <PageHeader
        title={a.title}
        subtitle={t(`agreements.kinds.${a.kind}`)}
        extra={
          a.canManage &&
          a.storedStatus !== 'terminated' && (
            <Space>
              <Button onClick={() => setEditing(true)}>{t('agreements.edit')}</Button>
              {a.storedStatus === 'signed' && (
                <Button danger onClick={() => setTerminating(true)}>
                  {t('agreements.terminate')}
                </Button>
              )}
            </Space>
          )
        }
      />
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
        <Descriptions.Item label={t('agreements.status')}>
          <Tag color={STATUS_COLORS[a.status]}>{t(`agreements.statuses.${a.status}`)}</Tag>
          {a.isDemo && <Tag color="gold">{t('agreements.demo')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={`${t('agreements.startsOn')} – ${t('agreements.endsOn')}`}>
          {formatDate(a.startsOn)} – {formatDate(a.endsOn)}
        </Descriptions.Item>
        <Descriptions.Item label={t('agreements.scope')} span={2}>
          <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{a.scope}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('agreements.meeting')}>
          {a.meeting ? (
            <Link to={`/kelembagaan/kegiatan/${a.meeting.id}${search}`}>
              {formatDate(a.meeting.startsOn)} · {a.meeting.title}
            </Link>
          ) : (
            t('agreements.noMeeting')
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('agreements.document')}>
          <Flex gap={8} wrap align="center">
            {a.document ? (
              <a href={documentUrl(a.id)}>
                <PaperClipOutlined aria-hidden /> {a.document.fileName} (
                {formatNumber(Math.ceil(a.document.bytes / 1024))} KB)
              </a>
            ) : (
              t('agreements.noDocument')
            )}
            {a.canManage && a.storedStatus !== 'terminated' && (
              <FileButton id={a.id} action={documentUrl(a.id)} label={t('agreements.upload')} />
            )}
          </Flex>
        </Descriptions.Item>
      </Descriptions>
      {a.reminders.length > 0 && a.status !== 'expired' && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('agreements.reminders', { dates: a.reminders.map((r) => formatDate(r.on)).join(', ') })}
        </Typography.Paragraph>
      )}
      {a.terminatedOn && (
        <Typography.Paragraph type="danger">
          {t('agreements.terminatedInfo', { date: formatDate(a.terminatedOn), reason: a.terminationReason })}
        </Typography.Paragraph>
      )}
      <Table
        style={{ marginTop: 16 }}
        title={() => t('agreements.parties')}
        rowKey={(_, i) => String(i)}
        size="small"
        pagination={false}
        dataSource={a.parties}
        columns={[
          {
            title: t('agreements.partyKind'),
            dataIndex: 'kind',
            render: (k: string) => t(`agreements.partyKinds.${k}`),
          },
          { title: t('agreements.partyName'), dataIndex: 'name' },
          { title: t('agreements.documentNumber'), dataIndex: 'documentNumber' },
          { title: t('agreements.signedOn'), dataIndex: 'signedOn', render: formatDate },
          {
            title: t('agreements.signatoryName'),
            key: 'sig',
            render: (_: unknown, p) => [p.signatoryName, p.signatoryPosition].filter(Boolean).join(', '),
          },
          { title: t('agreements.obligations'), dataIndex: 'obligations' },
        ]}
      />
      <Activities a={a} regionCode={region.code} />
      {editing && (
        <AgreementFormModal regionCode={region.code} agreement={a} onClose={() => setEditing(false)} />
      )}
      {terminating && (
        <Modal
          open
          title={t('agreements.terminate')}
          onCancel={() => setTerminating(false)}
          onOk={() => form.submit()}
          confirmLoading={terminate.isPending}
        >
          <Form
            form={form}
            layout="vertical"
            onFinish={async (v) => {
              try {
                await terminate.mutateAsync({ terminatedOn: v.terminatedOn.format(DAY), reason: v.reason });
                setTerminating(false);
              } catch (err) {
                void message.error((err as Error).message);
              }
            }}
          >
            <Form.Item name="terminatedOn" label={t('agreements.terminatedOn')} rules={[{ required: true }]}>
              <DatePicker format="DD-MM-YYYY" />
            </Form.Item>
            <Form.Item name="reason" label={t('agreements.reason')} rules={[{ required: true }]}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </>
  );
}
