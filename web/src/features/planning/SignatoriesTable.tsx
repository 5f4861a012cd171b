import { useState } from 'react';
import { Button, Card, Table, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { canReadOpdPlanning } from '../../../../domain/access.ts';
import { accessActorOf } from '../../app/access.ts';
import { apiRequest } from '../../app/api.ts';
import type { Me, Opd } from '../../app/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useActiveOpds } from '../opd/api.ts';
import { mayEditOpd } from './access.ts';
import { formatNip } from './nip.ts';
import type { Signatory } from './api-letterhead.ts';
import { SignatoryModal } from './SignatoryModal.tsx';

interface Row {
  id: string;
  opd: Opd;
  signatory: Signatory | undefined;
  loading: boolean;
}

/** Who signs each OPD's documents; admins edit any row, an operator their own OPD's. */
export function SignatoriesTable({ regionCode, me }: { regionCode: string; me: Me }) {
  const { t } = useTranslation();
  const opds = useActiveOpds(regionCode);
  const actor = accessActorOf(me);
  const shown = (opds.data ?? [])
    .filter((o) => canReadOpdPlanning(actor, regionCode, o.id))
    .sort((a, b) => a.name.localeCompare(b.name));
  // One small request per OPD: a region has a few dozen at most, and each answer is cached
  // under the key the signatory dialog reads and updates.
  const answers = useQueries({
    queries: shown.map((o) => ({
      queryKey: ['signatory', o.id],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        apiRequest<Signatory>(`/opd/${encodeURIComponent(o.id)}/signatory`, { signal }),
    })),
  });
  const [editing, setEditing] = useState<Opd | null>(null);
  const rows: Row[] = shown.map((opd, i) => ({
    id: opd.id,
    opd,
    signatory: answers[i]?.data,
    loading: answers[i]?.isPending ?? true,
  }));
  const firstError = answers.find((a) => a.error)?.error ?? opds.error;

  return (
    <Card size="small" title={t('planning.signatories.title')}>
      <Typography.Paragraph type="secondary">{t('planning.signatories.hint')}</Typography.Paragraph>
      <ErrorAlert error={firstError} onRetry={() => void opds.refetch()} />
      <Table<Row>
        size="small"
        rowKey="id"
        data-testid="signatories-table"
        loading={opds.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 800 }}
        columns={[
          {
            title: t('planning.opd'),
            key: 'opd',
            render: (_: unknown, r) => (
              <>
                <div>{r.opd.name}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.opd.shortName}
                </Typography.Text>
              </>
            ),
          },
          {
            title: t('planning.signatory.name'),
            key: 'name',
            render: (_: unknown, r) =>
              r.loading ? (
                '…'
              ) : r.signatory?.isSet ? (
                r.signatory.name
              ) : (
                <Tag color="gold">{t('planning.signatory.notSetTag')}</Tag>
              ),
          },
          {
            title: t('planning.signatory.nip'),
            key: 'nip',
            width: 200,
            render: (_: unknown, r) =>
              r.signatory?.isSet && r.signatory.nip ? formatNip(r.signatory.nip) : t('common.none'),
          },
          {
            title: t('planning.signatory.position'),
            key: 'position',
            render: (_: unknown, r) => r.signatory?.position ?? '',
          },
          {
            title: t('planning.signatory.rank'),
            key: 'rank',
            render: (_: unknown, r) =>
              r.signatory?.isSet && r.signatory.rank ? r.signatory.rank : t('common.none'),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 100,
            render: (_: unknown, r) =>
              mayEditOpd(me, regionCode, r.opd.id) ? (
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  aria-label={t('planning.signatories.editFor', { opd: r.opd.name })}
                  onClick={() => setEditing(r.opd)}
                >
                  {t('common.edit')}
                </Button>
              ) : null,
          },
        ]}
      />
      {editing && (
        <SignatoryModal open opdId={editing.id} opdName={editing.name} onClose={() => setEditing(null)} />
      )}
    </Card>
  );
}
