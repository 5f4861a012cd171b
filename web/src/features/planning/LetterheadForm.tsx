import { useEffect } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Tag } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { useSaveLetterhead, type Letterhead, type LetterheadInput } from './api-letterhead.ts';

const FIELDS = ['governmentName', 'address', 'contact', 'place'] as const;

interface Props {
  regionCode: string;
  letterhead: Letterhead;
  canEdit: boolean;
}

/** The kop surat text printed above every official export of the region. */
export function LetterheadForm({ regionCode, letterhead, canEdit }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<LetterheadInput>();
  const save = useSaveLetterhead(regionCode);
  const submit = useFormSubmit(
    form,
    FIELDS,
    async (values) => {
      await save.mutateAsync({
        governmentName: values.governmentName.trim(),
        address: (values.address ?? '').trim(),
        contact: (values.contact ?? '').trim(),
        place: values.place.trim(),
      });
      return t('planning.letterhead.saved');
    },
    () => undefined,
  );

  // A saved answer (or a region switch) resets the form to what the server holds.
  useEffect(() => {
    form.setFieldsValue({
      governmentName: letterhead.governmentName,
      address: letterhead.address,
      contact: letterhead.contact,
      place: letterhead.place,
    });
  }, [form, letterhead]);

  return (
    <Card
      size="small"
      title={t('planning.letterhead.title')}
      extra={letterhead.isDefault && <Tag color="gold">{t('planning.letterhead.default')}</Tag>}
    >
      {!canEdit && (
        // Readers see the text plainly; greyed-out inputs would be hard to read.
        <Descriptions
          size="small"
          column={1}
          data-testid="letterhead-view"
          items={[
            { key: 'g', label: t('planning.letterhead.governmentName'), children: letterhead.governmentName },
            {
              key: 'a',
              label: t('planning.letterhead.address'),
              children: letterhead.address || t('common.none'),
            },
            {
              key: 'c',
              label: t('planning.letterhead.contact'),
              children: letterhead.contact || t('common.none'),
            },
            { key: 'p', label: t('planning.letterhead.place'), children: letterhead.place },
          ]}
        />
      )}
      {letterhead.isDefault && canEdit && (
        <Alert
          type="info"
          showIcon
          title={t('planning.letterhead.defaultHint')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<LetterheadInput>
        form={form}
        layout="vertical"
        hidden={!canEdit}
        onFinish={(v) => void submit(v)}
        data-testid="letterhead-form"
      >
        <Form.Item
          name="governmentName"
          label={t('planning.letterhead.governmentName')}
          extra={t('planning.letterhead.governmentNameHelp')}
          rules={[
            { required: true, whitespace: true, message: t('common.required') },
            { max: 200, message: t('planning.letterhead.max', { n: 200 }) },
          ]}
        >
          <Input placeholder="PEMERINTAH KOTA PALU" />
        </Form.Item>
        <Form.Item
          name="address"
          label={t('planning.letterhead.address')}
          rules={[{ max: 300, message: t('planning.letterhead.max', { n: 300 }) }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 4 }}
            placeholder={t('planning.letterhead.addressPlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name="contact"
          label={t('planning.letterhead.contact')}
          rules={[{ max: 200, message: t('planning.letterhead.max', { n: 200 }) }]}
        >
          <Input placeholder={t('planning.letterhead.contactPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="place"
          label={t('planning.letterhead.place')}
          extra={t('planning.letterhead.placeHelp')}
          rules={[
            { required: true, whitespace: true, message: t('common.required') },
            { max: 80, message: t('planning.letterhead.max', { n: 80 }) },
          ]}
        >
          <Input placeholder="Palu" style={{ maxWidth: 280 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
