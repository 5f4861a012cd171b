import { Descriptions, Table, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportSection, ReportTable } from '../../../../api/annual-report.ts';
import { EmptyState } from '../../components/EmptyState.tsx';

/**
 * The assembled figures as the PDF and DOCX print them: the server sends each section already
 * in the document's Indonesian (api/annual-report.ts), so what is previewed is what is printed;
 * only the tab names follow the interface language.
 */
function TableView({ table }: { table: ReportTable }) {
  const rows = table.rows.map((cells, i) => ({ key: i, cells }));
  return (
    <div style={{ marginTop: 16 }}>
      <Typography.Title level={5}>{table.title}</Typography.Title>
      {rows.length === 0 ? (
        <Typography.Text type="secondary">{table.empty}</Typography.Text>
      ) : (
        <Table
          size="small"
          pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          scroll={{ x: 'max-content' }}
          dataSource={rows}
          data-testid={`annual-table-${table.key}`}
          columns={table.columns.map((c, i) => ({
            key: i,
            title: c.label,
            align: c.align,
            render: (_: unknown, row: { cells: string[] }) => row.cells[i],
          }))}
        />
      )}
    </div>
  );
}

function SectionView({ section }: { section: ReportSection }) {
  return (
    <div data-testid={`annual-section-${section.key}`}>
      <Typography.Paragraph type="secondary" italic>
        {section.source}
      </Typography.Paragraph>
      {section.empty ? (
        <EmptyState>{section.empty}</EmptyState>
      ) : (
        <>
          <Descriptions
            bordered
            size="small"
            column={1}
            items={section.facts.map((f) => ({ key: f.key, label: f.label, children: f.value }))}
          />
          {section.tables.map((t) => (
            <TableView key={t.key} table={t} />
          ))}
        </>
      )}
    </div>
  );
}

export function SectionsPreview({ sections }: { sections: ReportSection[] }) {
  const { t } = useTranslation();
  return (
    <Tabs
      items={sections.map((s, i) => ({
        key: s.key,
        label: `${i + 1}. ${t(`annualReport.sections.${s.key}`, { defaultValue: s.title })}`,
        children: <SectionView section={s} />,
      }))}
    />
  );
}
