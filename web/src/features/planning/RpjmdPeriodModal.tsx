import { Form, Input, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal.tsx';
import { useSaveRpjmd, type RpjmdPeriod } from './api-recap.ts';
import { currentYear } from './params.ts';

interface Props {
  open: boolean;
  period: RpjmdPeriod | null;
  regionCode: string;
  onClose: () => void;
  onSaved: (period: RpjmdPeriod) => void;
}

interface Values {
  startYear: number;
  vision: string;
}

const FIELDS = ['startYear', 'vision'] as const;

/** An RPJMD runs five years: the end year follows the start year. */
export const RPJMD_YEARS = 5;

export function RpjmdPeriodModal({ open, period, regionCode, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const save = useSaveRpjmd(regionCode);

  async function submit(values: Values) {
    const saved = await save.mutateAsync({
      id: period?.id,
      input: {
        startYear: values.startYear,
        endYear: values.startYear + RPJMD_YEARS - 1,
        vision: (values.vision ?? '').trim(),
      },
    });
    onSaved(saved);
    return t(period ? 'planning.rpjmd.updated' : 'planning.rpjmd.created', {
      period: `${saved.startYear}–${saved.endYear}`,
    });
  }

  return (
    <FormModal<Values>
      open={open}
      title={t(period ? 'planning.rpjmd.editTitle' : 'planning.rpjmd.createTitle')}
      initialValues={
        period ? { startYear: period.startYear, vision: period.vision } : { startYear: currentYear() }
      }
      fields={FIELDS}
      pending={save.isPending}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        name="startYear"
        label={t('planning.rpjmd.startYear')}
        rules={[{ required: true, message: t('common.required') }]}
        extra={<EndYear />}
      >
        <InputNumber min={2000} max={2100} precision={0} autoFocus style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        name="vision"
        label={t('planning.rpjmd.vision')}
        rules={[{ max: 2000, message: t('planning.rpjmd.visionMax') }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          placeholder={t('planning.rpjmd.visionPlaceholder')}
        />
      </Form.Item>
    </FormModal>
  );
}

/** "Ends 2029" under the start year, read from the form the field sits in. */
function EndYear() {
  const { t } = useTranslation();
  const start = Form.useWatch<number | null | undefined>('startYear', Form.useFormInstance());
  if (!start) return null;
  return (
    <Typography.Text type="secondary">
      {t('planning.rpjmd.endYear', { end: start + RPJMD_YEARS - 1 })}
    </Typography.Text>
  );
}
