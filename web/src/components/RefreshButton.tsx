import { Button, Tooltip } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

interface Props {
  query: { isFetching: boolean; refetch: () => unknown };
}

export function RefreshButton({ query }: Props) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('common.refresh')}>
      <Button
        icon={<ReloadOutlined />}
        aria-label={t('common.refresh')}
        loading={query.isFetching}
        onClick={() => void query.refetch()}
      />
    </Tooltip>
  );
}
