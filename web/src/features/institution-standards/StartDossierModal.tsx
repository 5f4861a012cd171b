import { App as AntApp, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useCreateDossier, useInstitutionDossiers } from './api.ts';
import { ExampleTag } from './labels.tsx';

/** Choosing a published standard of the institution's type opens its dossier. */
export function StartDossierModal({
  institutionId,
  onClose,
}: {
  institutionId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const options = useInstitutionDossiers(institutionId);
  const create = useCreateDossier();
  const [standardId, setStandardId] = useState<string | null>(null);
  const used = new Set(options.data?.items.map((d) => d.standard.id));
  const standards = (options.data?.standards ?? []).filter((s) => !used.has(s.id));
  return (
    <Modal
      open={!!institutionId}
      title={t('institutionStandards.board.chooseStandard')}
      onCancel={onClose}
      okText={t('institutionStandards.board.start')}
      okButtonProps={{ disabled: !standardId, loading: create.isPending }}
      onOk={async () => {
        try {
          const d = await create.mutateAsync({ institutionId: institutionId!, standardId: standardId! });
          onClose();
          void navigate(`/lembaga-layanan/standardisasi/${d.id}`);
        } catch (error) {
          message.error(error instanceof Error ? error.message : String(error));
        }
      }}
    >
      <ErrorAlert error={options.error} />
      {standards.length === 0 && !options.isPending ? (
        <Typography.Paragraph>{t('institutionStandards.board.noStandard')}</Typography.Paragraph>
      ) : (
        <Radio.Group value={standardId} onChange={(e) => setStandardId(e.target.value as string)}>
          <Space direction="vertical">
            {standards.map((s) => (
              <Radio key={s.id} value={s.id}>
                {s.name} (v{s.version}) {s.example && <ExampleTag />}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      )}
    </Modal>
  );
}
