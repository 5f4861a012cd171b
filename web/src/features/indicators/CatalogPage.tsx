import { useState } from 'react';
import { Flex, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRegion } from '../../app/region.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { DimensionsTab } from './DimensionsTab.tsx';
import { IndicatorsTab } from './IndicatorsTab.tsx';
import { RulesTab } from './RulesTab.tsx';

const TABS = ['indikator', 'dimensi', 'aturan'] as const;
type TabKey = (typeof TABS)[number];
const TAB_PARAM = 'tab';

/**
 * The catalog in three parts: indicators, the dimension sets they break down by, and the
 * validation rules between them. The tab lives in the URL so a link can open any of them.
 */
export function CatalogPage() {
  const { t } = useTranslation();
  const { region } = useRegion();
  const [params, setParams] = useSearchParams();
  const asked = params.get(TAB_PARAM);
  const tab: TabKey = TABS.find((k) => k === asked) ?? 'indikator';
  // Where the open tab puts its buttons (see TabActions).
  const [slot, setSlot] = useState<HTMLElement | null>(null);

  function choose(next: string) {
    setParams((prev) => {
      const copy = new URLSearchParams(prev);
      if (next === 'indikator') copy.delete(TAB_PARAM);
      else copy.set(TAB_PARAM, next);
      return copy;
    });
  }

  return (
    <>
      <PageHeader
        help="katalog"
        title={t('indicators.title')}
        subtitle={t('indicators.subtitle', { region: `${region.name} (${region.code})` })}
        // Outside the tab bar: its role="tablist" may hold tabs only (axe, WAI-ARIA).
        extra={<Flex gap={8} ref={setSlot} />}
      />
      <Tabs
        activeKey={tab}
        onChange={choose}
        destroyOnHidden
        items={[
          {
            key: 'indikator',
            label: t('indicatorsAdmin.tabIndicators'),
            children: <IndicatorsTab slot={slot} />,
          },
          {
            key: 'dimensi',
            label: t('indicatorsAdmin.tabDimensions'),
            children: <DimensionsTab slot={slot} />,
          },
          { key: 'aturan', label: t('indicatorsAdmin.tabRules'), children: <RulesTab slot={slot} /> },
        ]}
      />
    </>
  );
}
