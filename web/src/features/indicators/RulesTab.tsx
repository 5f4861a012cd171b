import { useState } from 'react';
import { App as AntApp, Button, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.tsx';
import { useRegion } from '../../app/region.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { RefreshButton } from '../../components/RefreshButton.tsx';
import { catalogAccessOf } from './access.ts';
import { useDimensionSets, useIndicatorCatalog } from './api.ts';
import { useCatalogWithInactive, useSaveRule, useValidationRules, type ValidationRule } from './admin-api.ts';
import { useCatalogLabels } from './labels.ts';
import { ManageActions } from './ManageActions.tsx';
import { OwnerTag } from './OwnerTag.tsx';
import { TabActions } from './TabActions.tsx';
import { RuleFormModal } from './RuleFormModal.tsx';
import { useRuleWords } from './ruleWords.ts';

/** The rules between indicators that apply in the region, in words; admins add and edit them. */
export function RulesTab({ slot }: { slot: HTMLElement | null }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const me = useMe();
  const { region } = useRegion();
  const { message } = AntApp.useApp();
  const access = catalogAccessOf(me, region);
  const manages = access.canAdd;
  const rules = useValidationRules(region.code);
  // A rule may name an indicator deactivated since; admins load those too to name it.
  const activeOnly = useIndicatorCatalog(region.code, !manages);
  const withInactive = useCatalogWithInactive(region.code, manages);
  const catalog = (manages ? withInactive : activeOnly).data ?? [];
  const labels = useCatalogLabels(useDimensionSets(region.code).data);
  const words = useRuleWords(catalog);
  const save = useSaveRule();
  // `session` gives each opening a fresh form; the rule stays while the dialog closes.
  const [form, setForm] = useState({ open: false, rule: null as ValidationRule | null, session: 0 });
  const openForm = (rule: ValidationRule | null) => setForm({ open: true, rule, session: form.session + 1 });

  async function toggleActive(rule: ValidationRule) {
    try {
      await save.mutateAsync({ id: rule.id, patch: { active: !rule.active } });
      message.success(
        t(rule.active ? 'validationRules.deactivated' : 'validationRules.reactivated', { id: rule.id }),
      );
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  }

  const columns: ColumnsType<ValidationRule> = [
    { title: '#', dataIndex: 'id', width: 64 },
    {
      title: t('validationRules.rule'),
      key: 'rule',
      render: (_: unknown, rule) => (
        <div data-testid={`rule-text-${rule.id}`}>
          <Typography.Text strong>{words(rule)}</Typography.Text>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {t('validationRules.messageShown', { message: en ? rule.messageEn : rule.messageId })}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('indicators.owner'),
      key: 'owner',
      width: 120,
      render: (_: unknown, rule) => <OwnerTag owner={rule.ownerRegionCode} />,
    },
    {
      title: t('common.status'),
      dataIndex: 'active',
      width: 110,
      render: (active: boolean) =>
        active ? <Tag color="green">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>,
    },
  ];
  if ((rules.data ?? []).some((rule) => access.canManage(rule.ownerRegionCode))) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      render: (_: unknown, rule) =>
        access.canManage(rule.ownerRegionCode) && (
          <ManageActions
            subject={`#${rule.id}`}
            active={rule.active}
            deactivateConfirm={t('validationRules.deactivateConfirm', { id: rule.id })}
            onEdit={() => openForm(rule)}
            onToggleActive={() => toggleActive(rule)}
            testId={`rule-actions-${rule.id}`}
          />
        ),
    });
  }

  return (
    <>
      <Flex justify="space-between" align="flex-start" gap={8} wrap style={{ marginBottom: 12 }}>
        <Typography.Paragraph type="secondary" style={{ maxWidth: 760, margin: 0 }}>
          {t('validationRules.intro')}
        </Typography.Paragraph>
        <RefreshButton query={rules} />
      </Flex>
      {access.canAdd && (
        <TabActions slot={slot}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => openForm(null)}>
            {t('validationRules.add')}
          </Button>
        </TabActions>
      )}
      <ErrorAlert error={rules.error} onRetry={() => void rules.refetch()} />
      <Table<ValidationRule>
        data-testid="rules-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rules.data ?? []}
        loading={rules.isFetching}
        rowClassName={(rule) => (rule.active ? '' : 'setara-row-inactive')}
        pagination={false}
        scroll={{ x: 800 }}
        locale={{
          emptyText: rules.isPending ? (
            ' '
          ) : (
            <EmptyState>
              {access.canAdd ? t('validationRules.emptyManage') : t('validationRules.emptyRead')}
            </EmptyState>
          ),
        }}
      />
      <RuleFormModal
        key={form.session}
        open={form.open}
        rule={form.rule}
        catalog={catalog}
        labels={labels}
        owners={access.owners}
        regionName={region.name}
        onClose={() => setForm({ ...form, open: false })}
      />
    </>
  );
}
