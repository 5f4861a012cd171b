import { App as AntApp, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_TEXT_MAX } from '../../../../domain/follow-ups/constants.ts';
import { applyServerErrors } from '../../components/serverErrors.ts';
import { useActiveOpds } from '../opd/api.ts';
import { useCreateFollowUp, usePeopleSearch } from './api.ts';

interface Values {
  text: string;
  ownerKind: 'opd' | 'person';
  opdId?: string;
  personId?: string;
  dueDate: string;
  agendaItemId?: string;
}

interface MeetingFacts {
  id: string;
  regionCode: string;
  agenda: { id: string; text: string }[];
}

/** Adding a follow-up from the minutes: what, one owner (an OPD or a person), by when. */
export function FollowUpCreateModal({ meeting, onClose }: { meeting: MeetingFacts; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const ownerKind = Form.useWatch('ownerKind', form) ?? 'opd';
  const [q, setQ] = useState('');
  const opds = useActiveOpds(meeting.regionCode);
  const people = usePeopleSearch(meeting.regionCode, q, ownerKind === 'person');
  const create = useCreateFollowUp(meeting.id);

  const submit = async (v: Values) => {
    try {
      await create.mutateAsync({
        text: v.text,
        owner: v.ownerKind === 'opd' ? { opdId: v.opdId ?? '' } : { personId: v.personId ?? '' },
        dueDate: v.dueDate,
        agendaItemId: v.agendaItemId || null,
      });
      message.success(t('followUps.added'));
      onClose();
    } catch (err) {
      const rest = applyServerErrors(form, err, ['text', 'dueDate', 'agendaItemId', 'owner'], {
        rename: {
          owner: ownerKind === 'opd' ? 'opdId' : 'personId',
          'owner.opdId': 'opdId',
          'owner.personId': 'personId',
        },
      });
      if (rest) message.error(rest);
    }
  };

  return (
    <Modal
      open
      title={t('followUps.addTitle')}
      onCancel={onClose}
      okText={t('followUps.save')}
      cancelText={t('followUps.cancel')}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ ownerKind: 'opd' }}>
        <Form.Item
          name="text"
          label={t('followUps.fields.text')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={3} maxLength={FOLLOW_UP_TEXT_MAX} autoFocus data-testid="follow-up-text" />
        </Form.Item>
        <Form.Item name="ownerKind" label={t('followUps.fields.ownerKind')}>
          <Radio.Group
            options={[
              { value: 'opd', label: t('followUps.ownerKinds.opd') },
              { value: 'person', label: t('followUps.ownerKinds.person') },
            ]}
          />
        </Form.Item>
        {ownerKind === 'opd' ? (
          <Form.Item name="opdId" label={t('followUps.fields.ownerOpd')} rules={[{ required: true }]}>
            <Select
              showSearch
              optionFilterProp="label"
              loading={opds.isPending}
              options={(opds.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
              data-testid="follow-up-owner-opd"
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="personId"
            label={t('followUps.fields.ownerPerson')}
            rules={[{ required: true }]}
            extra={t('followUps.personSearch')}
          >
            <Select
              showSearch
              filterOption={false}
              onSearch={setQ}
              loading={people.isFetching}
              options={(people.data ?? []).map((p) => ({
                value: p.id,
                label: [p.fullName, p.position, p.opdName ?? p.institution].filter(Boolean).join(' — '),
              }))}
            />
          </Form.Item>
        )}
        <Form.Item name="dueDate" label={t('followUps.fields.dueDate')} rules={[{ required: true }]}>
          <Input type="date" data-testid="follow-up-due" />
        </Form.Item>
        {meeting.agenda.length > 0 && (
          <Form.Item name="agendaItemId" label={t('followUps.fields.agendaItem')}>
            <Select
              allowClear
              placeholder={t('followUps.noAgendaItem')}
              options={meeting.agenda.map((a, i) => ({ value: a.id, label: `${i + 1}. ${a.text}` }))}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
