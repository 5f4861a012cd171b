import { useState } from 'react';
import { Button, Checkbox, Collapse, Form, Input, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IndexCode } from '../../../../domain/indices/constants.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { formatDate } from '../../components/format.ts';
import { useCreateMethod, useMethods, type MethodList } from './api.ts';

type Method = MethodList['items'][number];

interface Values {
  params: string;
  sourceNote: string;
  provisional: boolean;
}

/**
 * The versions of one index's method, newest first, each with its source and parameters; a
 * superadmin adds a version (the latest's parameters as the starting point). Older versions
 * stay: the figures computed with them keep them.
 */
export function MethodVersions({ index }: { index: IndexCode }) {
  const { t } = useTranslation();
  const methods = useMethods();
  const [adding, setAdding] = useState<Method | null>(null);
  const versions = (methods.data?.items ?? []).filter((m) => m.indexCode === index).reverse();
  const latest = versions[0];
  return (
    <>
      <Collapse
        style={{ marginTop: 24 }}
        items={[
          {
            key: 'methods',
            label: t('indices.methods.title', { count: versions.length }),
            extra: methods.data?.canManage && latest && (
              <Button
                size="small"
                onClick={(e) => {
                  e.stopPropagation();
                  setAdding(latest);
                }}
              >
                {t('indices.methods.add')}
              </Button>
            ),
            children: versions.map((m) => (
              <div key={m.id} style={{ marginBottom: 16 }}>
                <Typography.Text strong>
                  {t('indices.method', { version: m.version })} · {formatDate(m.createdAt)}
                </Typography.Text>{' '}
                {m.provisional && <Tag color="orange">{t('indices.provisional')}</Tag>}
                <Tag>{t('indices.methods.uses', { count: m.values })}</Tag>
                <Typography.Paragraph type="secondary" style={{ margin: '4px 0' }}>
                  {m.sourceNote}
                </Typography.Paragraph>
                <pre
                  style={{
                    fontSize: 12,
                    maxHeight: 240,
                    overflow: 'auto',
                    background: '#fafafa',
                    padding: 8,
                  }}
                >
                  {JSON.stringify(m.params, null, 2)}
                </pre>
              </div>
            )),
          },
        ]}
      />
      {adding && <NewVersionForm index={index} from={adding} onClose={() => setAdding(null)} />}
    </>
  );
}

function NewVersionForm({ index, from, onClose }: { index: IndexCode; from: Method; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateMethod();
  const submit = async (v: Values) => {
    let params: Record<string, unknown>;
    try {
      params = JSON.parse(v.params) as Record<string, unknown>;
    } catch {
      throw new Error(t('indices.methods.notJson'));
    }
    await create.mutateAsync({
      indexCode: index,
      params,
      sourceNote: v.sourceNote,
      provisional: v.provisional,
    });
    return t('indices.methods.created', { version: from.version + 1 });
  };
  return (
    <FormModal<Values>
      open
      title={t('indices.methods.addTitle', { version: from.version + 1 })}
      fields={['params', 'sourceNote', 'provisional']}
      initialValues={{
        params: JSON.stringify(from.params, null, 2),
        sourceNote: '',
        provisional: from.provisional,
      }}
      pending={create.isPending}
      onSubmit={submit}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{t('indices.methods.addHelp')}</Typography.Paragraph>
      <Form.Item name="params" label={t('indices.methods.params')} rules={[{ required: true }]}>
        <Input.TextArea rows={14} style={{ fontFamily: 'monospace', fontSize: 12 }} />
      </Form.Item>
      <Form.Item
        name="sourceNote"
        label={t('indices.methods.sourceNote')}
        rules={[{ required: true, min: 10, message: t('indices.methods.sourceRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item name="provisional" valuePropName="checked">
        <Checkbox>{t('indices.methods.provisionalLabel')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
