import { App as AntApp, Button, List, Space, Tag, Typography, Upload } from 'antd';
import { DeleteOutlined, LinkOutlined, UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { isApiError } from '../../app/api.ts';
import { useEvidenceWrites } from '../evaluation-evidence/api.ts';
import {
  useProposals,
  useWorksheetWrite,
  type Link,
  type LinkBody,
  type Proposal,
  type Question,
  type WorksheetDetail,
} from './api.ts';
import { kindLabel } from './ScorePanel.tsx';

const ACCEPT = 'image/png,image/jpeg,image/gif,image/webp,application/pdf,.pdf,.xlsx,.docx';

const bodyOf = (p: Proposal): LinkBody =>
  p.link.source === 'live'
    ? {
        kind: p.link.kind,
        source: 'live',
        module: p.link.ref.module,
        id: p.link.ref.id,
        title: p.link.title,
        year: p.link.year,
      }
    : {
        kind: p.link.kind,
        source: 'upload',
        documentId: p.link.ref.documentId,
        title: p.link.title,
        year: p.link.year,
      };

/**
 * A question's evidence: the confirmed links, what the repository proposes for its kinds (the
 * operator confirms), and an upload that goes to the region's repository and is linked here.
 */
export function EvidencePanel({
  w,
  q,
  links,
  editable,
}: {
  w: WorksheetDetail;
  q: Question;
  links: Link[];
  editable: boolean;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [open, setOpen] = useState(false);
  const proposals = useProposals(w.id, q.code, open && editable);
  const write = useWorksheetWrite(w.id);
  const { upload } = useEvidenceWrites(w.regionCode);
  const link = async (body: LinkBody) => {
    try {
      await write.mutateAsync({ method: 'POST', path: `/answers/${encodeURIComponent(q.code)}/links`, body });
      message.success(t('evaluation.linked', { title: body.title }));
      void proposals.refetch();
    } catch (e) {
      message.error(isApiError(e) ? (Object.values(e.fields)[0] ?? e.message) : String(e));
    }
  };
  if (q.evidenceKinds.length === 0 && links.length === 0) return null;
  return (
    <div style={{ marginTop: 8 }} data-testid={`evidence-${q.code}`}>
      <Typography.Text type="secondary">
        {t('evaluation.evidenceRequired', { kinds: q.evidenceKinds.map(kindLabel).join(', ') || '—' })}
      </Typography.Text>
      <List
        size="small"
        dataSource={links}
        locale={{ emptyText: t('evaluation.noLinks') }}
        renderItem={(l) => (
          <List.Item
            actions={
              editable
                ? [
                    <Button
                      key="rm"
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('evaluation.unlink', { title: l.title })}
                      onClick={() => void write.mutateAsync({ method: 'DELETE', path: `/links/${l.id}` })}
                    />,
                  ]
                : []
            }
          >
            <Space wrap>
              <LinkOutlined aria-hidden />
              {l.source === 'upload' && l.documentId ? (
                <a href={`/api/evaluation-evidence/${l.documentId}/file`}>{l.title}</a>
              ) : (
                <span>{l.title}</span>
              )}
              <Tag>{kindLabel(l.kind)}</Tag>
              <Typography.Text type="secondary">{l.year}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      {editable && (
        <Space wrap>
          {q.evidenceKinds.length > 0 && (
            <Button size="small" onClick={() => setOpen(!open)} data-testid={`proposals-${q.code}`}>
              {open ? t('evaluation.hideProposals') : t('evaluation.showProposals')}
            </Button>
          )}
          <Upload
            accept={ACCEPT}
            showUploadList={false}
            customRequest={async ({ file, onSuccess, onError }) => {
              const f = file as File;
              try {
                const doc = await upload.mutateAsync({
                  kind: q.evidenceKinds[0] ?? 'other_document',
                  year: w.cycle.year,
                  title: `${q.code} ${f.name}`.slice(0, 200),
                  note: '',
                  validFrom: null,
                  validUntil: null,
                  opdId: null,
                  file: f,
                });
                await link({
                  kind: doc.kind,
                  source: 'upload',
                  documentId: doc.id,
                  title: doc.title,
                  year: doc.year,
                });
                onSuccess?.(doc);
              } catch (e) {
                message.error(isApiError(e) ? (Object.values(e.fields)[0] ?? e.message) : String(e));
                onError?.(e as Error);
              }
            }}
          >
            <Button
              size="small"
              icon={<UploadOutlined />}
              loading={upload.isPending}
              data-testid={`upload-${q.code}`}
            >
              {t('evaluation.uploadEvidence')}
            </Button>
          </Upload>
        </Space>
      )}
      {open && editable && (
        <List
          size="small"
          bordered
          style={{ marginTop: 8 }}
          loading={proposals.isLoading}
          dataSource={proposals.data?.items ?? []}
          locale={{
            emptyText: (
              <span>
                {t('evaluation.noProposals')}{' '}
                <RouterLink to="/evaluasi/bukti-dukung">{t('evaluation.toRepository')}</RouterLink>
              </span>
            ),
          }}
          renderItem={(p) => (
            <List.Item
              actions={[
                p.linked ? (
                  <Tag key="l" color="green">
                    {t('evaluation.alreadyLinked')}
                  </Tag>
                ) : (
                  <Button key="use" size="small" type="primary" onClick={() => void link(bodyOf(p))}>
                    {t('evaluation.useEvidence')}
                  </Button>
                ),
              ]}
            >
              <Space wrap>
                <Tag color={p.link.source === 'live' ? 'blue' : 'default'}>
                  {t(`evaluation.source.${p.link.source}`)}
                </Tag>
                <span>{p.link.title}</span>
                {p.figure && <Typography.Text type="secondary">{p.figure.display}</Typography.Text>}
                {p.status && <Tag>{p.status}</Tag>}
              </Space>
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
