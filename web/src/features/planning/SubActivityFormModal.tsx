import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal.tsx';
import { isSubActivityCode } from './code.ts';
import { useSaveSubActivity, type NomenclatureEntry, type SubActivity } from './api.ts';
import { MoneyInput } from '../../components/MoneyInput.tsx';
import { moneyRules, moneyValue } from './moneyRules.ts';
import { formatMoneyInput } from '../../components/money.ts';
import { NomenclatureSearch } from './NomenclatureSearch.tsx';
import { OpdSelect } from './OpdSelect.tsx';

interface Props {
  open: boolean;
  /** The line being edited; absent when adding one. */
  line: SubActivity | null;
  regionCode: string;
  year: number;
  /** The OPD new lines go to; null lets an admin choose. */
  opdId: string | null;
  onClose: () => void;
}

interface Values {
  opdId: string;
  code: string;
  name: string;
  outputIndicator: string;
  target: string;
  budget: string;
}

const FIELDS = ['opdId', 'code', 'name', 'outputIndicator', 'target', 'budget'] as const;

/** Fills code, name and output from a reference entry, keeping what the user already wrote. */
function NomenclatureFill() {
  const form = Form.useFormInstance<Values>();
  return (
    <NomenclatureSearch
      onPick={(entry: NomenclatureEntry) => {
        const current = form.getFieldsValue();
        form.setFieldsValue({
          code: entry.code,
          name: entry.name,
          outputIndicator: current.outputIndicator?.trim()
            ? current.outputIndicator
            : (entry.indicator ?? ''),
        });
        void form.validateFields(['code', 'name']);
      }}
    />
  );
}

/** Adds one sub-kegiatan line (a Renja/DPA line) or corrects one. */
export function SubActivityFormModal({ open, line, regionCode, year, opdId, onClose }: Props) {
  const { t } = useTranslation();
  const save = useSaveSubActivity(regionCode);
  const pickOpd = !line && opdId === null;

  const initialValues: Partial<Values> = line
    ? {
        opdId: line.opdId,
        code: line.code,
        name: line.name,
        outputIndicator: line.outputIndicator,
        target: line.target,
        budget: formatMoneyInput(line.budget),
      }
    : { opdId: opdId ?? undefined };

  async function submit(values: Values) {
    const input = {
      code: values.code.trim(),
      name: values.name.trim(),
      outputIndicator: (values.outputIndicator ?? '').trim(),
      target: (values.target ?? '').trim(),
      budget: moneyValue(values.budget),
    };
    const saved = await save.mutateAsync(
      line ? { id: line.id, input } : { input: { ...input, year, opdId: values.opdId } },
    );
    return t(line ? 'planning.sub.updated' : 'planning.sub.created', { name: saved.name });
  }

  return (
    <FormModal<Values>
      open={open}
      title={line ? t('planning.sub.editTitle') : t('planning.sub.createTitle', { year })}
      initialValues={initialValues}
      fields={FIELDS}
      pending={save.isPending}
      onSubmit={submit}
      onClose={onClose}
    >
      {pickOpd && (
        <Form.Item
          name="opdId"
          label={t('planning.opd')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <OpdSelect
            regionCode={regionCode}
            value={null}
            onChange={() => undefined}
            allowAll={false}
            prefixed={false}
          />
        </Form.Item>
      )}
      <NomenclatureFill />
      <Form.Item
        name="code"
        label={t('planning.sub.code')}
        extra={t('planning.sub.codeHelp')}
        rules={[
          { required: true, whitespace: true, message: t('common.required') },
          {
            validator: async (_r, value: string | undefined) => {
              if (value && value.trim() && !isSubActivityCode(value))
                throw new Error(t('planning.sub.codeFormat'));
            },
          },
        ]}
      >
        <Input placeholder="2.08.02.2.01.0001" autoFocus={!pickOpd} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('planning.sub.name')}
        rules={[
          { required: true, whitespace: true, message: t('common.required') },
          { max: 500, message: t('planning.sub.nameMax') },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      <Form.Item name="outputIndicator" label={t('planning.sub.outputIndicator')}>
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 4 }}
          placeholder={t('planning.sub.outputPlaceholder')}
        />
      </Form.Item>
      <Form.Item name="target" label={t('planning.sub.target')}>
        <Input placeholder={t('planning.sub.targetPlaceholder')} />
      </Form.Item>
      <Form.Item
        name="budget"
        label={t('planning.sub.budget')}
        extra={t('planning.money.hint')}
        rules={moneyRules(t)}
      >
        <MoneyInput placeholder="1.250.000" />
      </Form.Item>
    </FormModal>
  );
}
