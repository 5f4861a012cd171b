import { useState } from 'react';
import { App as AntApp, Button, Card, Form, Input, Modal, Select, Space, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import type { PersonDto, peoplePage, updatePersonBody } from '../../../../api/kelembagaan.ts';
import { apiRequest, regionPath } from '../../app/api.ts';
import { DemoTag } from './PokjaPage.tsx';
import { fieldErrorsOf } from './PeopleRows.tsx';
import { useKelembagaanWrite, usePeopleSearch } from './api.ts';

type Page = z.infer<typeof peoplePage>;
type Patch = z.input<typeof updatePersonBody>;
const base = (code: string) => `${regionPath(code)}/kelembagaan/people`;

function EditPerson({
  regionCode,
  person,
  onClose,
}: {
  regionCode: string;
  person: PersonDto;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const save = useKelembagaanWrite(regionCode, (body: Patch) =>
    apiRequest(`${base(regionCode)}/${encodeURIComponent(person.id)}`, { method: 'PATCH', body }),
  );
  const [f, setF] = useState({
    fullName: person.fullName,
    sex: person.sex,
    nip: person.nip ?? '',
    position: person.position,
    institution: person.institution,
    phone: person.phone ?? '',
    email: person.email ?? '',
  });
  const errors = fieldErrorsOf(save.error);
  const item = (k: keyof typeof f, label: string, max: number) => (
    <Form.Item label={label} validateStatus={errors[k] ? 'error' : undefined} help={errors[k]}>
      <Input maxLength={max} value={f[k]} onChange={(e) => setF({ ...f, [k]: e.target.value })} />
    </Form.Item>
  );
  return (
    <Modal
      open
      title={t('kelembagaan.registry.edit')}
      okText={t('kelembagaan.save')}
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() =>
        void save
          .mutateAsync({ ...f, nip: f.nip || null, phone: f.phone || null, email: f.email || null })
          .then(() => {
            message.success(t('kelembagaan.saved'));
            onClose();
          })
          .catch(() => undefined)
      }
    >
      <Form layout="vertical">
        {item('fullName', t('kelembagaan.people.name'), 200)}
        <Form.Item
          label={t('kelembagaan.people.sex')}
          validateStatus={errors.sex ? 'error' : undefined}
          help={errors.sex}
        >
          <Select
            value={f.sex}
            options={[
              { value: 'P', label: t('kelembagaan.sex.P') },
              { value: 'L', label: t('kelembagaan.sex.L') },
            ]}
            onChange={(sex: 'P' | 'L') => setF({ ...f, sex })}
          />
        </Form.Item>
        {item('nip', 'NIP', 30)}
        {item('position', t('kelembagaan.people.position'), 200)}
        {item('institution', t('kelembagaan.registry.institution'), 200)}
        {item('phone', t('kelembagaan.registry.phone'), 30)}
        {item('email', t('kelembagaan.registry.email'), 200)}
      </Form>
    </Modal>
  );
}

function MergePerson({
  regionCode,
  person,
  onClose,
}: {
  regionCode: string;
  person: PersonDto;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [q, setQ] = useState('');
  const [keepId, setKeepId] = useState<string | null>(null);
  const found = (usePeopleSearch(regionCode, q).data?.items ?? []).filter((p) => p.id !== person.id);
  const merge = useKelembagaanWrite(regionCode, (id: string) =>
    apiRequest(`${base(regionCode)}/${encodeURIComponent(person.id)}/merge`, {
      method: 'POST',
      body: { keepId: id },
    }),
  );
  const errors = fieldErrorsOf(merge.error);
  return (
    <Modal
      open
      title={t('kelembagaan.registry.mergeTitle', { name: person.fullName })}
      okText={t('kelembagaan.registry.merge')}
      okButtonProps={{ disabled: !keepId, danger: true }}
      confirmLoading={merge.isPending}
      onCancel={onClose}
      onOk={() =>
        void merge
          .mutateAsync(keepId!)
          .then(() => {
            message.success(t('kelembagaan.registry.merged'));
            onClose();
          })
          .catch(() => undefined)
      }
    >
      <Typography.Paragraph>{t('kelembagaan.registry.mergeHint')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item
          label={t('kelembagaan.registry.keep')}
          validateStatus={errors.keepId ? 'error' : undefined}
          help={errors.keepId}
        >
          <Select
            showSearch
            filterOption={false}
            onSearch={setQ}
            value={keepId ?? undefined}
            onChange={setKeepId}
            options={found.map((p) => ({
              value: p.id,
              label: `${p.fullName}${p.position ? ` — ${p.position}` : ''}${p.opdName ? ` (${p.opdName})` : ''}`,
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The region's people registry: search, correct, merge two rows of one person (managers). */
export function PeopleRegistry({ regionCode, canManage }: { regionCode: string; canManage: boolean }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<PersonDto | null>(null);
  const [merging, setMerging] = useState<PersonDto | null>(null);
  const list = useQuery({
    queryKey: ['kelembagaan', regionCode, 'registry', q, page],
    queryFn: ({ signal }) => apiRequest<Page>(base(regionCode), { query: { q, page, pageSize: 20 }, signal }),
  });
  return (
    <Card title={t('kelembagaan.registry.title')} style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">{t('kelembagaan.registry.hint')}</Typography.Paragraph>
      <Input.Search
        aria-label={t('kelembagaan.registry.search')}
        placeholder={t('kelembagaan.registry.search')}
        allowClear
        maxLength={100}
        style={{ maxWidth: 360, marginBottom: 12 }}
        onSearch={(v) => {
          setQ(v);
          setPage(1);
        }}
      />
      <Table
        size="small"
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: true }}
        locale={{ emptyText: t('kelembagaan.registry.empty') }}
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={[
          {
            title: t('kelembagaan.people.name'),
            render: (_, p) => (
              <Space>
                {p.fullName}
                <DemoTag show={p.isDemo} />
              </Space>
            ),
          },
          { title: t('kelembagaan.people.sex'), render: (_, p) => t(`kelembagaan.sex.${p.sex}`) },
          { title: t('kelembagaan.people.position'), dataIndex: 'position' },
          {
            title: t('kelembagaan.registry.institution'),
            render: (_, p) => p.opdName ?? (p.institution || '–'),
          },
          ...(canManage
            ? [
                {
                  title: t('kelembagaan.people.contact'),
                  key: 'contact',
                  render: (_: unknown, p: PersonDto) => [p.phone, p.email].filter(Boolean).join(' · ') || '–',
                },
                {
                  title: '',
                  key: 'actions',
                  render: (_: unknown, p: PersonDto) => (
                    <Space>
                      <Button size="small" onClick={() => setEditing(p)}>
                        {t('kelembagaan.edit')}
                      </Button>
                      <Button size="small" onClick={() => setMerging(p)}>
                        {t('kelembagaan.registry.merge')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && <EditPerson regionCode={regionCode} person={editing} onClose={() => setEditing(null)} />}
      {merging && <MergePerson regionCode={regionCode} person={merging} onClose={() => setMerging(null)} />}
    </Card>
  );
}
