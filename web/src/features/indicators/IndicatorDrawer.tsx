import { Button, Descriptions, Drawer, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { canManageOpds } from '../../../../domain/access.ts';
import { accessActorOf } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { formatDecimal } from '../../components/format.ts';
import type { Assignment, Indicator } from './api.ts';
import { AssignOpdSelect } from './AssignOpdSelect.tsx';
import type { CatalogLabels } from './labels.ts';

interface Props {
  indicator: Indicator | null;
  catalog: Indicator[];
  labels: CatalogLabels;
  assignment: Assignment | null;
  regionCode: string;
  showOpd: boolean;
  /** Present when the user may change this indicator. */
  onEdit?: () => void;
  onClose: () => void;
}

/** The full definition of one indicator, and for the region's admin its responsible OPD. */
export function IndicatorDrawer({
  indicator,
  catalog,
  labels,
  assignment,
  regionCode,
  showOpd,
  onEdit,
  onClose,
}: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const canAssign = canManageOpds(accessActorOf(me), regionCode);
  const ind = indicator;

  const nameOf = (code: string | null) => {
    const found = catalog.find((i) => i.code === code);
    return found ? `${labels.name(found)} (${code})` : (code ?? '');
  };

  const items: DescriptionsProps['items'] = ind
    ? [
        {
          key: 'code',
          label: t('catalog.code'),
          children: <Typography.Text code>{ind.code}</Typography.Text>,
        },
        {
          key: 'definition',
          label: t('catalog.definition'),
          children: labels.definition(ind) || t('catalog.noDefinition'),
        },
        { key: 'group', label: t('catalog.group'), children: labels.group(ind.domainGroup) },
        { key: 'unit', label: t('catalog.unit'), children: labels.unit(ind.unit) },
        {
          key: 'periodicity',
          label: t('catalog.periodicity'),
          children: labels.periodicity(ind.periodicity),
        },
        {
          key: 'source',
          label: t('catalog.source'),
          children: [labels.source(ind.source), ind.sourceNote].filter(Boolean).join(' — '),
        },
        { key: 'sexes', label: t('catalog.sexes'), children: ind.sexes.map((s) => labels.sex(s)).join(', ') },
        {
          key: 'dimensions',
          label: t('catalog.dimensions'),
          children: ind.dimensions.length
            ? ind.dimensions.map((d) => <Tag key={d}>{labels.setName(d)}</Tag>)
            : t('data.noDimension'),
        },
        {
          key: 'aggregation',
          label: t('catalog.aggregation'),
          children: t(`data.aggregation.${ind.aggregation}`),
        },
        ...(ind.numeratorCode && ind.denominatorCode
          ? [
              {
                key: 'formula',
                label: t('catalog.formula'),
                children: (
                  <>
                    <div>
                      {t('catalog.formulaText', {
                        multiplier: formatDecimal(ind.multiplier ?? '1'),
                        numerator: t('catalog.numerator').toLowerCase(),
                        denominator: t('catalog.denominator').toLowerCase(),
                      })}
                    </div>
                    <div>
                      {t('catalog.numerator')}: {nameOf(ind.numeratorCode)}
                    </div>
                    <div>
                      {t('catalog.denominator')}: {nameOf(ind.denominatorCode)}
                    </div>
                  </>
                ),
              },
            ]
          : []),
        { key: 'decimals', label: t('catalog.decimals'), children: ind.decimals },
        {
          key: 'jump',
          label: t('catalog.jumpWarning'),
          children: ind.jumpWarningPct
            ? t('catalog.jumpWarningValue', { pct: formatDecimal(ind.jumpWarningPct) })
            : t('catalog.jumpWarningDefault'),
        },
        ...(ind.percentBounded
          ? [{ key: 'bounded', label: t('catalog.percentBounded'), children: t('common.yes') }]
          : []),
        {
          key: 'refs',
          label: t('catalog.refs'),
          children: Object.keys(ind.refs).length
            ? Object.entries(ind.refs).map(([k, v]) => (
                <Tag key={k} color="purple">
                  {k === 'sdg' ? t('catalog.refSdg', { code: v }) : `${k.toUpperCase()} ${v}`}
                </Tag>
              ))
            : t('catalog.noRefs'),
        },
        {
          key: 'owner',
          label: t('catalog.owner'),
          children: (
            <>
              {ind.ownerRegionCode === 'ID'
                ? t('catalog.ownerNational')
                : t('catalogAdmin.ownerRegionHint', { code: ind.ownerRegionCode })}
              {!ind.active && <Tag style={{ marginInlineStart: 8 }}>{t('common.inactive')}</Tag>}
            </>
          ),
        },
        ...(showOpd
          ? [
              {
                key: 'opd',
                label: t('catalog.opd'),
                children: (
                  <>
                    <div>{assignment?.opdName ?? t('catalog.unassigned')}</div>
                    {ind.responsibleOpdHint && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('catalog.opdHint', { hint: ind.responsibleOpdHint })}
                      </Typography.Text>
                    )}
                  </>
                ),
              },
            ]
          : []),
      ]
    : [];

  return (
    <Drawer
      open={ind !== null}
      onClose={onClose}
      size={560}
      title={ind ? labels.name(ind) : ''}
      destroyOnHidden
      data-testid="indicator-drawer"
      extra={
        onEdit && (
          <Button icon={<EditOutlined />} onClick={onEdit}>
            {t('common.edit')}
          </Button>
        )
      }
    >
      {ind && (
        <>
          {/* The one thing an admin changes here comes first; the definition is reference. */}
          {showOpd && canAssign && (
            <AssignOpdSelect regionCode={regionCode} indicatorCode={ind.code} assignment={assignment} />
          )}
          <Descriptions column={1} size="small" bordered items={items} styles={{ label: { width: 170 } }} />
        </>
      )}
    </Drawer>
  );
}
