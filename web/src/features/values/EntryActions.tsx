import { Button, Flex, Popconfirm, Tag, Tooltip, Typography } from 'antd';
import { SaveOutlined, SendOutlined } from '@ant-design/icons';
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
