import { useState } from 'react';
import {
  App as AntApp,
  Button,
  Card,
  Flex,
  Input,
  List,
  Modal,
  Popconfirm,
  Select,
  Table,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { SERVICE_KINDS } from '../../../../domain/institution-services/constants.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { formatNumber } from '../../components/format.ts';
import { useMappingActions, useMappings, type Mapping, type PullPreview } from './api.ts';

/**
 * DP3A's indicator mappings and "tarik dari layanan": choose a data period, see per sex what
 * would change (locked values are shown and left), then apply — the values module writes drafts.
 */
export function MappingsCard({ regionCode, year }: { regionCode: string; year: number }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const list = useMappings(regionCode, true);
  const actions = useMappingActions(regionCode);
  const [code, setCode] = useState('');
  const [kinds, setKinds] = useState<string[]>([]);
  const [pulling, setPulling] = useState<Mapping | null>(null);
  const [period, setPeriod] = useState(String(year));
  const [preview, setPreview] = useState<PullPreview | null>(null);

  const add = async () => {
    try {
      await actions.create.mutateAsync({ indicatorCode: code.trim(), kinds });
      setCode('');
      setKinds([]);
    } catch (err) {
      void message.error((err as Error).message);
    }
  };
  const show = async () => {
    try {
      setPreview(await actions.preview.mutateAsync({ id: pulling!.id, period }));
    } catch (err) {
      void message.error((err as Error).message);
    }
  };
  const apply = async () => {
    try {
      const r = await actions.apply.mutateAsync({ id: pulling!.id, period, token: preview!.token });
      void message.success(t('institutionServices.mappings.applied', r));
      setPulling(null);
      setPreview(null);
    } catch (err) {
      void message.error((err as Error).message);
    }
  };

  return (
    <Card size="small" title={t('institutionServices.mappings.title')} style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">{t('institutionServices.mappings.intro')}</Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Input
          aria-label={t('institutionServices.mappings.indicator')}
          placeholder={t('institutionServices.mappings.indicator')}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          style={{ width: 200 }}
        />
        <Select
          mode="multiple"
          aria-label={t('institutionServices.mappings.kinds')}
          placeholder={t('institutionServices.mappings.kinds')}
          value={kinds}
          onChange={setKinds}
          options={SERVICE_KINDS.map((k) => ({ value: k, label: t(`institutionServices.kinds.${k}`) }))}
          style={{ minWidth: 280 }}
        />
        <Button onClick={() => void add()} disabled={!code.trim()} loading={actions.create.isPending}>
          {t('institutionServices.mappings.add')}
        </Button>
      </Flex>
      <List
        size="small"
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <EmptyState>{t('institutionServices.mappings.empty')}</EmptyState> }}
        renderItem={(m) => (
          <List.Item
            actions={[
              <Button key="pull" onClick={() => setPulling(m)}>
                {t('institutionServices.mappings.pull')}
              </Button>,
              <Popconfirm
                key="rm"
                title={t('institutionServices.mappings.remove')}
                onConfirm={() => actions.remove.mutate(m.id)}
              >
                <Button type="text" danger>
                  {t('institutionServices.mappings.remove')}
                </Button>
              </Popconfirm>,
            ]}
          >
            <List.Item.Meta
              title={`${m.indicatorCode} — ${m.indicatorName}`}
              description={
                m.kinds.length
                  ? m.kinds.map((k) => t(`institutionServices.kinds.${k}`)).join(', ')
                  : t('institutionServices.mappings.kinds')
              }
            />
          </List.Item>
        )}
      />
      {pulling && (
        <Modal
          open
          title={`${t('institutionServices.mappings.pull')}: ${pulling.indicatorCode}`}
          onCancel={() => {
            setPulling(null);
            setPreview(null);
          }}
          okText={t('institutionServices.mappings.apply')}
          okButtonProps={{ disabled: !preview || !preview.cells.some((c) => c.action === 'write') }}
          onOk={() => void apply()}
          confirmLoading={actions.apply.isPending}
        >
          <Flex gap={8} style={{ marginBottom: 12 }}>
            <Input
              aria-label={t('institutionServices.mappings.pullPeriod')}
              value={period}
              onChange={(e) => {
                setPeriod(e.target.value);
                setPreview(null);
              }}
              style={{ width: 120 }}
            />
            <Button onClick={() => void show()} loading={actions.preview.isPending}>
              {t('institutionServices.mappings.preview')}
            </Button>
          </Flex>
          {preview && (
            <>
              <Typography.Paragraph>
                {t('institutionServices.mappings.records', { records: formatNumber(preview.records) })}
              </Typography.Paragraph>
              <Table
                rowKey="sex"
                size="small"
                pagination={false}
                dataSource={preview.cells}
                columns={[
                  {
                    title: t('institutionServices.mappings.sex'),
                    dataIndex: 'sex',
                    render: (s: string) =>
                      s === 'P' ? t('institutionServices.female') : t('institutionServices.male'),
                  },
                  {
                    title: t('institutionServices.mappings.pulled'),
                    dataIndex: 'pulled',
                    align: 'right',
                    render: formatNumber,
                  },
                  {
                    title: t('institutionServices.mappings.current'),
                    dataIndex: 'current',
                    align: 'right',
                    render: (v: string | null) => (v === null ? '—' : formatNumber(Number(v))),
                  },
                  {
                    title: t('institutionServices.mappings.action'),
                    dataIndex: 'action',
                    render: (a: string) => t(`institutionServices.mappings.actions.${a}`),
                  },
                ]}
              />
            </>
          )}
        </Modal>
      )}
    </Card>
  );
}
