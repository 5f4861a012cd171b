import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { isNationalOwner } from './access.ts';

/**
 * Whose catalog an entry belongs to. It tells an admin daerah at a glance which rows are
 * theirs to change and which come from the national catalog (read-only for them).
 */
export function OwnerTag({ owner, builtin = false }: { owner: string; builtin?: boolean }) {
  const { t } = useTranslation();
  if (builtin) {
    return (
      <Tooltip title={t('indicatorsAdmin.builtinHint')}>
        <Tag variant="filled">{t('indicatorsAdmin.ownerBuiltin')}</Tag>
      </Tooltip>
    );
  }
  if (isNationalOwner(owner)) {
    return (
      <Tag color="blue" variant="filled">
        {t('indicatorsAdmin.ownerNational')}
      </Tag>
    );
  }
  return (
    <Tooltip title={t('indicatorsAdmin.ownerRegionHint', { code: owner })}>
      <Tag color="purple" variant="filled" data-testid="owner-regional">
        {t('indicatorsAdmin.ownerRegional')}
      </Tag>
    </Tooltip>
  );
}
