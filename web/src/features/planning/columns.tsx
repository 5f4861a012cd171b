import type { ReactNode } from 'react';
import { Button, Tag, Tooltip, Typography } from 'antd';
import { EditOutlined, TagOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { ARG_TAG_COLORS } from './arg.ts';
import type { SubActivity } from './api.ts';
import { formatRupiah } from '../../components/money.ts';

interface Options {
  t: TFunction;
  /** The first column's freezing on a phone (useFrozenFirstColumn). */
  frozen: { fixed?: 'left'; width?: number };
  /** Show the OPD under each name (when the list spans every OPD). */
  showOpd: boolean;
  /** Whether the actions column is drawn at all (someone who may edit some line). */
  withActions: boolean;
  canEdit: (line: SubActivity) => boolean;
  onEdit: (line: SubActivity) => void;
  onTag: (line: SubActivity) => void;
  gapCell: (line: SubActivity) => ReactNode;
}

/** Code and name in one column: the table must fit a laptop screen without scrolling sideways. */
function nameCell(t: TFunction, line: SubActivity, showOpd: boolean) {
  // The kegiatan (or else the program) on a line of its own; the whole path on hover.
  const parent = line.kegiatanName ?? line.programName;
  const path = [line.programName, line.kegiatanName].filter(Boolean).join(' › ');
  return (
    <div>
      <Typography.Text code className="setara-code" style={{ fontSize: 12 }}>
        {line.code}
      </Typography.Text>
      {line.isDemo && (
        <Tag color="orange" style={{ marginInlineStart: 4 }}>
          {t('common.demoTag')}
        </Tag>
      )}
      <Typography.Text strong style={{ display: 'block' }}>
        {line.name}
      </Typography.Text>
      {parent && (
        <Tooltip title={path}>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {parent}
          </Typography.Text>
        </Tooltip>
      )}
      {showOpd && (
        <Tooltip title={line.opdName}>
          <Tag style={{ marginTop: 2 }}>{line.opdShortName || line.opdName}</Tag>
        </Tooltip>
      )}
    </div>
  );
}

/** The ARG tag and amount; for whoever may edit, the tag is also the button that changes it. */
function argCell(t: TFunction, line: SubActivity, editable: boolean, onTag: (line: SubActivity) => void) {
  const label = t('planning.sub.tagFor', { name: `${line.code} ${line.name}` });
  if (!line.argCategory) {
    return editable ? (
      <Button size="small" icon={<TagOutlined />} aria-label={label} onClick={() => onTag(line)}>
        {t('planning.sub.tag')}
      </Button>
    ) : (
      <Typography.Text type="secondary">{t('planning.sub.untagged')}</Typography.Text>
    );
  }
  const tag = (
    <Tooltip title={t(`planning.argCategories.${line.argCategory}.help`)}>
      <Tag color={ARG_TAG_COLORS[line.argCategory]}>
        {t(`planning.argCategories.${line.argCategory}.short`)}
      </Tag>
    </Tooltip>
  );
  return (
    <div>
      {editable ? (
        <Button
          type="text"
          size="small"
          aria-label={label}
          onClick={() => onTag(line)}
          style={{ padding: 0 }}
        >
          {tag}
          <EditOutlined style={{ color: '#8c8c8c' }} />
        </Button>
      ) : (
        tag
      )}
      {line.argCategory !== 'netral' && (
        <div style={{ whiteSpace: 'nowrap', fontSize: 12 }}>{formatRupiah(line.argAmount)}</div>
      )}
    </div>
  );
}

/** The sub-kegiatan table's columns: identity, output, pagu, ARG tag, GAP, edit. */
export function subActivityColumns({
  t,
  frozen,
  showOpd,
  withActions,
  canEdit,
  onEdit,
  onTag,
  gapCell,
}: Options) {
  const columns: ColumnsType<SubActivity> = [
    {
      title: t('planning.sub.codeName'),
      key: 'name',
      ...frozen,
      render: (_: unknown, line) => nameCell(t, line, showOpd),
    },
    {
      title: t('planning.sub.output'),
      key: 'output',
      width: 220,
      render: (_: unknown, line) =>
        line.outputIndicator || line.target ? (
          <div>
            <div>{line.outputIndicator || t('common.none')}</div>
            {line.target && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('planning.sub.targetValue', { target: line.target })}
              </Typography.Text>
            )}
          </div>
        ) : (
          t('common.none')
        ),
    },
    {
      title: t('planning.sub.budget'),
      dataIndex: 'budget',
      align: 'right',
      width: 150,
      render: (budget: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatRupiah(budget)}</span>,
    },
    {
      title: t('planning.sub.arg'),
      key: 'arg',
      width: 180,
      render: (_: unknown, line) => argCell(t, line, canEdit(line), onTag),
    },
    { title: t('planning.sub.gap'), key: 'gap', width: 190, render: (_: unknown, line) => gapCell(line) },
  ];
  if (withActions) {
    columns.push({
      title: t('common.edit'),
      key: 'actions',
      width: 64,
      render: (_: unknown, line) =>
        canEdit(line) ? (
          <Tooltip title={t('common.edit')}>
            <Button
              size="small"
              icon={<EditOutlined />}
              aria-label={t('planning.sub.editFor', { name: `${line.code} ${line.name}` })}
              onClick={() => onEdit(line)}
            />
          </Tooltip>
        ) : null,
    });
  }
  return columns;
}
