/**
 * /kelembagaan/focal-point — focal points PUG per OPD: who, the appointing SK, training. Adding
 * one names the OPD and the person (found or added in the registry); editing changes every
 * field the API lets change afterwards (position, SK number and date, training, the day they
 * stopped) — the person and OPD stay, a new person is a new focal point.
 */
import { useState } from 'react';
import {
  App as AntApp,
  Button,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { TRAINING_STATUSES } from '../../../../domain/kelembagaan/constants.ts';
import { currentLanguage } from '../../app/i18n.ts';
import { useRegion } from '../../app/region.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useActiveOpds } from '../opd/api.ts';
import {
  focalPointFileUrl,
  useFocalPoints,
  useKelembagaanWrite,
  writes,
  type FocalPointInput,
  type FocalPointList,
} from './api.ts';
import { emptyRow, fieldErrorsOf, PeopleRows, rowBody, type PersonRow } from './PeopleRows.tsx';
import { DemoTag } from './PokjaPage.tsx';

type FocalPoint = FocalPointList['items'][number];

const contactOf = (p: { phone: string | null; email: string | null }) =>
  [p.phone, p.email].filter(Boolean).join(' · ') || '–';

/** The fields of a focal point besides the OPD and the person (both forms). */
interface Details {
  position: string;
  skNumber: string;
  skDate: string;
  trainingStatus: FocalPointInput['trainingStatus'];
  trainingYear: number | null;
  endedOn: string;
}

function DetailFields({
  value: f,
  onChange,
  errors,
  withEnd,
}: {
  value: Details;
  onChange: (next: Details) => void;
  errors: Record<string, string>;
  withEnd: boolean;
}) {
  const { t } = useTranslation();
  const err = (k: string) => ({
    validateStatus: errors[k] ? ('error' as const) : undefined,
    help: errors[k],
  });
  return (
    <>
      <Form.Item label={t('kelembagaan.people.position')} htmlFor="fp-position" {...err('position')}>
        <Input
          id="fp-position"
          maxLength={200}
          value={f.position}
          onChange={(e) => onChange({ ...f, position: e.target.value })}
        />
      </Form.Item>
      <Space wrap>
        <Form.Item label={t('kelembagaan.focal.skNumber')} htmlFor="fp-sk-number" {...err('skNumber')}>
          <Input
            id="fp-sk-number"
            maxLength={200}
            value={f.skNumber}
            onChange={(e) => onChange({ ...f, skNumber: e.target.value })}
          />
        </Form.Item>
        <Form.Item label={t('kelembagaan.focal.skDate')} htmlFor="fp-sk-date" {...err('skDate')}>
          <DatePicker
            id="fp-sk-date"
            format="DD-MM-YYYY"
            value={f.skDate ? dayjs(f.skDate) : null}
            onChange={(d) => onChange({ ...f, skDate: d ? d.format('YYYY-MM-DD') : '' })}
          />
        </Form.Item>
        <Form.Item label={t('kelembagaan.focal.training')} htmlFor="fp-training" {...err('trainingStatus')}>
          <Select
            id="fp-training"
            style={{ width: 200 }}
            value={f.trainingStatus}
            options={TRAINING_STATUSES.map((s) => ({ value: s, label: t(`kelembagaan.training.${s}`) }))}
            onChange={(trainingStatus: FocalPointInput['trainingStatus']) =>
              onChange({
                ...f,
                trainingStatus,
                trainingYear: trainingStatus === 'belum' ? null : f.trainingYear,
              })
            }
          />
        </Form.Item>
        <Form.Item
          label={t('kelembagaan.focal.trainingYear')}
          htmlFor="fp-training-year"
          {...err('trainingYear')}
        >
          <InputNumber
            id="fp-training-year"
            min={2000}
            max={2100}
            disabled={f.trainingStatus === 'belum'}
            value={f.trainingYear}
            onChange={(v) => onChange({ ...f, trainingYear: v })}
          />
        </Form.Item>
        {withEnd && (
          <Form.Item
            label={t('kelembagaan.focal.endedOnLabel')}
            extra={t('kelembagaan.focal.endedOnHint')}
            htmlFor="fp-ended-on"
            {...err('endedOn')}
          >
            <DatePicker
              id="fp-ended-on"
              format="DD-MM-YYYY"
              value={f.endedOn ? dayjs(f.endedOn) : null}
              onChange={(d) => onChange({ ...f, endedOn: d ? d.format('YYYY-MM-DD') : '' })}
            />
          </Form.Item>
        )}
      </Space>
    </>
  );
}

function FocalPointForm({ regionCode, onClose }: { regionCode: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const opds = useActiveOpds(regionCode).data ?? [];
  const create = useKelembagaanWrite(regionCode, writes.createFocalPoint(regionCode));
  const [row, setRow] = useState<PersonRow[]>([emptyRow('')]);
  const [opdId, setOpdId] = useState('');
  const [f, setF] = useState<Details>({
    position: '',
    skNumber: '',
    skDate: '',
    trainingStatus: 'belum',
    trainingYear: null,
    endedOn: '',
  });
  const errors = fieldErrorsOf(create.error);
  const save = async () => {
    const r = row[0] ?? emptyRow('');
    const { opdId: _o, ...person } = rowBody({ ...r, opdId: opdId || null });
    await create.mutateAsync({
      opdId,
      ...person,
      ...(f.position.trim() ? { position: f.position } : {}),
      skNumber: f.skNumber,
      skDate: f.skDate || null,
      trainingStatus: f.trainingStatus,
      trainingYear: f.trainingYear,
    });
    message.success(t('kelembagaan.saved'));
    onClose();
  };
  return (
    <Modal
      open
      width={900}
      title={t('kelembagaan.focal.new')}
      okText={t('kelembagaan.save')}
      onOk={() => void save().catch(() => undefined)}
      confirmLoading={create.isPending}
      onCancel={onClose}
    >
      <Form layout="vertical">
        <Form.Item
          label={t('kelembagaan.people.opd')}
          required
          validateStatus={errors.opdId ? 'error' : undefined}
          help={errors.opdId}
        >
          <Select
            showSearch
            optionFilterProp="label"
            value={opdId || undefined}
            options={opds.map((o) => ({ value: o.id, label: o.name }))}
            onChange={(v: string) => setOpdId(v)}
          />
        </Form.Item>
        <Form.Item
          label={t('kelembagaan.focal.person')}
          required
          validateStatus={errors.personId ? 'error' : undefined}
          help={errors.personId}
        >
          <PeopleRows
            regionCode={regionCode}
            rows={row}
            onChange={(r) => setRow(r.length ? r.slice(0, 1) : [emptyRow('')])}
            roles={null}
            roleLabel={String}
            opds={null}
            errors={errors}
            path="person"
            defaultRole=""
          />
        </Form.Item>
        <DetailFields value={f} onChange={setF} errors={errors} withEnd={false} />
      </Form>
    </Modal>
  );
}

/** Every field PATCH …/focal-points/:id accepts; only what changed is sent. */
function FocalPointEditForm({
  regionCode,
  focalPoint: fp,
  onClose,
}: {
  regionCode: string;
  focalPoint: FocalPoint;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const patch = useKelembagaanWrite(regionCode, writes.patchFocalPoint(regionCode));
  const initial: Details = {
    position: fp.position,
    skNumber: fp.skNumber,
    skDate: fp.skDate ?? '',
    trainingStatus: fp.trainingStatus,
    trainingYear: fp.trainingYear,
    endedOn: fp.endedOn ?? '',
  };
  const [f, setF] = useState<Details>(initial);
  const errors = fieldErrorsOf(patch.error);
  const save = async () => {
    await patch.mutateAsync({
      id: fp.id,
      body: {
        position: f.position,
        skNumber: f.skNumber,
        skDate: f.skDate || null,
        trainingStatus: f.trainingStatus,
        trainingYear: f.trainingYear,
        endedOn: f.endedOn || null,
      },
    });
    message.success(t('kelembagaan.saved'));
    onClose();
  };
  return (
    <Modal
      open
      width={760}
      title={t('kelembagaan.focal.editTitle', { name: fp.person.fullName, opd: fp.opdName })}
      okText={t('kelembagaan.save')}
      onOk={() => void save().catch(() => undefined)}
      confirmLoading={patch.isPending}
      onCancel={onClose}
    >
      <Form layout="vertical">
        <DetailFields value={f} onChange={setF} errors={errors} withEnd />
      </Form>
    </Modal>
  );
}

/** /kelembagaan/focal-point — focal points PUG per OPD with SK and training. */
export function FocalPointPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { region } = useRegion();
  const [ended, setEnded] = useState(false);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<FocalPoint | null>(null);
  const list = useFocalPoints(region.code, ended);
  const patch = useKelembagaanWrite(region.code, writes.patchFocalPoint(region.code));
  const remove = useKelembagaanWrite(region.code, writes.deleteFocalPoint(region.code));
  const canManage = list.data?.canManage ?? false;
  return (
    <>
      <PageHeader
        title={t('kelembagaan.focal.title')}
        subtitle={t('kelembagaan.focal.subtitle')}
        extra={
          canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('kelembagaan.focal.new')}
            </Button>
          )
        }
      />
      <Checkbox checked={ended} onChange={(e) => setEnded(e.target.checked)} style={{ marginBottom: 12 }}>
        {t('kelembagaan.focal.includeEnded')}
      </Checkbox>
      <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      {list.data && list.data.items.length === 0 ? (
        <EmptyState>{t('kelembagaan.focal.empty')}</EmptyState>
      ) : (
        <Table
          size="small"
          rowKey="id"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          pagination={false}
          scroll={{ x: true }}
          columns={[
            { title: t('kelembagaan.people.opd'), dataIndex: 'opdName' },
            {
              title: t('kelembagaan.people.name'),
              render: (_, f) => (
                <Space>
                  {f.person.fullName}
                  <DemoTag show={f.isDemo} />
                  {f.endedOn && <Tag>{t('kelembagaan.focal.endedOn', { date: formatDate(f.endedOn) })}</Tag>}
                </Space>
              ),
            },
            { title: t('kelembagaan.people.sex'), render: (_, f) => t(`kelembagaan.sex.${f.person.sex}`) },
            { title: t('kelembagaan.people.position'), dataIndex: 'position' },
            {
              title: t('kelembagaan.focal.sk'),
              render: (_, f) =>
                f.skNumber ? (
                  <>
                    {f.skNumber}
                    {f.skDate ? ` (${formatDate(f.skDate)})` : ''}
                    {f.file && (
                      <>
                        {' '}
                        · <a href={focalPointFileUrl(region.code, f.id)}>PDF</a>
                      </>
                    )}
                  </>
                ) : (
                  <Typography.Text type="warning">{t('kelembagaan.focal.noSk')}</Typography.Text>
                ),
            },
            {
              title: t('kelembagaan.focal.training'),
              render: (_, f) =>
                `${t(`kelembagaan.training.${f.trainingStatus}`)}${f.trainingYear ? ` (${f.trainingYear})` : ''}`,
            },
            { title: t('kelembagaan.people.contact'), render: (_, f) => contactOf(f.person) },
            ...(canManage
              ? [
                  {
                    title: '',
                    key: 'actions',
                    render: (_: unknown, f: FocalPoint) => (
                      <Space>
                        <Button size="small" onClick={() => setEditing(f)}>
                          {t('kelembagaan.edit')}
                        </Button>
                        <Upload
                          name="file"
                          action={focalPointFileUrl(region.code, f.id)}
                          accept="application/pdf,.pdf"
                          withCredentials
                          headers={{ 'Accept-Language': currentLanguage() }}
                          showUploadList={false}
                          onChange={(info) => {
                            if (info.file.status === 'done') {
                              message.success(t('kelembagaan.fileUploaded'));
                              void list.refetch();
                            }
                            if (info.file.status === 'error')
                              message.error(
                                (info.file.response as { error?: { message?: string } } | undefined)?.error
                                  ?.message ?? t('kelembagaan.fileFailed'),
                              );
                          }}
                        >
                          <Button size="small" icon={<UploadOutlined />}>
                            {t('kelembagaan.uploadPdf')}
                          </Button>
                        </Upload>
                        {!f.endedOn && (
                          <Button
                            size="small"
                            onClick={() =>
                              void patch
                                .mutateAsync({ id: f.id, body: { endedOn: dayjs().format('YYYY-MM-DD') } })
                                .catch((e: Error) => message.error(e.message))
                            }
                          >
                            {t('kelembagaan.focal.end')}
                          </Button>
                        )}
                        <Popconfirm
                          title={t('kelembagaan.confirmDelete')}
                          onConfirm={() =>
                            void remove.mutateAsync(f.id).catch((e: Error) => message.error(e.message))
                          }
                        >
                          <Button size="small" danger>
                            {t('kelembagaan.delete')}
                          </Button>
                        </Popconfirm>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {adding && <FocalPointForm regionCode={region.code} onClose={() => setAdding(false)} />}
      {editing && (
        <FocalPointEditForm regionCode={region.code} focalPoint={editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
