import { App as AntApp, Button, Card, Flex, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, FileOutlined, LinkOutlined, UploadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EvidenceKindDef } from '../../../../domain/evaluation/evidence-kinds.ts';
import { currentLanguage } from '../../app/i18n.ts';
import { formatDate } from '../../components/format.ts';
import { useEvidenceWrites, type EvidenceCandidate, type EvidenceDocument } from './api.ts';

const SOURCE_COLORS = { live: 'purple', upload: 'blue', both: 'geekblue' } as const;

interface Props {
  regionCode: string;
  year: number;
  def: EvidenceKindDef;
  live: EvidenceCandidate[];
  uploads: EvidenceDocument[];
  canUpload: boolean;
  onUpload: (kind: string) => void;
  onEdit: (doc: EvidenceDocument) => void;
}

function StatusTag({ status }: { status: string | null }) {
  const { t, i18n } = useTranslation();
  if (!status) return null;
  const key = `evaluationEvidence.statuses.${status}`;
  return <Tag>{i18n.exists(key) ? t(key) : status}</Tag>;
}

function LiveItem({ c }: { c: EvidenceCandidate }) {
  const { t } = useTranslation();
  if (c.figure) {
    return (
      <List.Item>
        <Space direction="vertical" size={0}>
          <Space size={4} wrap>
            <Link to={c.href}>{c.link.title}</Link>
            <Tag color="purple">{t('evaluationEvidence.computed')}</Tag>
          </Space>
          <Typography.Text strong>{c.figure.display}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('evaluationEvidence.sourceLine', { source: c.figure.source })}
          </Typography.Text>
        </Space>
      </List.Item>
    );
  }
  return (
    <List.Item>
      <Space size={4} wrap>
        <Link to={c.href}>
          <LinkOutlined aria-hidden style={{ marginInlineEnd: 4 }} />
          {c.link.title}
        </Link>
        {c.date && <Typography.Text type="secondary">{formatDate(c.date)}</Typography.Text>}
        <StatusTag status={c.status} />
      </Space>
    </List.Item>
  );
}

function UploadItem({
  doc,
  year,
  regionCode,
  onEdit,
}: {
  doc: EvidenceDocument;
  year: number;
  regionCode: string;
  onEdit: (d: EvidenceDocument) => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { remove } = useEvidenceWrites(regionCode);
  const validity = doc.validFrom
    ? doc.validUntil
      ? t('evaluationEvidence.validity', {
          from: formatDate(doc.validFrom),
          until: formatDate(doc.validUntil),
        })
      : t('evaluationEvidence.validityOpen', { from: formatDate(doc.validFrom) })
    : null;
  return (
    <List.Item
      actions={
        doc.canWrite
          ? [
              <Button
                key="edit"
                size="small"
                type="text"
                icon={<EditOutlined aria-hidden />}
                aria-label={t('evaluationEvidence.editLabel', { title: doc.title })}
                onClick={() => onEdit(doc)}
              />,
              <Popconfirm
                key="remove"
                title={t('evaluationEvidence.confirmRemove')}
                onConfirm={() =>
                  remove.mutate(doc.id, {
                    onSuccess: () =>
                      void message.success(t('evaluationEvidence.removed', { title: doc.title })),
                    onError: (e) => void message.error(e.message),
                  })
                }
              >
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={t('evaluationEvidence.removeLabel', { title: doc.title })}
                />
              </Popconfirm>,
            ]
          : []
      }
    >
      <Space direction="vertical" size={0}>
        <Space size={4} wrap>
          <a href={doc.downloadUrl}>
            <FileOutlined aria-hidden style={{ marginInlineEnd: 4 }} />
            {doc.title}
          </a>
          {doc.isDemo && <Tag color="gold">{t('evaluationEvidence.demo')}</Tag>}
        </Space>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {[
            doc.fileName,
            doc.opd?.name,
            validity,
            doc.year !== year ? t('evaluationEvidence.fromYear', { year: doc.year }) : null,
            doc.uploadedBy ? t('evaluationEvidence.by', { name: doc.uploadedBy }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography.Text>
        {doc.note && (
          <Typography.Text style={{ fontSize: 12, whiteSpace: 'pre-line' }}>{doc.note}</Typography.Text>
        )}
      </Space>
    </List.Item>
  );
}

/** One evidence kind: Setara's records and the uploads side by side, or what is missing. */
export function KindCard({ regionCode, year, def, live, uploads, canUpload, onUpload, onEdit }: Props) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const takesUploads = def.source !== 'live';
  const hasLive = def.source !== 'upload';
  const empty = live.length === 0 && uploads.length === 0;
  return (
    <Card
      size="small"
      title={
        <Space size={6} wrap>
          <span>{def.label[lang]}</span>
          <Tag color={SOURCE_COLORS[def.source]}>{t(`evaluationEvidence.sources.${def.source}`)}</Tag>
        </Space>
      }
      extra={
        canUpload &&
        takesUploads && (
          <Button
            size="small"
            icon={<UploadOutlined aria-hidden />}
            onClick={() => onUpload(def.code)}
            aria-label={`${t('evaluationEvidence.uploadFor')}: ${def.label[lang]}`}
          >
            {t('evaluationEvidence.uploadFor')}
          </Button>
        )
      }
      style={empty ? { borderStyle: 'dashed' } : undefined}
    >
      <Flex gap={16} wrap>
        {hasLive && (
          <div style={{ flex: '1 1 280px', minWidth: 0 }}>
            <Typography.Text type="secondary">{t('evaluationEvidence.liveTitle')}</Typography.Text>
            {live.length ? (
              <List size="small" dataSource={live} renderItem={(c) => <LiveItem c={c} />} />
            ) : (
              <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
                {t('evaluationEvidence.missingLive')}
              </Typography.Paragraph>
            )}
          </div>
        )}
        {takesUploads && (
          <div style={{ flex: '1 1 280px', minWidth: 0 }}>
            <Typography.Text type="secondary">{t('evaluationEvidence.uploadsTitle')}</Typography.Text>
            {uploads.length ? (
              <List
                size="small"
                dataSource={uploads}
                renderItem={(d) => <UploadItem doc={d} year={year} regionCode={regionCode} onEdit={onEdit} />}
              />
            ) : (
              <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
                {canUpload
                  ? t('evaluationEvidence.missingUpload')
                  : t('evaluationEvidence.missingUploadReader')}
              </Typography.Paragraph>
            )}
          </div>
        )}
      </Flex>
    </Card>
  );
}
