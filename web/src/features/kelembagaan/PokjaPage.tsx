import { useState } from 'react';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  List,
  Modal,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { FilePdfOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Upload } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { POKJA_ROLES } from '../../../../domain/kelembagaan/constants.ts';
import { currentLanguage } from '../../app/i18n.ts';
import { useRegion } from '../../app/region.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useActiveOpds } from '../opd/api.ts';
import { decreeFileUrl, useDecree, useKelembagaanWrite, usePokja, writes, type Decree } from './api.ts';
import { emptyRow, fieldErrorsOf, PeopleRows, rowBody, type PersonRow } from './PeopleRows.tsx';
import { PeopleRegistry } from './PeopleRegistry.tsx';

export function DemoTag({ show }: { show: boolean }) {
  const { t } = useTranslation();
  return show ? <Tag color="purple">{t('kelembagaan.demo')}</Tag> : null;
}

function Members({ decree }: { decree: Decree }) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={decree.members}
      locale={{ emptyText: t('kelembagaan.pokja.noMembers') }}
      columns={[
        {
          title: t('kelembagaan.people.role'),
          dataIndex: 'role',
          render: (r: string) => t(`kelembagaan.pokjaRole.${r}`),
        },
        { title: t('kelembagaan.people.name'), render: (_, m) => m.person.fullName },
        { title: t('kelembagaan.people.sex'), render: (_, m) => t(`kelembagaan.sex.${m.person.sex}`) },
        { title: t('kelembagaan.people.opd'), render: (_, m) => m.opdName ?? '–' },
        { title: t('kelembagaan.people.position'), dataIndex: 'position' },
        {
          title: t('kelembagaan.people.contact'),
          render: (_, m) => [m.person.phone, m.person.email].filter(Boolean).join(' · ') || '–',
        },
      ]}
    />
  );
}

function DecreeCard({
  decree,
  regionCode,
  canManage,
  onEdit,
}: {
  decree: Decree;
  regionCode: string;
  canManage: boolean;
  onEdit?: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  return (
    <Card
      title={
        <Space>
          {t('kelembagaan.pokja.sk', { number: decree.skNumber })}
          <DemoTag show={decree.isDemo} />
          {!decree.current && <Tag>{t('kelembagaan.pokja.replaced')}</Tag>}
        </Space>
      }
      extra={
        canManage && (
          <Space>
            {onEdit && <Button onClick={onEdit}>{t('kelembagaan.edit')}</Button>}
            <Upload
              name="file"
              action={decreeFileUrl(regionCode, decree.id)}
              accept="application/pdf,.pdf"
              withCredentials
              headers={{ 'Accept-Language': currentLanguage() }}
              showUploadList={false}
              onChange={(info) => {
                if (info.file.status === 'done') message.success(t('kelembagaan.fileUploaded'));
                if (info.file.status === 'error') {
                  const body = info.file.response as { error?: { message?: string } } | undefined;
                  message.error(body?.error?.message ?? t('kelembagaan.fileFailed'));
                }
              }}
            >
              <Button icon={<UploadOutlined />}>{t('kelembagaan.uploadPdf')}</Button>
            </Upload>
          </Space>
        )
      }
      style={{ marginBottom: 16 }}
    >
      <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('kelembagaan.pokja.skDate')}>
          {formatDate(decree.skDate)}
        </Descriptions.Item>
        <Descriptions.Item label={t('kelembagaan.pokja.signatory')}>
          {decree.signatory || '–'}
        </Descriptions.Item>
        <Descriptions.Item label={t('kelembagaan.pokja.validity')}>
          {formatDate(decree.validFrom)} –{' '}
          {decree.validTo ? formatDate(decree.validTo) : t('kelembagaan.pokja.openEnded')}
        </Descriptions.Item>
        <Descriptions.Item label={t('kelembagaan.pokja.composition')}>
          {t('kelembagaan.pokja.counts', { women: decree.counts.women, men: decree.counts.men })}
        </Descriptions.Item>
        <Descriptions.Item label={t('kelembagaan.pokja.file')}>
          {decree.file ? (
            <a href={decreeFileUrl(regionCode, decree.id)}>
              <FilePdfOutlined /> {decree.file.fileName}
            </a>
          ) : (
            t('kelembagaan.pokja.noFile')
          )}
        </Descriptions.Item>
      </Descriptions>
      <Members decree={decree} />
    </Card>
  );
}

function DecreeForm({
  regionCode,
  decree,
  open,
  onClose,
}: {
  regionCode: string;
  decree: Decree | null;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const opds = useActiveOpds(regionCode).data ?? [];
  const create = useKelembagaanWrite(regionCode, writes.createDecree(regionCode));
  const update = useKelembagaanWrite(regionCode, writes.updateDecree(regionCode));
  const [f, setF] = useState(() => ({
    skNumber: decree?.skNumber ?? '',
    skDate: decree?.skDate ?? '',
    signatory: decree?.signatory ?? '',
    validFrom: decree?.validFrom ?? '',
    validTo: decree?.validTo ?? '',
    notes: decree?.notes ?? '',
  }));
  const [rows, setRows] = useState<PersonRow[]>(
    () =>
      decree?.members.map((m) => ({
        personId: m.person.id,
        fullName: m.person.fullName,
        sex: m.person.sex,
        role: m.role,
        opdId: m.opdId,
        position: m.position,
      })) ?? [emptyRow('ketua'), emptyRow('sekretaris'), emptyRow('anggota')],
  );
  const error = decree ? update.error : create.error;
  const errors = fieldErrorsOf(error);
  const save = async () => {
    const body = {
      skNumber: f.skNumber,
      skDate: f.skDate,
      signatory: f.signatory,
      validFrom: f.validFrom,
      validTo: f.validTo || null,
      notes: f.notes,
      members: rows
        .filter((r) => r.fullName.trim() || r.personId)
        .map((r) => ({ ...rowBody(r), role: r.role as 'anggota' })),
    };
    if (decree) await update.mutateAsync({ id: decree.id, body });
    else await create.mutateAsync(body);
    message.success(t('kelembagaan.saved'));
    onClose();
  };
  const date = (name: 'skDate' | 'validFrom' | 'validTo', label: string, required: boolean) => (
    <Form.Item
      label={label}
      required={required}
      validateStatus={errors[name] ? 'error' : undefined}
      help={errors[name]}
    >
      <DatePicker
        format="DD-MM-YYYY"
        value={f[name] ? dayjs(f[name]) : null}
        onChange={(d) => setF({ ...f, [name]: d ? d.format('YYYY-MM-DD') : '' })}
      />
    </Form.Item>
  );
  return (
    <Modal
      open={open}
      width={1000}
      title={decree ? t('kelembagaan.pokja.editTitle') : t('kelembagaan.pokja.newTitle')}
      okText={t('kelembagaan.save')}
      onOk={() => void save().catch(() => undefined)}
      confirmLoading={create.isPending || update.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      {!decree && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('kelembagaan.pokja.replaceHint')}
        />
      )}
      {error && !Object.keys(errors).length ? <ErrorAlert error={error} /> : null}
      <Form layout="vertical">
        <Form.Item
          label={t('kelembagaan.pokja.skNumber')}
          required
          validateStatus={errors.skNumber ? 'error' : undefined}
          help={errors.skNumber}
        >
          <Input
            maxLength={200}
            value={f.skNumber}
            onChange={(e) => setF({ ...f, skNumber: e.target.value })}
          />
        </Form.Item>
        <Space wrap>
          {date('skDate', t('kelembagaan.pokja.skDate'), true)}
          {date('validFrom', t('kelembagaan.pokja.validFrom'), true)}
          {date('validTo', t('kelembagaan.pokja.validTo'), false)}
        </Space>
        <Form.Item
          label={t('kelembagaan.pokja.signatory')}
          validateStatus={errors.signatory ? 'error' : undefined}
          help={errors.signatory}
        >
          <Input
            maxLength={200}
            value={f.signatory}
            onChange={(e) => setF({ ...f, signatory: e.target.value })}
          />
        </Form.Item>
        <Form.Item
          label={t('kelembagaan.pokja.members')}
          validateStatus={errors.members ? 'error' : undefined}
          help={errors.members}
        >
          <PeopleRows
            regionCode={regionCode}
            rows={rows}
            onChange={setRows}
            roles={POKJA_ROLES}
            roleLabel={(r) => t(`kelembagaan.pokjaRole.${r}`)}
            opds={opds.map((o) => ({ id: o.id, name: o.name }))}
            errors={errors}
            path="members"
            defaultRole="anggota"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function HistoryItem({ regionCode, id }: { regionCode: string; id: string }) {
  const decree = useDecree(regionCode, id).data;
  return decree ? <DecreeCard decree={decree} regionCode={regionCode} canManage={false} /> : null;
}

/** /kelembagaan — the Pokja PUG: the current SK with its members, the SKs it replaced. */
export function PokjaPage() {
  const { t } = useTranslation();
  const { region } = useRegion();
  const pokja = usePokja(region.code);
  const [form, setForm] = useState<'new' | 'edit' | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const data = pokja.data;
  return (
    <>
      <PageHeader
        title={t('kelembagaan.pokja.title')}
        subtitle={t('kelembagaan.pokja.subtitle', { region: region.name })}
        extra={
          data?.canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm('new')}>
              {t('kelembagaan.pokja.new')}
            </Button>
          )
        }
      />
      <ErrorAlert error={pokja.error} onRetry={() => void pokja.refetch()} />
      {data && !data.current && <EmptyState>{t('kelembagaan.pokja.empty')}</EmptyState>}
      {data?.current && (
        <DecreeCard
          decree={data.current}
          regionCode={region.code}
          canManage={data.canManage}
          onEdit={() => setForm('edit')}
        />
      )}
      {data && data.history.length > 0 && (
        <Card title={t('kelembagaan.pokja.history')}>
          <List
            dataSource={data.history}
            renderItem={(d) => (
              <List.Item
                actions={[
                  <Button key="show" type="link" onClick={() => setShown(shown === d.id ? null : d.id)}>
                    {shown === d.id ? t('kelembagaan.pokja.hideMembers') : t('kelembagaan.pokja.showMembers')}
                  </Button>,
                ]}
              >
                <div style={{ width: '100%' }}>
                  <Typography.Text strong>{d.skNumber}</Typography.Text> <DemoTag show={d.isDemo} />
                  <div>
                    {formatDate(d.validFrom)} –{' '}
                    {d.validTo ? formatDate(d.validTo) : t('kelembagaan.pokja.openEnded')} ·{' '}
                    {t('kelembagaan.pokja.counts', { women: d.counts.women, men: d.counts.men })}
                  </div>
                  {shown === d.id && <HistoryItem regionCode={region.code} id={d.id} />}
                </div>
              </List.Item>
            )}
          />
        </Card>
      )}
      {data && <PeopleRegistry regionCode={region.code} canManage={data.canManage} />}
      {form && (
        <DecreeForm
          regionCode={region.code}
          decree={form === 'edit' ? (data?.current ?? null) : null}
          open
          onClose={() => setForm(null)}
        />
      )}
    </>
  );
}
