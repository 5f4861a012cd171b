import { Button, Divider, Drawer, Flex, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DimensionSet, Indicator } from './api.ts';
import { useSaveIndicator } from './admin-api.ts';
import { IndicatorIdentityFields } from './IndicatorIdentityFields.tsx';
import { IndicatorRuleFields } from './IndicatorRuleFields.tsx';
import {
  INDICATOR_FIELD_RENAMES,
  INDICATOR_FIELDS,
  createInputOf,
  newIndicatorValues,
  patchOf,
  valuesOf,
  type IndicatorFormValues,
} from './indicatorForm.ts';
import type { CatalogLabels } from './labels.ts';
import { OwnerField } from './OwnerField.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';

interface Props {
  open: boolean;
  /** The indicator being edited; null adds a new one. */
  indicator: Indicator | null;
  catalog: Indicator[];
  sets: DimensionSet[];
  labels: CatalogLabels;
  /** Owners a new indicator may get, the default first. */
  owners: string[];
  regionName: string;
  onClose: () => void;
}

const FORM_ID = 'indicator-form';

/**
 * Adding or editing one indicator: every field of the catalog entry on one wide drawer, so
 * the definition can be read while the rules are set. The code is the key of stored values
 * and cannot change once created.
 */
export function IndicatorFormDrawer({
  open,
  indicator,
  catalog,
  sets,
  labels,
  owners,
  regionName,
  onClose,
}: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<IndicatorFormValues>();
  const save = useSaveIndicator();
  const editing = indicator !== null;

  async function action(values: IndicatorFormValues) {
    const saved = indicator
      ? await save.mutateAsync({ code: indicator.code, patch: patchOf(values, indicator.refs) })
      : await save.mutateAsync({ create: createInputOf(values) });
    return t(indicator ? 'indicatorsAdmin.updated' : 'indicatorsAdmin.created', {
      name: labels.name(saved),
      code: saved.code,
    });
  }
  const submit = useFormSubmit(form, INDICATOR_FIELDS, action, onClose, { rename: INDICATOR_FIELD_RENAMES });

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={800}
      title={
        indicator
          ? t('indicatorsAdmin.editTitle', { name: labels.name(indicator) })
          : t('indicatorsAdmin.addTitle')
      }
      destroyOnHidden
      data-testid="indicator-form-drawer"
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          {/* The button sits outside the form in the drawer's footer; `form` ties it to it. */}
          <Button type="primary" htmlType="submit" form={FORM_ID} loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<IndicatorFormValues>
        // The name is also the form's id (for the footer button) and prefixes the field ids.
        name={FORM_ID}
        form={form}
        layout="vertical"
        initialValues={indicator ? valuesOf(indicator) : newIndicatorValues(owners[0] ?? '')}
        onFinish={(v) => void submit(v)}
        scrollToFirstError={{ block: 'center' }}
      >
        <Typography.Paragraph type="secondary">{t('indicatorsAdmin.formIntro')}</Typography.Paragraph>
        <OwnerField owners={owners} editing={editing} regionName={regionName} />
        <Divider titlePlacement="start">{t('indicatorsAdmin.sectionIdentity')}</Divider>
        <IndicatorIdentityFields editing={editing} labels={labels} />
        <Divider titlePlacement="start">{t('indicatorsAdmin.sectionRules')}</Divider>
        <IndicatorRuleFields
          catalog={catalog}
          sets={sets}
          labels={labels}
          selfCode={indicator?.code ?? null}
        />
      </Form>
    </Drawer>
  );
}
