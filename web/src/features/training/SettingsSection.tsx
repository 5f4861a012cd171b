import { App as AntApp, Alert, Button, Card, DatePicker, Form, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { checkNumberPattern, formatCertificateNumber } from '../../../../domain/training/numbering.ts';
import { applyServerErrors } from '../../components/serverErrors.ts';
import { useSaveSettings, type Settings, type Training } from './api.ts';

interface Values extends Omit<Settings, 'issueDate' | 'updatedAt'> {
  issueDate: Dayjs | null;
}

const FIELDS = [
  'signatoryName',
  'signatoryPosition',
  'signatoryNip',
  'numberPattern',
  'orgCode',
  'issuePlace',
  'issueDate',
];

/** Who signs the certificates, how they are numbered and dated (organisers). */
export function SettingsSection({ training }: { training: Training }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const save = useSaveSettings(training.meeting.id);
  const [form] = Form.useForm<Values>();
  const start = training.settings ?? training.suggested;
  const pattern = Form.useWatch('numberPattern', form) ?? start.numberPattern;
  const org = Form.useWatch('orgCode', form) ?? start.orgCode;
  const date = Form.useWatch('issueDate', form) as Dayjs | null | undefined;
  const preview =
    checkNumberPattern(pattern) === null
      ? formatCertificateNumber(pattern, {
          seq: 1,
          issueDate: (date ?? dayjs(start.issueDate)).format('YYYY-MM-DD'),
          org,
          region: training.meeting.regionCode,
        })
      : null;

  return (
    <Card title={t('training.settings')} size="small" style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t('training.settingsHelp')}</Typography.Paragraph>
      {!training.settings && (
        <Alert type="info" showIcon message={t('training.notSaved')} style={{ marginBottom: 12 }} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ ...start, issueDate: dayjs(start.issueDate) }}
        onFinish={(v) =>
          save.mutate(
            { ...v, issueDate: v.issueDate ? v.issueDate.format('YYYY-MM-DD') : '' },
            {
              onSuccess: () => message.success(t('training.settingsSaved')),
              onError: (err) => {
                const rest = applyServerErrors(form, err, FIELDS);
                if (rest) message.error(rest);
              },
            },
          )
        }
        style={{ maxWidth: 640 }}
        data-testid="training-settings"
      >
        <Form.Item
          name="signatoryName"
          label={t('training.signatoryName')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="signatoryPosition"
          label={t('training.signatoryPosition')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="signatoryNip" label={t('training.signatoryNip')}>
          <Input maxLength={18} inputMode="numeric" />
        </Form.Item>
        <Form.Item
          name="numberPattern"
          label={t('training.numberPattern')}
          extra={
            <>
              {t('training.numberPatternHelp')}
              {preview && <div>{t('training.numberPreview', { number: preview })}</div>}
            </>
          }
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item name="orgCode" label={t('training.orgCode')}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="issuePlace" label={t('training.issuePlace')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="issueDate" label={t('training.issueDate')} rules={[{ required: true }]}>
          <DatePicker format="D MMMM YYYY" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('training.saveSettings')}
        </Button>
      </Form>
    </Card>
  );
}
