import { useState } from 'react';
import { Button, Popconfirm, Space, Tooltip } from 'antd';
import { EditOutlined, PoweroffOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Names the row for screen readers: "Ubah KES_AKI". */
  subject: string;
  active: boolean;
  /** What deactivating means for this kind of entry, asked before it happens. */
  deactivateConfirm: string;
  onEdit: () => void;
  onToggleActive: () => Promise<void>;
  testId?: string;
}

/** Edit and deactivate/reactivate of one catalog row (icons, to keep the tables narrow); nothing is deleted. */
export function ManageActions({ subject, active, deactivateConfirm, onEdit, onToggleActive, testId }: Props) {
  const { t } = useTranslation();
  // The button's tooltip would lie over the confirmation's "Ya" button while it is open.
  const [confirming, setConfirming] = useState(false);
  return (
    <Space size={4} wrap data-testid={testId}>
      <Tooltip title={t('common.edit')}>
        <Button
          icon={<EditOutlined />}
          aria-label={t('indicatorsAdmin.editAction', { subject })}
          onClick={onEdit}
        />
      </Tooltip>
      <Popconfirm
        title={active ? deactivateConfirm : t('indicatorsAdmin.reactivateConfirm', { subject })}
        okText={t('common.yes')}
        cancelText={t('common.no')}
        onConfirm={onToggleActive}
        onOpenChange={setConfirming}
        styles={{ root: { maxWidth: 380 } }}
      >
        <span>
          <Tooltip
            title={t(active ? 'indicatorsAdmin.deactivate' : 'indicatorsAdmin.reactivate')}
            open={confirming ? false : undefined}
          >
            <Button
              danger={active}
              icon={<PoweroffOutlined />}
              aria-label={t(
                active ? 'indicatorsAdmin.deactivateAction' : 'indicatorsAdmin.reactivateAction',
                {
                  subject,
                },
              )}
            />
          </Tooltip>
        </span>
      </Popconfirm>
    </Space>
  );
}
