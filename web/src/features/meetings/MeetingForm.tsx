import { useState, type KeyboardEvent } from 'react';
import {
  Button,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  TimePicker,
  App as AntApp,
} from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MEETING_KINDS, type MeetingKind } from '../../../../domain/meetings/constants.ts';
import { applyServerErrors } from '../../components/serverErrors.ts';
import { useRegionSearch } from '../../app/region.tsx';
import { useActiveOpds } from '../opd/api.ts';
import { PullPreviousFollowUps } from '../follow-ups/PullPreviousFollowUps.tsx';
import {
  useCreateMeeting,
  useTemplates,
  useUpdateMeeting,
  type MeetingDetail,
  type MeetingInput,
} from './api.ts';

interface Values {
  kind: MeetingKind;
  title: string;
  theme?: string;
  dates: [Dayjs, Dayjs];
  startTime?: Dayjs | null;
  endTime?: Dayjs | null;
  venue?: string;
  onlineUrl?: string;
  organiserOpdId?: string | null;
  agenda?: { id?: string; text: string }[];
  intendedOutcomes?: { id?: string; text: string }[];
  trainingHours?: number | null;
}

const FIELDS = [
  'kind',
  'title',
  'theme',
  'dates',
  'startTime',
  'endTime',
  'venue',
  'onlineUrl',
  'organiserOpdId',
  'agenda',
  'intendedOutcomes',
  'trainingHours',
];

/**
 * Enter in a date or time picker confirms the typed value in the picker; without this, the
 * browser also takes it as "submit the form" and the event would be saved half-filled.
 */
const keepEnterInPicker = (event: KeyboardEvent<HTMLElement>) => {
  if (event.key === 'Enter') event.preventDefault();
};

function initialOf(m?: MeetingDetail): Partial<Values> {
  if (!m) return { kind: 'rakor', agenda: [], intendedOutcomes: [] };
  return {
    kind: m.kind,
    title: m.title,
    theme: m.theme,
    dates: [dayjs(m.startsOn), dayjs(m.endsOn)],
    startTime: m.startTime ? dayjs(m.startTime, 'HH:mm') : null,
    endTime: m.endTime ? dayjs(m.endTime, 'HH:mm') : null,
    venue: m.venue,
    onlineUrl: m.onlineUrl ?? '',
    organiserOpdId: m.organiserOpd?.id ?? null,
    agenda: m.agenda,
    intendedOutcomes: m.intendedOutcomes,
    trainingHours: m.trainingHours,
  };
}

function ItemList({
  name,
  label,
  addLabel,
}: {
  name: 'agenda' | 'intendedOutcomes';
  label: string;
  addLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item label={label}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Flex key={field.key} gap={8} align="start">
                <Form.Item name={[field.name, 'id']} hidden>
                  <Input />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'text']}
                  style={{ flex: 1, marginBottom: 8 }}
                  rules={[{ required: true, message: t('meetings.required') }]}
                >
                  <Input aria-label={`${label} ${i + 1}`} maxLength={500} />
                </Form.Item>
                <Button
                  type="text"
                  aria-label={t('meetings.removeItem', { n: i + 1 })}
                  icon={<MinusCircleOutlined aria-hidden />}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ text: '' })}>
              {addLabel}
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}

/** Create (with a template) or edit an event; errors shown at the field. */
export function MeetingFormModal({
  regionCode,
  meeting,
  onClose,
}: {
  regionCode: string;
  meeting?: MeetingDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const regionSearch = useRegionSearch();
  const [form] = Form.useForm<Values>();
  const create = useCreateMeeting(regionCode);
  const update = useUpdateMeeting(meeting?.id ?? '');
  const templates = useTemplates(regionCode, !meeting);
  const opds = useActiveOpds(regionCode);
  const [error, setError] = useState<string | null>(null);
  const kind = Form.useWatch('kind', form);

  const submit = (v: Values) => {
    setError(null);
    const body: MeetingInput = {
      kind: v.kind,
      title: v.title,
      theme: v.theme ?? '',
      startsOn: v.dates[0].format('YYYY-MM-DD'),
      endsOn: v.dates[1].format('YYYY-MM-DD'),
      startTime: v.startTime ? v.startTime.format('HH:mm') : null,
      endTime: v.endTime ? v.endTime.format('HH:mm') : null,
      venue: v.venue ?? '',
      onlineUrl: v.onlineUrl ? v.onlineUrl : null,
      organiserOpdId: v.organiserOpdId ?? null,
      agenda: (v.agenda ?? []).map((a) => (a.id ? a : { text: a.text })),
      intendedOutcomes: (v.intendedOutcomes ?? []).map((a) => (a.id ? a : { text: a.text })),
      trainingHours: v.kind === 'bimtek' ? (v.trainingHours ?? null) : null,
    };
    const onError = (err: unknown) => {
      const rest = applyServerErrors(form, err, FIELDS, { rename: { startsOn: 'dates', endsOn: 'dates' } });
      if (rest) setError(rest);
    };
    if (meeting) {
      update.mutate(
        { ...body, version: meeting.version },
        {
          onSuccess: () => {
            void message.success(t('meetings.saved'));
            onClose();
          },
          onError,
        },
      );
    } else {
      create.mutate(body, {
        onSuccess: (m) => {
          void message.success(t('meetings.saved'));
          onClose();
          navigate(`/kelembagaan/kegiatan/${m.id}${regionSearch}`);
        },
        onError,
      });
    }
  };

  const applyTemplate = (id: string) => {
    const tpl = templates.data?.items.find((x) => x.id === id);
    if (!tpl) return;
    form.setFieldsValue({
      kind: tpl.kind,
      title: tpl.title || form.getFieldValue('title'),
      theme: tpl.theme,
      agenda: tpl.agenda.map((a) => ({ text: a.text })),
      intendedOutcomes: tpl.intendedOutcomes.map((a) => ({ text: a.text })),
      trainingHours: tpl.trainingHours,
    });
  };

  return (
    <Modal
      open
      width={760}
      title={meeting ? t('meetings.edit') : t('meetings.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', loading: create.isPending || update.isPending }}
      onCancel={onClose}
      destroyOnHidden
      modalRender={(dom) => (
        <Form<Values> form={form} layout="vertical" initialValues={initialOf(meeting)} onFinish={submit}>
          {dom}
        </Form>
      )}
    >
      {!meeting && (
        <Form.Item label={t('meetings.template')} extra={t('meetings.templateHint')}>
          <Select
            allowClear
            aria-label={t('meetings.template')}
            placeholder={t('meetings.templatePlaceholder')}
            loading={templates.isPending}
            options={(templates.data?.items ?? []).map((x) => ({ value: x.id, label: x.name }))}
            onChange={(v) => v && applyTemplate(v)}
          />
        </Form.Item>
      )}
      <Form.Item
        name="kind"
        label={t('meetings.fields.kind')}
        rules={[{ required: true, message: t('meetings.required') }]}
      >
        <Select options={MEETING_KINDS.map((k) => ({ value: k, label: t(`meetings.kind.${k}`) }))} />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('meetings.fields.title')}
        rules={[{ required: true, message: t('meetings.required') }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="theme" label={t('meetings.fields.theme')}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item
        name="dates"
        label={t('meetings.fields.dates')}
        rules={[{ required: true, message: t('meetings.required') }]}
      >
        <DatePicker.RangePicker format="DD-MM-YYYY" onKeyDown={keepEnterInPicker} />
      </Form.Item>
      <Flex gap={16}>
        <Form.Item name="startTime" label={t('meetings.fields.startTime')}>
          <TimePicker format="HH:mm" minuteStep={5} onKeyDown={keepEnterInPicker} />
        </Form.Item>
        <Form.Item name="endTime" label={t('meetings.fields.endTime')}>
          <TimePicker format="HH:mm" minuteStep={5} onKeyDown={keepEnterInPicker} />
        </Form.Item>
      </Flex>
      <Form.Item name="venue" label={t('meetings.fields.venue')}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="onlineUrl" label={t('meetings.fields.onlineUrl')}>
        <Input type="url" maxLength={1000} placeholder="https://" />
      </Form.Item>
      <Form.Item name="organiserOpdId" label={t('meetings.fields.organiserOpdId')}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          options={(opds.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
        />
      </Form.Item>
      {kind === 'bimtek' && (
        <Form.Item name="trainingHours" label={t('meetings.fields.trainingHours')}>
          <InputNumber min={1} max={200} />
        </Form.Item>
      )}
      <ItemList name="agenda" label={t('meetings.fields.agenda')} addLabel={t('meetings.addAgenda')} />
      {kind === 'rakor' && (
        <Form.Item>
          <PullPreviousFollowUps
            target={() =>
              meeting
                ? { meetingId: meeting.id }
                : {
                    regionCode,
                    kind: 'rakor',
                    before: (form.getFieldValue('dates')?.[0] ?? dayjs()).format('YYYY-MM-DD'),
                  }
            }
            onPull={(text) =>
              form.setFieldValue('agenda', [...(form.getFieldValue('agenda') ?? []), { text }])
            }
          />
        </Form.Item>
      )}
      <ItemList
        name="intendedOutcomes"
        label={t('meetings.fields.intendedOutcomes')}
        addLabel={t('meetings.addOutcome')}
      />
      {error && (
        <div role="alert" style={{ color: 'var(--ant-color-error)' }}>
          {error}
        </div>
      )}
    </Modal>
  );
}
