import { Button, Flex, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd';
import { RedoOutlined, RollbackOutlined, SaveOutlined, SendOutlined, UndoOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

interface Props {
  changes: number;
  errors: number;
  warnings: number;
  saving: boolean;
  onSave: () => void;
  /** Why submitting is not possible now, or null when it is. */
  submitBlocked: string | null;
  submitting: boolean;
  draftCount: number;
  period: string;
  onSubmit: () => void;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  /** Cells holding unsaved text (changes and texts that are not numbers yet). */
  unsaved: number;
  onRevertAll: () => void;
}

/** Save and submit, with what stands in the way: unsaved changes and live rule violations. */
export function EntryActions(props: Props) {
  const { t } = useTranslation();
  const { changes, errors, warnings, saving, submitBlocked, submitting } = props;
  const submit = (
    <Button
      icon={<SendOutlined />}
      disabled={submitBlocked !== null}
      loading={submitting}
      data-testid="entry-submit"
    >
      {t('entry.submit')}
    </Button>
  );

  return (
    <Flex className="setara-entry-actions" gap={12} align="center" wrap data-testid="entry-actions">
      <Button
        type="primary"
        icon={<SaveOutlined />}
        loading={saving}
        onClick={props.onSave}
        disabled={changes === 0}
        data-testid="entry-save"
      >
        {saving ? t('entry.saving') : t('entry.save')}
      </Button>
      {submitBlocked ? (
        <Tooltip title={submitBlocked}>
          <span>{submit}</span>
        </Tooltip>
      ) : (
        <Popconfirm
          title={t('entry.submitConfirm', {
            count: props.draftCount,
            n: props.draftCount,
            period: props.period,
          })}
          okText={t('entry.submit')}
          cancelText={t('common.cancel')}
          onConfirm={props.onSubmit}
          styles={{ root: { maxWidth: 380 } }}
        >
          {submit}
        </Popconfirm>
      )}
      <Space.Compact>
        <Tooltip title="Ctrl+Z">
          <Button
            icon={<UndoOutlined />}
            disabled={!props.canUndo}
            onClick={props.onUndo}
            data-testid="entry-undo"
          >
            {t('entry.grid.undo')}
          </Button>
        </Tooltip>
        <Tooltip title="Ctrl+Y">
          <Button
            icon={<RedoOutlined />}
            disabled={!props.canRedo}
            onClick={props.onRedo}
            data-testid="entry-redo"
          >
            {t('entry.grid.redo')}
          </Button>
        </Tooltip>
      </Space.Compact>
      <Popconfirm
        title={t('entry.grid.revertConfirm', { count: props.unsaved, n: props.unsaved })}
        okText={t('entry.grid.revertAll')}
        cancelText={t('common.cancel')}
        onConfirm={props.onRevertAll}
        styles={{ root: { maxWidth: 380 } }}
      >
        <Button icon={<RollbackOutlined />} disabled={props.unsaved === 0} danger data-testid="entry-revert">
          {t('entry.grid.revertAll')}
        </Button>
      </Popconfirm>
      <span data-testid="entry-dirty">
        {changes > 0 ? (
          <Tag color="gold">{t('entry.changes', { count: changes, n: changes })}</Tag>
        ) : (
          <Typography.Text type="secondary">{t('entry.noChanges')}</Typography.Text>
        )}
      </span>
      <Typography.Text
        type={errors > 0 ? 'danger' : warnings > 0 ? 'warning' : 'secondary'}
        data-testid="entry-live-check"
      >
        {t('entry.liveCheck', { errors, warnings })}
      </Typography.Text>
    </Flex>
  );
}
