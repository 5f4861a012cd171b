import type { ReactNode } from 'react';
import { Button, Space, Tag, Tooltip, Typography } from 'antd';
import { EditOutlined, TagOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { ARG_TAG_COLORS } from './arg.ts';
import type { SubActivity } from './api.ts';
import { formatRupiah } from './money.ts';

interface Options {
  t: TFunction;
  /** Show the OPD column (when the list spans every OPD). */
  showOpd: boolean;
  canEdit: (line: SubActivity) => boolean;
  onEdit: (line: SubActivity) => void;
  onTag: (line: SubActivity) => void;
  gapCell: (line: SubActivity) => ReactNode;
}

/** The sub-kegiatan table's columns: identity, output, pagu, ARG tag, GAP, actions. */
export function subActivityColumns({ t, showOpd, canEdit, onEdit, onTag, gapCell }: Options) {
  const columns: ColumnsType<SubActivity> = [
    {
      title: t('planning.sub.code'),
      dataIndex: 'code',
      width: 180,
      render: (code: string) => (
        <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
          {code}
        </Typography.Text>
      ),
    },
    {
      title: t('planning.sub.name'),
      dataIndex: 'name',
      width: 360,
      render: (name: string, line) => {
        // The kegiatan (or else the program) on a second line; the whole path on hover.
        const parent = line.kegiatanName ?? line.programName;
        const path = [line.programName, line.kegiatanName].filter(Boolean).join(' › ');
        return (
          <div>
            <Typography.Text strong>{name}</Typography.Text>
            {line.isDemo && (
              <Tag color="orange" style={{ marginInlineStart: 6 }}>
                {t('common.demoTag')}
              </Tag>
            )}
            {parent && (
              <Tooltip title={path}>
                <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }}>
                  {parent}
                </Typography.Text>
              </Tooltip>
            )}
            {showOpd && (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {line.opdName}
              </Typography.Text>
            )}
          </div>
        );
      },
    },
    {
      title: t('planning.sub.output'),
      key: 'output',
      width: 230,
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
      width: 170,
      render: (budget: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatRupiah(budget)}</span>,
    },
    {
      title: t('planning.sub.arg'),
      key: 'arg',
      width: 180,
      render: (_: unknown, line) =>
        line.argCategory ? (
          <div>
            <Tooltip title={t(`planning.argCategories.${line.argCategory}.help`)}>
              <Tag color={ARG_TAG_COLORS[line.argCategory]}>
                {t(`planning.argCategories.${line.argCategory}.short`)}
              </Tag>
            </Tooltip>
            {line.argCategory !== 'netral' && (
              <div style={{ whiteSpace: 'nowrap', fontSize: 12 }}>{formatRupiah(line.argAmount)}</div>
            )}
          </div>
        ) : (
          <Typography.Text type="secondary">{t('planning.sub.untagged')}</Typography.Text>
        ),
    },
    { title: t('planning.sub.gap'), key: 'gap', width: 190, render: (_: unknown, line) => gapCell(line) },
  ];
  columns.push({
    title: t('common.actions'),
    key: 'actions',
    width: 170,
    fixed: 'right',
    render: (_: unknown, line) =>
      canEdit(line) ? (
        <Space size={4}>
          <Button
            size="small"
            icon={<TagOutlined />}
            aria-label={t('planning.sub.tagFor', { name: line.name })}
            onClick={() => onTag(line)}
          >
            {t('planning.sub.tag')}
          </Button>
          <Button
            size="small"
            icon={<EditOutlined />}
            aria-label={t('planning.sub.editFor', { name: line.name })}
            onClick={() => onEdit(line)}
          />
        </Space>
      ) : null,
  });
  return columns;
}
