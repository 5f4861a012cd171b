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
          label: t('indicators.code'),
          children: <Typography.Text code>{ind.code}</Typography.Text>,
        },
        {
          key: 'definition',
          label: t('indicators.definition'),
          children: labels.definition(ind) || t('indicators.noDefinition'),
        },
        { key: 'group', label: t('indicators.group'), children: labels.group(ind.domainGroup) },
        { key: 'unit', label: t('indicators.unit'), children: labels.unit(ind.unit) },
        {
          key: 'periodicity',
          label: t('indicators.periodicity'),
          children: labels.periodicity(ind.periodicity),
        },
        {
          key: 'source',
          label: t('indicators.source'),
          children: [labels.source(ind.source), ind.sourceNote].filter(Boolean).join(' — '),
        },
        {
          key: 'sexes',
          label: t('indicators.sexes'),
          children: ind.sexes.map((s) => labels.sex(s)).join(', '),
        },
        {
          key: 'dimensions',
          label: t('indicators.dimensions'),
          children: ind.dimensions.length
            ? ind.dimensions.map((d) => <Tag key={d}>{labels.setName(d)}</Tag>)
            : t('data.noDimension'),
        },
        {
          key: 'aggregation',
          label: t('indicators.aggregation'),
          children: t(`data.aggregation.${ind.aggregation}`),
        },
        ...(ind.numeratorCode && ind.denominatorCode
          ? [
              {
                key: 'formula',
                label: t('indicators.formula'),
                children: (
                  <>
                    <div>
                      {t('indicators.formulaText', {
                        multiplier: formatDecimal(ind.multiplier ?? '1'),
                        numerator: t('indicators.numerator').toLowerCase(),
                        denominator: t('indicators.denominator').toLowerCase(),
                      })}
                    </div>
                    <div>
                      {t('indicators.numerator')}: {nameOf(ind.numeratorCode)}
                    </div>
                    <div>
                      {t('indicators.denominator')}: {nameOf(ind.denominatorCode)}
                    </div>
                  </>
                ),
              },
            ]
          : []),
        { key: 'decimals', label: t('indicators.decimals'), children: ind.decimals },
        {
          key: 'jump',
          label: t('indicators.jumpWarning'),
          children: ind.jumpWarningPct
            ? t('indicators.jumpWarningValue', { pct: formatDecimal(ind.jumpWarningPct) })
            : t('indicators.jumpWarningDefault'),
        },
        ...(ind.percentBounded
          ? [{ key: 'bounded', label: t('indicators.percentBounded'), children: t('common.yes') }]
          : []),
        {
          key: 'refs',
          label: t('indicators.refs'),
          children: Object.keys(ind.refs).length
            ? Object.entries(ind.refs).map(([k, v]) => (
                <Tag key={k} color="purple">
                  {k === 'sdg' ? t('indicators.refSdg', { code: v }) : `${k.toUpperCase()} ${v}`}
                </Tag>
              ))
            : t('indicators.noRefs'),
        },
        {
          key: 'owner',
          label: t('indicators.owner'),
          children: (
            <>
              {ind.ownerRegionCode === 'ID'
                ? t('indicators.ownerNational')
                : t('indicatorsAdmin.ownerRegionHint', { code: ind.ownerRegionCode })}
              {!ind.active && <Tag style={{ marginInlineStart: 8 }}>{t('common.inactive')}</Tag>}
            </>
          ),
        },
        ...(showOpd
          ? [
              {
                key: 'opd',
                label: t('indicators.opd'),
                children: (
                  <>
                    <div>{assignment?.opdName ?? t('indicators.unassigned')}</div>
                    {ind.responsibleOpdHint && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('indicators.opdHint', { hint: ind.responsibleOpdHint })}
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
