import { Alert, Button, Descriptions, Flex, Popconfirm, Typography } from 'antd';
import { CalculatorOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { GapContent, GbsComponent, GbsContent } from '../../../../domain/planning/gap-content.ts';
import { formatRupiah, sumMoney, toSen } from '../../components/money.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { Field, TextAreaField, InputField } from './Field.tsx';
import { ListEditor } from './ListEditor.tsx';
import { ExactMoneyInput } from '../../components/MoneyInput.tsx';
import { newId } from './ids.ts';

interface Props {
  gbs: GbsContent | null;
  gap: GapContent;
  budget: string;
  readOnly: boolean;
  /** May (re)draft: the document is editable by this user. */
  canDraft: boolean;
  drafting: boolean;
  onDraft: () => void;
  onChange: (gbs: GbsContent) => void;
}

/** The Gender Budget Statement: drafted from the GAP and the budget, then edited where the form allows. */
export function GbsEditor({ gbs, gap, budget, readOnly, canDraft, drafting, onDraft, onChange }: Props) {
  const { t } = useTranslation();
  const draftButton = (onClick?: () => void) => (
    <Button
      type={gbs ? 'default' : 'primary'}
      icon={<CalculatorOutlined />}
      loading={drafting}
      onClick={onClick}
    >
      {gbs ? t('gap.gbs.redraft') : t('gap.gbs.draft')}
    </Button>
  );
  const draft = canDraft && (
    <div style={{ marginBottom: 16 }}>
      {gbs ? (
        <Popconfirm
          title={t('gap.gbs.redraftConfirm')}
          okText={t('gap.gbs.redraft')}
          cancelText={t('common.cancel')}
          onConfirm={onDraft}
          styles={{ root: { maxWidth: 380 } }}
        >
          {draftButton()}
        </Popconfirm>
      ) : (
        draftButton(onDraft)
      )}
    </div>
  );
  if (!gbs) {
    return (
      <>
        {draft}
        <EmptyState>{canDraft ? t('gap.gbs.emptyCanDraft') : t('gap.gbs.empty')}</EmptyState>
      </>
    );
  }

  const set = (patch: Partial<GbsContent>) => onChange({ ...gbs, ...patch });
  const total = sumMoney(gbs.components.map((c) => c.budget));
  const differs = toSen(total) !== toSen(budget);
  const actionNo = (actionId: string | null) => {
    const i = gap.step7.actions.findIndex((a) => a.id === actionId);
    return i < 0 ? null : i + 1;
  };
  const area = (key: 'situationAnalysis' | 'outcome', rows: number) => (
    <TextAreaField
      id={`gbs-${key}`}
      label={t(`gap.gbs.${key}`)}
      rows={[rows, 20]}
      value={gbs[key]}
      readOnly={readOnly}
      onChange={(v) => set({ [key]: v })}
    />
  );

  return (
    <>
      {draft}
      <Flex gap={12} wrap>
        <div style={{ flex: '2 1 320px' }}>
          <InputField
            id="gbs-outputIndicator"
            label={t('gap.gbs.outputIndicator')}
            value={gbs.outputIndicator}
            readOnly={readOnly}
            onChange={(v) => set({ outputIndicator: v })}
          />
        </div>
        <div style={{ flex: '1 1 180px' }}>
          <InputField
            id="gbs-outputTarget"
            label={t('gap.gbs.outputTarget')}
            value={gbs.outputTarget}
            readOnly={readOnly}
            onChange={(v) => set({ outputTarget: v })}
          />
        </div>
      </Flex>
      {area('situationAnalysis', 6)}
      <Typography.Title level={5}>{t('gap.gbs.components')}</Typography.Title>
      <ListEditor<GbsComponent>
        testId="gbs-components"
        items={gbs.components}
        noun={t('gap.gbs.component')}
        addLabel={t('gap.gbs.addComponent')}
        emptyText={t('gap.gbs.noComponents')}
        readOnly={readOnly}
        create={() => ({ id: newId(), actionId: null, name: '', budget: '0.00' })}
        onChange={(components) => set({ components })}
        render={(item, update, index) => (
          <>
            {actionNo(item.actionId) !== null && (
              <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 6 }}>
                {t('gap.gbs.fromAction', { n: actionNo(item.actionId) })}
              </Typography.Text>
            )}
            <TextAreaField
              id={`gbs-component-name-${index}`}
              label={t('gap.gbs.componentName')}
              rows={[1, 6]}
              value={item.name}
              readOnly={readOnly}
              onChange={(v) => update({ name: v })}
            />
            <Field id={`gbs-component-budget-${index}`} label={t('gap.gbs.componentBudget')}>
              <ExactMoneyInput
                id={`gbs-component-budget-${index}`}
                value={item.budget}
                readOnly={readOnly}
                invalidText={t('gap.gbs.budgetInvalid')}
                onChange={(budget) => update({ budget })}
              />
            </Field>
          </>
        )}
      />
      <Descriptions
        bordered
        size="small"
        column={1}
        style={{ margin: '16px 0' }}
        data-testid="gbs-totals"
        items={[
          { key: 'total', label: t('gap.gbs.total'), children: <strong>{formatRupiah(total)}</strong> },
          { key: 'pagu', label: t('gap.gbs.pagu'), children: formatRupiah(budget) },
        ]}
      />
      {differs && (
        <Alert
          type="warning"
          showIcon
          data-testid="gbs-total-differs"
          style={{ marginBottom: 16 }}
          title={t('gap.gbs.totalDiffers', { total: formatRupiah(total), pagu: formatRupiah(budget) })}
        />
      )}
      {area('outcome', 3)}
    </>
  );
}
