import { App as AntApp, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useActiveOpds } from '../opd/api.ts';
import { useSetAssignment, type Assignment } from './api.ts';

interface Props {
  regionCode: string;
  indicatorCode: string;
  assignment: Assignment | null;
}

/** The admin's picker of the OPD that answers for an indicator; clearing it unassigns. */
export function AssignOpdSelect({ regionCode, indicatorCode, assignment }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const opds = useActiveOpds(regionCode);
  const save = useSetAssignment(regionCode);

  async function change(opdId: string | undefined) {
    try {
      await save.mutateAsync({ indicatorCode, opdId: opdId ?? null });
      const name = opds.data?.find((o) => o.id === opdId)?.name;
      message.success(
        name
          ? t('indicators.assigned', { code: indicatorCode, opd: name })
          : t('indicators.unassignedDone', { code: indicatorCode }),
      );
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <Form layout="vertical" component="div">
      <Form.Item label={t('indicators.assign')} extra={t('indicators.assignHelp')} htmlFor="assign-opd">
        <Select<string>
          id="assign-opd"
          data-testid="assign-opd"
          value={assignment?.opdId}
          placeholder={t('indicators.assignPlaceholder')}
          loading={opds.isPending || save.isPending}
          disabled={save.isPending}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          options={(opds.data ?? []).map((o) => ({ value: o.id, label: `${o.name} (${o.shortName})` }))}
          onChange={(v) => void change(v)}
        />
      </Form.Item>
    </Form>
  );
}
