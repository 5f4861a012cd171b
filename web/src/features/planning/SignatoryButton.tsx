import { useState } from 'react';
import { Button } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { SignatoryModal } from './SignatoryModal.tsx';

/** An operator's way to set their own OPD's signatory from the sub-kegiatan page. */
export function SignatoryButton({ opdId, opdName }: { opdId: string; opdName: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<EditOutlined />} onClick={() => setOpen(true)} data-testid="signatory-open">
        {t('planning.signatory.open')}
      </Button>
      <SignatoryModal open={open} opdId={opdId} opdName={opdName} onClose={() => setOpen(false)} />
    </>
  );
}
