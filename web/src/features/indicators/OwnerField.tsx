import { Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { isNationalOwner } from './access.ts';

interface Props {
  /** Owners a new entry may get; one (or editing) keeps the field hidden. */
  owners: string[];
  editing: boolean;
  regionName: string;
}

/**
 * Whose catalog a new entry joins. Only a superadmin working on a region has a choice
 * (national or that region); the field is kept, hidden, for everyone else because the
 * other fields' options depend on it (a regional entry may use the region's own sets).
 */
export function OwnerField({ owners, editing, regionName }: Props) {
  const { t } = useTranslation();
  const choose = owners.length > 1 && !editing;
  return (
    <Form.Item
      name="owner"
      label={t('indicatorsAdmin.ownerField')}
      hidden={!choose}
      extra={choose ? t('indicatorsAdmin.ownerHelp') : undefined}
    >
      <Radio.Group
        options={owners.map((o) => ({
          value: o,
          label: isNationalOwner(o)
            ? t('indicatorsAdmin.ownerNationalChoice')
            : t('indicatorsAdmin.ownerRegionChoice', { region: regionName }),
        }))}
      />
    </Form.Item>
  );
}
