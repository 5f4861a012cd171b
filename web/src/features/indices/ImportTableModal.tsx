import { useState } from 'react';
import { App as AntApp, Button, Flex, Form, Input, Modal, Select, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { IndexCode } from '../../../../domain/indices/constants.ts';
import { applyServerErrors } from '../../components/serverErrors.ts';
import { DownloadButtons } from '../../components/DownloadButtons.tsx';
import { importTemplateUrl, useImportIndexTable, type RegionIndexSeries } from './api.ts';
import { inputLabel } from './labels.ts';

interface Values {
  component: string;
  source: string;
}

/**
 * Importing one BPS static table: the user says which component (or BPS's published index)
 * the table holds and where it comes from; regions down the first column, years across the
 * header. Any refused cell is listed by row and year and nothing is stored.
 */
export function ImportTableModal({
  regionCode,
  series,
  onClose,
}: {
  regionCode: string;
  series: RegionIndexSeries;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message, modal } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const index = series.index as IndexCode;
  const run = useImportIndexTable(regionCode, index);
  const options = [
    ...series.inputs.map((spec) => ({ value: spec.name, label: inputLabel(t, index, spec) })),
    { value: 'published', label: t('indices.publishedOption') },
  ];

  const submit = async (v: Values) => {
    if (!file) {
      form.setFields([{ name: 'component', errors: [] }]);
      message.error(t('indices.import.fileRequired'));
      return;
    }
    try {
      const result = await run.mutateAsync({ file, component: v.component, source: v.source });
      message.success(
        t('indices.import.done', {
          cells: result.cells,
          regions: result.regions,
          years: result.years.join(', '),
          computed: result.computed,
        }) + (result.thousands ? ` ${t('indices.import.thousands')}` : ''),
        8,
      );
      onClose();
    } catch (err) {
      const rest = applyServerErrors(form, err, ['component', 'source']);
      if (rest) modal.error({ title: t('indices.import.refused'), content: rest, width: 560 });
    }
  };

  return (
    <Modal
      open
      title={t('indices.import.title')}
      okText={t('indices.import.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', loading: run.isPending }}
      onCancel={onClose}
      destroyOnHidden
      modalRender={(dom) => (
        <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)}>
          {dom}
        </Form>
      )}
    >
      <p>{t('indices.import.help')}</p>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 16 }}>
        <DownloadButtons
          choices={[
            {
              key: 'template',
              label: t('indices.import.template'),
              icon: <DownloadOutlined aria-hidden />,
              url: importTemplateUrl(regionCode, index),
              fallbackName: `templat-${index}-${regionCode}.xlsx`,
              testId: 'index-import-template',
            },
          ]}
          downloaded={(name) => t('indices.import.downloaded', { name })}
        />
        <Typography.Text type="secondary">{t('indices.import.templateHelp')}</Typography.Text>
      </Flex>
      <Form.Item
        name="component"
        label={t('indices.import.component')}
        rules={[{ required: true, message: t('indices.import.componentRequired') }]}
      >
        <Select options={options} showSearch optionFilterProp="label" />
      </Form.Item>
      <Form.Item
        name="source"
        label={t('indices.import.source')}
        extra={t('indices.import.sourceHelp')}
        rules={[{ required: true, message: t('indices.import.sourceRequired') }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item label={t('indices.import.file')} required>
        <Upload
          accept=".xlsx,.csv"
          maxCount={1}
          beforeUpload={(f) => {
            setFile(f);
            return false;
          }}
          onRemove={() => setFile(null)}
        >
          <Button icon={<UploadOutlined aria-hidden />}>{t('indices.import.choose')}</Button>
        </Upload>
      </Form.Item>
    </Modal>
  );
}
