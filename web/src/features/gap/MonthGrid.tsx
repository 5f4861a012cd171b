import { Checkbox, Input, Button, Table, Tooltip } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { TorScheduleItem } from '../../../../domain/planning/gap-content.ts';
import { newId } from './ids.ts';
import { useLang } from './lang.ts';

interface Props {
  items: TorScheduleItem[];
  readOnly: boolean;
  onChange: (items: TorScheduleItem[]) => void;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** The TOR schedule: one row per activity, one tick per month of the budget year. */
export function MonthGrid({ items, readOnly, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const monthName = (m: number, format: string) =>
    dayjs()
      .locale(lang)
      .month(m - 1)
      .format(format);
  const update = (id: string, patch: Partial<TorScheduleItem>) =>
    onChange(items.map((i) => (i.id === id ? { ...i, ...patch } : i)));
  const toggle = (item: TorScheduleItem, month: number, on: boolean) =>
    update(item.id, {
      months: on
        ? [...new Set([...item.months, month])].sort((a, b) => a - b)
        : item.months.filter((m) => m !== month),
    });

  const columns: ColumnsType<TorScheduleItem> = [
    {
      title: t('gap.tor.activity'),
      key: 'activity',
      width: 200,
      fixed: 'left',
      render: (_: unknown, item, index) => (
        <Input.TextArea
          aria-label={t('gap.tor.activityN', { n: index + 1 })}
          autoSize={{ minRows: 1, maxRows: 4 }}
          value={item.activity}
          readOnly={readOnly}
          onChange={(e) => update(item.id, { activity: e.target.value })}
        />
      ),
    },
    ...MONTHS.map((m) => ({
      title: <Tooltip title={monthName(m, 'MMMM')}>{monthName(m, 'MMM')}</Tooltip>,
      key: `m${m}`,
      width: 44,
      align: 'center' as const,
      render: (_: unknown, item: TorScheduleItem, index: number) => (
        <Checkbox
          aria-label={t('gap.tor.monthOf', { n: index + 1, month: monthName(m, 'MMMM') })}
          checked={item.months.includes(m)}
          disabled={readOnly}
          onChange={(e) => toggle(item, m, e.target.checked)}
        />
      ),
    })),
  ];
  if (!readOnly) {
    columns.push({
      title: '',
      key: 'remove',
      width: 48,
      render: (_: unknown, item, index) => (
        <Button
          type="text"
          danger
          size="small"
          icon={<DeleteOutlined />}
          aria-label={t('gap.tor.removeActivity', { n: index + 1 })}
          onClick={() => onChange(items.filter((i) => i.id !== item.id))}
        />
      ),
    });
  }

  return (
    <>
      <Table<TorScheduleItem>
        data-testid="tor-schedule"
        rowKey="id"
        size="small"
        bordered
        pagination={false}
        columns={columns}
        dataSource={items}
        scroll={{ x: 780 }}
        locale={{ emptyText: t('gap.tor.noSchedule') }}
      />
      {!readOnly && (
        <Button
          style={{ marginTop: 8 }}
          icon={<PlusOutlined />}
          onClick={() => onChange([...items, { id: newId(), activity: '', months: [] }])}
        >
          {t('gap.tor.addActivity')}
        </Button>
      )}
    </>
  );
}
