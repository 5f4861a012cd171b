import { memo, useId, useMemo, useState } from 'react';
import { Popover, Typography } from 'antd';
import { InfoCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useRegion } from '../../app/region.tsx';
import { useIndicatorCatalog, type Indicator } from '../indicators/api.ts';
import type { CatalogLabels } from '../indicators/labels.ts';
import './grid-info.css';

interface Props {
  indicator: Indicator;
  labels: CatalogLabels;
}

/**
 * What an indicator means, next to its name in the entry grid: its definition, unit, source
 * and, for a rate, its formula — shown on hover and on keyboard focus. Units and source types
 * are words from the locale (data.units, data.sources), never their codes. Memoized on the
 * indicator and the labels, so the rows' re-renders on every keystroke and paste skip it; the
 * popover's content and its catalog read exist only while it is shown.
 */
export const IndicatorInfo = memo(function IndicatorInfo({ indicator, labels }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  const name = labels.name(indicator);
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger={['hover', 'focus']}
      placement="rightTop"
      title={name}
      // Built only while shown: the grid holds one per indicator.
      content={open ? <InfoContent id={id} indicator={indicator} labels={labels} /> : null}
    >
      <button
        type="button"
        className="setara-ind-info-btn"
        aria-label={t('indicatorInfo.button', { name })}
        aria-describedby={open ? id : undefined}
        onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
        data-testid={`info-button-${indicator.code}`}
      >
        <InfoCircleOutlined aria-hidden />
      </button>
    </Popover>
  );
});

function InfoContent({ id, indicator, labels }: Props & { id: string }) {
  const { t } = useTranslation();
  const { region } = useRegion();
  // The catalog the entry page has loaded already (cached): a rate's parts by name.
  const catalog = useIndicatorCatalog(region.code);
  const nameOf = useMemo(() => {
    const byCode = new Map((catalog.data ?? []).map((i) => [i.code, i]));
    return (code: string) => {
      const found = byCode.get(code);
      return found ? labels.name(found) : code;
    };
  }, [catalog.data, labels]);
  const definition = labels.definition(indicator);
  const source = labels.source(indicator.source);

  return (
    <dl id={id} role="tooltip" className="setara-ind-info" data-testid={`info-${indicator.code}`}>
      <dt>{t('indicators.definition')}</dt>
      <dd>{definition || t('indicators.noDefinition')}</dd>
      <dt>{t('indicators.unit')}</dt>
      <dd>{labels.unit(indicator.unit)}</dd>
      <dt>{t('indicators.source')}</dt>
      <dd>{indicator.sourceNote ? `${source} — ${indicator.sourceNote}` : source}</dd>
      {indicator.aggregation === 'ratio' && indicator.numeratorCode && indicator.denominatorCode && (
        <>
          <dt>{t('indicators.formula')}</dt>
          <dd>
            {t('indicators.formulaText', {
              multiplier: indicator.multiplier ?? '1',
              numerator: nameOf(indicator.numeratorCode),
              denominator: nameOf(indicator.denominatorCode),
            })}
            <Typography.Text type="secondary" className="setara-ind-info-rule">
              {t('indicatorInfo.rateRule')}
            </Typography.Text>
          </dd>
        </>
      )}
    </dl>
  );
}
