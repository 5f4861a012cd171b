import { useState } from 'react';
import { App as AntApp, Button, Flex, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { DeleteOutlined, UserAddOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiRequest, regionPath } from '../../app/api.ts';
import { PEOPLE_GROUPS } from '../../../../domain/kelembagaan/constants.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { applyServerErrors } from '../../components/serverErrors.ts';
import { LetterSection } from './LetterSection.tsx';
import { useAddInvitees, useInvitees, useRemoveInvitee, type Invitee, type MeetingDetail } from './api.ts';

interface Person {
  id: string;
  fullName: string;
  position: string;
  institution: string;
  opdName: string | null;
}

/** The registry's people matching `q` (GET /api/regions/:code/people, the kelembagaan module's picker). */
function usePeople(regionCode: string, q: string) {
  return useQuery({
    queryKey: ['people-picker', regionCode, q],
    queryFn: ({ signal }) =>
      apiRequest<{ items: Person[] }>(`${regionPath(regionCode)}/people`, {
        query: { q, limit: 20 },
        signal,
      }),
  });
}

/** Undangan: who is invited; organisers pick from the registry or type anyone in. */
export function InviteesTab({ meeting: m }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const invitees = useInvitees(m.id);
  const add = useAddInvitees(m.id);
  const remove = useRemoveInvitee(m.id);
  const [q, setQ] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [typing, setTyping] = useState(false);
  const people = usePeople(m.regionCode, q);
  const manage = m.canManage && m.status !== 'cancelled';
  return (
    <>
      <LetterSection meeting={m} />
      {manage && (
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <Select
            mode="multiple"
            showSearch
            filterOption={false}
            onSearch={setQ}
            value={picked}
            onChange={setPicked}
            aria-label={t('meetings.invite.pick')}
            placeholder={t('meetings.invite.pick')}
            style={{ minWidth: 360, flex: 1 }}
            loading={people.isFetching}
            notFoundContent={t('meetings.invite.noneFound')}
            options={(people.data?.items ?? []).map((p) => ({
              value: p.id,
              label: `${p.fullName}${p.position ? ` — ${p.position}` : ''}${p.opdName || p.institution ? ` (${p.opdName ?? p.institution})` : ''}`,
            }))}
          />
          <Button
            type="primary"
            icon={<UserAddOutlined aria-hidden />}
            disabled={!picked.length}
            loading={add.isPending}
            onClick={() =>
              add.mutate(
                { personIds: picked },
                {
                  onSuccess: () => {
                    setPicked([]);
                    void message.success(t('meetings.invite.added'));
                  },
                },
              )
            }
          >
            {t('meetings.invite.add')}
          </Button>
          <Button onClick={() => setTyping(true)}>{t('meetings.invite.other')}</Button>
          {PEOPLE_GROUPS.map((group) => (
            <Button
              key={group}
              data-testid={`invite-group-${group}`}
              loading={add.isPending && add.variables?.groups?.[0] === group}
              onClick={() => {
                const before = invitees.data?.items.length ?? 0;
                add.mutate(
                  { groups: [group] },
                  {
                    onSuccess: (after) =>
                      void message.success(
                        t('meetings.invite.groupsAdded', { count: after.items.length - before }),
                      ),
                  },
                );
              }}
            >
              {t(`meetings.invite.groups.${group}`)}
            </Button>
          ))}
        </Flex>
      )}
      {(invitees.error || add.error || remove.error) && (
        <ErrorAlert error={invitees.error ?? add.error ?? remove.error} />
      )}
      <Table<Invitee>
        rowKey="personId"
        loading={invitees.isPending}
        dataSource={invitees.data?.items ?? []}
        pagination={false}
        locale={{
          emptyText: (
            <EmptyState>
              {manage ? t('meetings.invite.emptyOrganiser') : t('meetings.invite.empty')}
            </EmptyState>
          ),
        }}
        columns={[
          { title: t('meetings.invite.name'), dataIndex: 'fullName' },
          {
            title: t('meetings.invite.sex'),
            dataIndex: 'sex',
            render: (s: string) => t(`meetings.sex.${s}`),
          },
          {
            title: t('meetings.invite.position'),
            key: 'pos',
            render: (_, i) => [i.position, i.institution].filter(Boolean).join(', '),
          },
          ...(m.canManage
            ? [
                {
                  title: t('meetings.invite.email'),
                  key: 'email',
                  render: (_: unknown, i: Invitee) => i.email ?? <Tag>{t('meetings.invite.noEmail')}</Tag>,
                },
              ]
            : []),
          ...(manage
            ? [
                {
                  title: '',
                  key: 'rm',
                  render: (_: unknown, i: Invitee) => (
                    <Button
                      type="text"
                      danger
                      aria-label={t('meetings.invite.remove', { name: i.fullName })}
                      icon={<DeleteOutlined aria-hidden />}
                      onClick={() => remove.mutate(i.personId)}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {typing && <OtherPersonModal meetingId={m.id} onClose={() => setTyping(false)} />}
    </>
  );
}

interface OtherValues {
  fullName: string;
  sex: 'P' | 'L';
  position?: string;
  institution?: string;
  email?: string;
  phone?: string;
}

function OtherPersonModal({ meetingId, onClose }: { meetingId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<OtherValues>();
  const add = useAddInvitees(meetingId);
  const [error, setError] = useState<string | null>(null);
  const submit = (v: OtherValues) =>
    add.mutate(
      { people: [{ ...v, email: v.email || undefined, phone: v.phone || undefined }] },
      {
        onSuccess: onClose,
        onError: (err) => {
          const renamed = Object.fromEntries(
            ['fullName', 'sex', 'position', 'institution', 'email', 'phone'].map((f) => [`people.0.${f}`, f]),
          );
          const rest = applyServerErrors(
            form,
            err,
            ['fullName', 'sex', 'position', 'institution', 'email', 'phone'],
            { rename: renamed },
          );
          if (rest) setError(rest);
        },
      },
    );
  return (
    <Modal
      open
      title={t('meetings.invite.other')}
      okText={t('meetings.invite.add')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', loading: add.isPending }}
      onCancel={onClose}
      destroyOnHidden
      modalRender={(dom) => (
        <Form<OtherValues> form={form} layout="vertical" onFinish={submit}>
          {dom}
        </Form>
      )}
    >
      <Form.Item
        name="fullName"
        label={t('meetings.invite.name')}
        rules={[{ required: true, message: t('meetings.required') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="sex"
        label={t('meetings.invite.sex')}
        rules={[{ required: true, message: t('meetings.required') }]}
      >
        <Select
          options={[
            { value: 'P', label: t('meetings.sex.P') },
            { value: 'L', label: t('meetings.sex.L') },
          ]}
        />
      </Form.Item>
      <Form.Item name="position" label={t('meetings.invite.position')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="institution" label={t('meetings.invite.institution')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="email" label={t('meetings.invite.email')}>
        <Input type="email" maxLength={254} />
      </Form.Item>
      <Form.Item name="phone" label={t('meetings.invite.phone')}>
        <Input maxLength={40} />
      </Form.Item>
      {error && <div role="alert">{error}</div>}
    </Modal>
  );
}
