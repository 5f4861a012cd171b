import { useState } from 'react';
import { App as AntApp, Button, Form, Input, Modal, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../../components/serverErrors.ts';
import { useAddPaperRows, type PaperRowInput } from './api.ts';

/** Rows typed from a scanned paper list (source 'paper'); duplicates are merged by the server. */
export function PaperRowsButton({ meetingId, day }: { meetingId: string; day: string }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ rows: PaperRowInput[] }>();
  const add = useAddPaperRows(meetingId);
  const submit = async () => {
    const values = await form.validateFields();
    add.mutate(
      { day, rows: values.rows },
      {
        onSuccess: (r) => {
          message.success(t('attendance.paper.done', { added: r.added, merged: r.merged }));
          form.resetFields();
          setOpen(false);
        },
        onError: (e) => {
          const rest = applyServerErrors(form, e, ['rows']);
          if (rest) message.error(rest);
        },
      },
    );
  };
  return (
    <>
      <Button icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        {t('attendance.paper.open')}
      </Button>
      <Modal
        open={open}
        title={t('attendance.paper.title')}
        okText={t('attendance.paper.save')}
        onOk={() => void submit()}
        confirmLoading={add.isPending}
        onCancel={() => setOpen(false)}
        width={900}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ rows: [{ sex: undefined }] }}>
          <Form.List name="rows">
            {(fields, { add: addRow, remove }) => (
              <>
                {fields.map((field, i) => (
                  <Space key={field.key} align="start" wrap>
                    <Form.Item
                      name={[field.name, 'fullName']}
                      label={i === 0 ? t('attendance.col.name') : undefined}
                      rules={[{ required: true, whitespace: true, message: t('attendance.paper.required') }]}
                    >
                      <Input aria-label={`${t('attendance.col.name')} ${i + 1}`} maxLength={150} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'sex']}
                      label={i === 0 ? t('attendance.col.sex') : undefined}
                      rules={[{ required: true, message: t('attendance.paper.required') }]}
                    >
                      <Select
                        aria-label={`${t('attendance.col.sex')} ${i + 1}`}
                        style={{ width: 90 }}
                        options={[
                          { value: 'P', label: 'P' },
                          { value: 'L', label: 'L' },
                        ]}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'institution']}
                      label={i === 0 ? t('attendance.col.institution') : undefined}
                    >
                      <Input aria-label={`${t('attendance.col.institution')} ${i + 1}`} maxLength={200} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'position']}
                      label={i === 0 ? t('attendance.col.position') : undefined}
                    >
                      <Input aria-label={`${t('attendance.col.position')} ${i + 1}`} maxLength={150} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'phone']}
                      label={i === 0 ? t('attendance.col.phone') : undefined}
                    >
                      <Input
                        aria-label={`${t('attendance.col.phone')} ${i + 1}`}
                        maxLength={32}
                        inputMode="tel"
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t('attendance.paper.removeRow', { n: i + 1 })}
                      onClick={() => remove(field.name)}
                      disabled={fields.length === 1}
                      style={{ marginTop: i === 0 ? 30 : 0 }}
                    />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => addRow({})}>
                  {t('attendance.paper.addRow')}
                </Button>
              </>
            )}
          </Form.List>
        </Form>
      </Modal>
    </>
  );
}
