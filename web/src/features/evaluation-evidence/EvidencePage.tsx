import { useState } from 'react';
import { Alert, Button, Flex, Select, Space, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  EVIDENCE_GROUPS,
  EVIDENCE_KINDS,
  type EvidenceKindDef,
} from '../../../../domain/evaluation/evidence-kinds.ts';
import { currentLanguage } from '../../app/i18n.ts';
import { useRegion } from '../../app/region.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useEvidence } from './api.ts';
import { EvidenceForm, type EvidenceFormTarget } from './EvidenceForm.tsx';
import { KindCard } from './KindCard.tsx';

const KINDS: readonly EvidenceKindDef[] = EVIDENCE_KINDS;

/** The years offered: next year down to six years back (an SK's validity reaches further). */
function yearOptions(thisYear: number) {
  return Array.from({ length: 8 }, (_, i) => thisYear + 1 - i).map((y) => ({ value: y, label: String(y) }));
}

/**
 * Bukti Dukung: a region's evidence for the Evaluasi PUG of a year, grouped as the evaluation
 * groups it (regulation, institutions, data, the seven processes, services), each kind with
 * Setara's own records and the uploaded documents side by side, and what is still missing.
 */
export function EvidencePage() {
  const { t } = useTranslation();
  const { region } = useRegion();
  const lang = currentLanguage();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [target, setTarget] = useState<EvidenceFormTarget | null>(null);
  const list = useEvidence(region.code, year);
  const data = list.data;
  const byKind = new Map((data?.kinds ?? []).map((k) => [k.kind, k]));
  const missing = data
    ? KINDS.filter((k) => {
        const e = byKind.get(k.code);
        return !e || (e.live.length === 0 && e.uploads.length === 0);
      })
    : [];

  return (
    <>
      <PageHeader
        title={t('evaluationEvidence.title')}
        subtitle={t('evaluationEvidence.subtitle')}
        extra={
          data?.canUpload && (
            <Button
              type="primary"
              icon={<UploadOutlined aria-hidden />}
              onClick={() => setTarget({ mode: 'upload' })}
            >
              {t('evaluationEvidence.upload')}
            </Button>
          )
        }
      />
      <Space style={{ marginBottom: 16 }}>
        <label htmlFor="evidence-year">{t('evaluationEvidence.year')}</label>
        <Select
          id="evidence-year"
          value={year}
          onChange={setYear}
          options={yearOptions(thisYear)}
          style={{ width: 110 }}
        />
      </Space>
      {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {data && (
        <Alert
          style={{ marginBottom: 16 }}
          type={missing.length ? 'warning' : 'success'}
          showIcon
          message={
            missing.length
              ? t('evaluationEvidence.missingCount', { count: missing.length })
              : t('evaluationEvidence.allPresent')
          }
          description={
            missing.length ? (
              <>
                {missing.map((k) => k.label[lang]).join(' · ')}
                {!data.canUpload && missing.length === KINDS.length && (
                  <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>
                    {t('evaluationEvidence.emptyReader')}
                  </Typography.Paragraph>
                )}
              </>
            ) : undefined
          }
        />
      )}
      {data &&
        EVIDENCE_GROUPS.map((group) => {
          const kinds = KINDS.filter((k) => k.group === group);
          if (!kinds.length) return null;
          return (
            <section key={group} aria-labelledby={`evidence-group-${group}`} style={{ marginBottom: 24 }}>
              <Typography.Title level={4} id={`evidence-group-${group}`}>
                {t(`evaluationEvidence.groups.${group}`)}
              </Typography.Title>
              <Flex vertical gap={12}>
                {kinds.map((def) => (
                  <KindCard
                    key={def.code}
                    regionCode={region.code}
                    year={year}
                    def={def}
                    live={byKind.get(def.code)?.live ?? []}
                    uploads={byKind.get(def.code)?.uploads ?? []}
                    canUpload={data.canUpload}
                    onUpload={(kind) => setTarget({ mode: 'upload', kind })}
                    onEdit={(doc) => setTarget({ mode: 'edit', doc })}
                  />
                ))}
              </Flex>
            </section>
          );
        })}
      {data && (
        <EvidenceForm
          regionCode={region.code}
          year={year}
          list={data}
          target={target}
          onClose={() => setTarget(null)}
        />
      )}
    </>
  );
}
