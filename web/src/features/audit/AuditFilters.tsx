import { Checkbox, DatePicker, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ListToolbar } from '../../components/ListToolbar.tsx';
import { useUserOptions } from '../users/api.ts';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from './api.ts';

export interface AuditFilterValues {
  userId?: string;
  entity?: string;
  action?: string;
  /** Sign-ins and sign-outs are left out unless this is on. */
  signIns?: boolean;
  range: [Dayjs | null, Dayjs | null] | null;
}

interface Props {
  regionCode: string;
  value: AuditFilterValues;
  onChange: (next: AuditFilterValues) => void;
}

export const NO_AUDIT_FILTERS: AuditFilterValues = { range: null };

export function hasAuditFilters(v: AuditFilterValues): boolean {
  return Boolean(v.userId || v.entity || v.action || v.signIns || v.range?.[0] || v.range?.[1]);
}

export function AuditFilters({ regionCode, value, onChange }: Props) {
  const { t } = useTranslation();
  const users = useUserOptions(regionCode);

  return (
    <ListToolbar filtered={hasAuditFilters(value)} onReset={() => onChange(NO_AUDIT_FILTERS)}>
      <Select
        aria-label={t('audit.userFilter')}
        placeholder={t('audit.allUsers')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        loading={users.isPending}
        style={{ width: 240 }}
        value={value.userId}
        onChange={(userId?: string) => onChange({ ...value, userId })}
        options={(users.data ?? []).map((u) => ({ value: u.id, label: `${u.fullName} (${u.username})` }))}
      />
      <Select
        aria-label={t('audit.entityFilter')}
        placeholder={t('audit.allEntities')}
        allowClear
        style={{ width: 170 }}
        value={value.entity}
        onChange={(entity?: string) => onChange({ ...value, entity })}
        options={AUDIT_ENTITIES.map((e) => ({ value: e, label: t(`audit.entities.${e}`) }))}
      />
      <Select
        aria-label={t('audit.actionFilter')}
        placeholder={t('audit.allActions')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 210 }}
        value={value.action}
        onChange={(action?: string) => onChange({ ...value, action })}
        options={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`audit.actions.${a}`) }))}
      />
      <DatePicker.RangePicker
        aria-label={t('audit.dateRange')}
        placeholder={[t('audit.dateFrom'), t('audit.dateTo')]}
        allowEmpty={[true, true]}
        format="D MMM YYYY"
        value={value.range}
        onChange={(range) => onChange({ ...value, range: range ?? null })}
      />
      <Checkbox
        checked={Boolean(value.signIns)}
        onChange={(e) => onChange({ ...value, signIns: e.target.checked })}
        data-testid="audit-sign-ins"
      >
        {t('audit.withSignIns')}
      </Checkbox>
    </ListToolbar>
  );
}
