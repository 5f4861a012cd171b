import { Alert, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { OPD_BOUND_ROLES, type Role } from '../../../../domain/roles.ts';
import { useMe } from '../../app/auth.tsx';
import { useActiveOpds } from '../opd/api.ts';
import { rolesForRegion } from './roleOptions.ts';

interface Props {
  regionCode: string;
  /** The user's current OPD, kept selectable even if it has since been deactivated. */
  currentOpd?: { id: string; name: string } | null;
  /** One's own role is not one's to change (the server refuses it too). */
  lockRole?: boolean;
}

/** Role picker plus the OPD picker that only operator OPD accounts need. */
export function RoleOpdFields({ regionCode, currentOpd, lockRole = false }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const role = Form.useWatch<Role | undefined>('role');
  const needsOpd = role !== undefined && OPD_BOUND_ROLES.includes(role);
  const opds = useActiveOpds(regionCode, needsOpd);

  const opdOptions = (opds.data ?? []).map((o) => ({ value: o.id, label: `${o.name} (${o.shortName})` }));
  if (currentOpd && !opdOptions.some((o) => o.value === currentOpd.id)) {
    opdOptions.unshift({ value: currentOpd.id, label: currentOpd.name });
  }

  return (
    <>
      <Form.Item
        name="role"
        label={t('users.role')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Select
          disabled={lockRole}
          options={rolesForRegion(regionCode, me).map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        />
      </Form.Item>
      {needsOpd && (
        <>
          <Form.Item
            name="opdId"
            label={t('users.opd')}
            rules={[{ required: true, message: t('users.opdRequired') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('users.opdPlaceholder')}
              loading={opds.isPending}
              options={opdOptions}
            />
          </Form.Item>
          {opds.isSuccess && opdOptions.length === 0 && (
            <Alert type="warning" showIcon title={t('users.noActiveOpd')} style={{ marginBottom: 16 }} />
          )}
        </>
      )}
    </>
  );
}
