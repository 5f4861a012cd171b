import { Descriptions, Form, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal.tsx';
import { ARG_CATEGORIES, type ArgCategory } from './arg.ts';
import { useSaveSubActivity, type SubActivity } from './api.ts';
import { MoneyInput } from '../../components/MoneyInput.tsx';
import { moneyRules, moneyValue } from './moneyRules.ts';
import { formatMoneyInput, formatRupiah } from '../../components/money.ts';

interface Props {
  open: boolean;
  line: SubActivity | null;
  regionCode: string;
  onClose: () => void;
}

interface Values {
  argCategory: ArgCategory;
  argAmount: string;
}

const FIELDS = ['argCategory', 'argAmount'] as const;

/** The amount field: the whole pagu by default, nothing to enter for "netral". */
function AmountField({ budget }: { budget: string }) {
  const { t } = useTranslation();
  const category = Form.useWatch<ArgCategory | undefined>('argCategory');
  if (category === 'netral') {
    return <Typography.Paragraph type="secondary">{t('planning.tag.netralAmount')}</Typography.Paragraph>;
  }
  return (
    <Form.Item
      name="argAmount"
      label={t('planning.tag.amount')}
      extra={t('planning.tag.amountHelp', { budget: formatRupiah(budget) })}
      rules={moneyRules(t, () => budget)}
    >
      <MoneyInput />
    </Form.Item>
  );
}

/** Tags a line's budget with an ARG category and the part of the pagu that counts. */
export function ArgTagModal({ open, line, regionCode, onClose }: Props) {
  const { t } = useTranslation();
  const save = useSaveSubActivity(regionCode);
  if (!line) return null;
  const budget = line.budget;

  const initialValues: Partial<Values> = {
    argCategory: line.argCategory ?? undefined,
    argAmount: formatMoneyInput(
      line.argCategory && line.argCategory !== 'netral' && line.argAmount ? line.argAmount : budget,
    ),
  };

  async function submit(values: Values) {
    const argAmount = values.argCategory === 'netral' ? '0.00' : moneyValue(values.argAmount);
    await save.mutateAsync({ id: line!.id, input: { argCategory: values.argCategory, argAmount } });
    return t('planning.tag.saved', {
      name: line!.name,
      category: t(`planning.argCategories.${values.argCategory}.short`),
    });
  }

  return (
    <FormModal<Values>
      open={open}
      title={t('planning.tag.title')}
      initialValues={initialValues}
      fields={FIELDS}
      pending={save.isPending}
      onSubmit={submit}
      onClose={onClose}
    >
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'name', label: t('planning.sub.name'), children: `${line.code} — ${line.name}` },
          { key: 'budget', label: t('planning.sub.budget'), children: formatRupiah(budget) },
        ]}
      />
      <Form.Item
        name="argCategory"
        label={t('planning.tag.category')}
        rules={[{ required: true, message: t('planning.tag.categoryRequired') }]}
      >
        <Radio.Group style={{ width: '100%' }}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            {ARG_CATEGORIES.map((c) => (
              <Radio key={c} value={c} data-testid={`arg-${c}`}>
                <Typography.Text strong>{t(`planning.argCategories.${c}.label`)}</Typography.Text>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                  {t(`planning.argCategories.${c}.help`)}
                </Typography.Text>
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      <AmountField budget={budget} />
    </FormModal>
  );
}
