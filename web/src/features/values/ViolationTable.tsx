import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Violation } from '../../../../domain/value-rules.ts';
import type { CatalogLabels } from '../indicators/labels.ts';

interface Props {
  violations: Violation[];
  labels: CatalogLabels;
  nameOf: (code: string) => string;
  describe: (v: Violation) => string;
  /** Columns after the message (the review page adds the OPD and a link). */
  extraColumns?: ColumnsType<Violation>;
  pageSize?: number;
  testId?: string;
}

/** Rule violations with indicator names and sex/breakdown labels, errors first. */
export function ViolationTable({
  violations,
  labels,
  nameOf,
  describe,
  extraColumns = [],
  pageSize,
  testId,
}: Props) {
  const { t } = useTranslation();
  const rows = [...violations]
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
    .map((v, i) => ({ ...v, key: i }));

  const columns: ColumnsType<Violation> = [
    {
      title: t('review.severity'),
      dataIndex: 'severity',
      width: 120,
      render: (s: Violation['severity']) => (
        <Tag color={s === 'error' ? 'red' : 'orange'}>{t(`data.severity.${s}`)}</Tag>
      ),
    },
    {
      title: t('review.indicator'),
      dataIndex: 'indicatorCode',
      render: (code: string) => (
        <>
          <div>{nameOf(code)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {code}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('review.sex'),
      dataIndex: 'sex',
      width: 120,
      render: (sex?: string) => (sex ? labels.sex(sex) : t('common.none')),
    },
    {
      title: t('review.breakdown'),
      dataIndex: 'comboKey',
      width: 170,
      render: (combo?: string) => labels.combo(combo ?? ''),
    },
    { title: t('review.message'), key: 'message', render: (_: unknown, v) => describe(v) },
    ...extraColumns,
  ];

  return (
    <Table<Violation>
      data-testid={testId}
      size="small"
      columns={columns}
      dataSource={rows}
      scroll={{ x: 860 }}
      pagination={pageSize && rows.length > pageSize ? { pageSize, showSizeChanger: false } : false}
    />
  );
}
