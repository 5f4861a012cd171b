import { Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** Active/inactive, plus a quiet marker for rows the demo seed created (they can be removed in bulk). */
export function StatusTags({ active, isDemo }: { active: boolean; isDemo: boolean }) {
  const { t } = useTranslation();
  return (
    <Space size={4}>
      {active ? <Tag color="green">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>}
      {isDemo && (
        <Tooltip title={t('app.demoHint')}>
          <Tag bordered={false} color="orange">
            {t('common.demoTag')}
          </Tag>
        </Tooltip>
      )}
    </Space>
  );
}
