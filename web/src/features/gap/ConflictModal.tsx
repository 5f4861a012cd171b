import { Alert, Button, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Conflict } from './useAutosave.ts';
import { plainText } from './plainText.ts';

interface Props {
  conflict: Conflict | null;
  reloading: boolean;
  onReload: () => void;
}

/**
 * Someone else saved this document after it was opened here. Nothing is overwritten: the
 * user reads who saved, copies their own text if they need it, and loads the saved version.
 */
export function ConflictModal({ conflict, reloading, onReload }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      open={conflict !== null}
      title={t('gap.conflict.title')}
      closable={false}
      maskClosable={false}
      keyboard={false}
      width={720}
      footer={
        <Button type="primary" loading={reloading} onClick={onReload} data-testid="gap-conflict-reload">
          {t('gap.conflict.reload')}
        </Button>
      }
    >
      {conflict && (
        <>
          <Alert type="warning" showIcon role="alert" title={conflict.message} style={{ marginBottom: 12 }} />
          <Typography.Paragraph>{t('gap.conflict.explain')}</Typography.Paragraph>
          <label htmlFor="gap-conflict-mine" style={{ fontWeight: 500 }}>
            {t('gap.conflict.mine')}
          </label>
          <Input.TextArea
            id="gap-conflict-mine"
            readOnly
            autoSize={{ minRows: 6, maxRows: 16 }}
            value={plainText(conflict.mine, t)}
            onFocus={(e) => e.target.select()}
          />
        </>
      )}
    </Modal>
  );
}
