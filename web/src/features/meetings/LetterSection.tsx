import { useEffect, useState } from 'react';
import { App as AntApp, Button, Card, DatePicker, Flex, Form, Input, Popconfirm, Typography } from 'antd';
import { FilePdfOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../components/format.ts';
import { applyServerErrors } from '../../components/serverErrors.ts';
import { letterPdfUrl, useLetter, useSaveLetter, useSendLetter, type MeetingDetail } from './api.ts';

interface Values {
  letterNumber: string;
  letterDate: Dayjs;
  signatoryName: string;
  signatoryPosition: string;
  signatoryNip?: string;
}

const FIELDS = ['letterNumber', 'letterDate', 'signatoryName', 'signatoryPosition', 'signatoryNip'];

/** The invitation letter: number, date and signatory (organisers), its PDF, and sending it. */
export function LetterSection({ meeting: m }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const letter = useLetter(m.id);
  const save = useSaveLetter(m.id);
  const send = useSendLetter(m.id);
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const l = letter.data?.letter ?? null;
  const manage = m.canManage && m.status !== 'cancelled';
  useEffect(() => {
    if (l)
      form.setFieldsValue({
        letterNumber: l.letterNumber,
        letterDate: dayjs(l.letterDate),
        signatoryName: l.signatoryName,
        signatoryPosition: l.signatoryPosition,
        signatoryNip: l.signatoryNip ?? '',
      });
  }, [form, l]);
  const submit = (v: Values) => {
    setError(null);
    save.mutate(
      {
        letterNumber: v.letterNumber,
        letterDate: v.letterDate.format('YYYY-MM-DD'),
        signatoryName: v.signatoryName,
        signatoryPosition: v.signatoryPosition,
        signatoryNip: v.signatoryNip ? v.signatoryNip : null,
      },
      {
        onSuccess: () => void message.success(t('meetings.letter.saved')),
        onError: (err) => {
          const rest = applyServerErrors(form, err, FIELDS);
          if (rest) setError(rest);
        },
      },
    );
  };
  return (
    <Card size="small" title={t('meetings.letter.title')} style={{ marginBottom: 16 }}>
      {letter.error && <ErrorAlert error={letter.error} />}
      {!l && !manage && <Typography.Text type="secondary">{t('meetings.letter.none')}</Typography.Text>}
      {manage && (
        <Form form={form} layout="vertical" onFinish={submit}>
          <Flex gap={16} wrap>
            <Form.Item
              name="letterNumber"
              label={t('meetings.letter.number')}
              rules={[{ required: true, message: t('meetings.required') }]}
              style={{ minWidth: 240, flex: 1 }}
            >
              <Input maxLength={100} placeholder="005/…/DP3A/…" />
            </Form.Item>
            <Form.Item
              name="letterDate"
              label={t('meetings.letter.date')}
              rules={[{ required: true, message: t('meetings.required') }]}
            >
              <DatePicker format="DD-MM-YYYY" />
            </Form.Item>
          </Flex>
          <Flex gap={16} wrap>
            <Form.Item
              name="signatoryName"
              label={t('meetings.letter.signatoryName')}
              rules={[{ required: true, message: t('meetings.required') }]}
              style={{ minWidth: 220, flex: 1 }}
            >
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item
              name="signatoryPosition"
              label={t('meetings.letter.signatoryPosition')}
              rules={[{ required: true, message: t('meetings.required') }]}
              style={{ minWidth: 220, flex: 1 }}
            >
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item
              name="signatoryNip"
              label={t('meetings.letter.signatoryNip')}
              style={{ minWidth: 200 }}
            >
              <Input maxLength={18} inputMode="numeric" />
            </Form.Item>
          </Flex>
          {error && <ErrorAlert error={new Error(error)} />}
          <Button htmlType="submit" icon={<SaveOutlined aria-hidden />} loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Form>
      )}
      {l && (
        <Flex gap={8} wrap align="center" style={{ marginTop: 12 }}>
          <Button icon={<FilePdfOutlined aria-hidden />} href={letterPdfUrl(m.id)}>
            {t('meetings.letter.pdf')}
          </Button>
          {manage && (
            <Popconfirm
              title={t('meetings.letter.sendConfirm')}
              onConfirm={() =>
                send.mutate(undefined, {
                  onSuccess: (r) => void message.success(t('meetings.letter.sent', r)),
                  onError: (err) => void message.error(err.message),
                })
              }
            >
              <Button type="primary" icon={<SendOutlined aria-hidden />} loading={send.isPending}>
                {t('meetings.letter.send')}
              </Button>
            </Popconfirm>
          )}
          {l.sentAt && (
            <Typography.Text type="secondary">
              {t('meetings.letter.sentAt', { at: formatDateTime(l.sentAt) })}
            </Typography.Text>
          )}
        </Flex>
      )}
    </Card>
  );
}
