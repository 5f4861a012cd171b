import { useState, type ReactNode } from 'react';
import { Card, Segmented } from 'antd';
import { BarChartOutlined, TableOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { EChart, type ChartOption } from '../../../components/EChart.tsx';

interface Props {
  title: string;
  option: ChartOption;
  height: number;
  /** The same figures as a table: for screen readers, printing and exact numbers. */
  table: ReactNode;
  testId: string;
}

/**
 * A chart with its data table as the alternative: the reader switches between them, and the
 * chart's label points screen readers to the table.
 */
export function ChartOrTable({ title, option, height, table, testId }: Props) {
  const { t } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <Card
      size="small"
      title={title}
      data-testid={testId}
      extra={
        <Segmented<'chart' | 'table'>
          size="small"
          value={view}
          onChange={setView}
          aria-label={t('monevDashboard.viewOf', { title })}
          options={[
            { value: 'chart', icon: <BarChartOutlined />, label: t('monevDashboard.chart') },
            { value: 'table', icon: <TableOutlined />, label: t('monevDashboard.table') },
          ]}
          data-testid={`${testId}-view`}
        />
      }
    >
      {view === 'chart' ? (
        <EChart option={option} height={height} ariaLabel={t('monevDashboard.chartLabel', { title })} />
      ) : (
        table
      )}
    </Card>
  );
}
