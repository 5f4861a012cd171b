import { Button, Flex, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import type { Assignment, Indicator } from './api.ts';
import type { CatalogLabels } from './labels.ts';
import { ManageActions } from './ManageActions.tsx';
import { OwnerTag } from './OwnerTag.tsx';

interface Options {
  t: TFunction;
  labels: CatalogLabels;
  /** Indicator -> its OPD; absent at national level, where no OPD exists. */
  opdOf?: Map<string, Assignment>;
  canManage: (owner: string) => boolean;
  /** Whether the user may change any row shown (adds the actions column). */
  manages: boolean;
  onOpen: (code: string) => void;
  onEdit: (ind: Indicator) => void;
  onToggleActive: (ind: Indicator) => Promise<void>;
}

/** The catalog table's columns; the name opens the definition, the actions the form. */
export function indicatorColumns(o: Options): ColumnsType<Indicator> {
  const { t, labels } = o;
  const columns: ColumnsType<Indicator> = [
    {
      title: t('indicators.name'),
      key: 'name',
      render: (_: unknown, ind) => (
        <div>
          <Button
            type="link"
            style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
            aria-label={t('indicators.details', { code: ind.code })}
            onClick={() => o.onOpen(ind.code)}
          >
            {labels.name(ind)}
          </Button>
          <Flex gap={6} align="center" wrap style={{ marginTop: 2 }}>
            <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
              {ind.code}
            </Typography.Text>
            <OwnerTag owner={ind.ownerRegionCode} />
            {!ind.active && <Tag>{t('common.inactive')}</Tag>}
          </Flex>
        </div>
      ),
    },
    {
      title: t('indicators.group'),
      dataIndex: 'domainGroup',
      width: 150,
      render: (g: string) => labels.group(g),
    },
    {
      title: t('indicators.unit'),
      key: 'unit',
      width: 120,
      render: (_: unknown, ind) => (
        <>
          <div>{labels.unit(ind.unit)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {labels.periodicity(ind.periodicity)}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('indicators.dimensions'),
      key: 'dimensions',
      width: 170,
      render: (_: unknown, ind) => (
        <>
          <div>{ind.sexes.map((s) => labels.sex(s)).join(', ')}</div>
          {ind.dimensions.map((d) => (
            <Tag key={d} style={{ marginTop: 4 }}>
              {labels.setName(d)}
            </Tag>
          ))}
        </>
      ),
    },
    {
      title: t('indicators.source'),
      dataIndex: 'source',
      width: 120,
      render: (s: string) => labels.source(s),
    },
  ];
  const { opdOf } = o;
  if (opdOf) {
    columns.push({
      title: t('indicators.opd'),
      key: 'opd',
      width: 170,
      render: (_: unknown, ind) =>
        opdOf.get(ind.code)?.opdName ?? (
          <Typography.Text type="secondary">{t('indicators.unassigned')}</Typography.Text>
        ),
    });
  }
  if (o.manages) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      // Rows of another catalog (national, the province's) have no actions: their owner tag says why.
      render: (_: unknown, ind) =>
        o.canManage(ind.ownerRegionCode) && (
          <ManageActions
            subject={ind.code}
            active={ind.active}
            deactivateConfirm={t('indicatorsAdmin.deactivateConfirm', { name: labels.name(ind) })}
            onEdit={() => o.onEdit(ind)}
            onToggleActive={() => o.onToggleActive(ind)}
            testId={`indicator-actions-${ind.code}`}
          />
        ),
    });
  }
  return columns;
}
