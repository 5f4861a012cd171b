import { useState } from 'react';
import { Button, Card, Flex, Select, Spin, Tabs, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { opdShownTo } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { useRegion } from '../../app/region.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { NationalLevelNotice } from '../../components/NationalLevelNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { mayEditOpd, planningAccessOf } from './access.ts';
import { useRpjmdPeriods, type RpjmdPeriod } from './api-recap.ts';
import { OpdSelect } from './OpdSelect.tsx';
import { usePlanningParams } from './params.ts';
import { PlanTargetsTable } from './PlanTargetsTable.tsx';
import { RpjmdPeriodModal } from './RpjmdPeriodModal.tsx';

/** The period the current year falls in, else the newest. */
function defaultPeriod(periods: RpjmdPeriod[]): RpjmdPeriod | undefined {
  const now = new Date().getFullYear();
  return periods.find((p) => p.startYear <= now && now <= p.endYear) ?? periods[0];
}

/** The RPJMD (five-year plan) with its goals and gender indicators, and each OPD's Renstra. */
export function RpjmdPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { region } = useRegion();
  const access = planningAccessOf(me, region.code);
  const isNational = region.level === 'nasional';
  const periods = useRpjmdPeriods(region.code, !isNational);
  const params = usePlanningParams();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [modal, setModal] = useState<{ period: RpjmdPeriod | null } | null>(null);
  const [tab, setTab] = useState<string>(access.pickOpd ? 'rpjmd' : 'renstra');

  const list = periods.data ?? [];
  const period = list.find((p) => p.id === chosenId) ?? defaultPeriod(list);
  const renstraOpd = opdShownTo(me, region.code, params.opd);

  const header = (
    <PageHeader
      help="rpjmd"
      title={t('planning.rpjmd.title')}
      subtitle={t('planning.rpjmd.subtitle', { region: `${region.name} (${region.code})` })}
      extra={
        access.manageRpjmd &&
        !isNational && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setModal({ period: null })}
            data-testid="rpjmd-add"
          >
            {t('planning.rpjmd.add')}
          </Button>
        )
      }
    />
  );
  if (isNational) return <NationalLevelNotice header={header} hint={t('planning.nationalHint')} />;

  return (
    <>
      {header}
      <ErrorAlert error={periods.error} onRetry={() => void periods.refetch()} />
      {periods.isPending ? (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin description={t('app.loading')} />
        </Flex>
      ) : !period ? (
        <EmptyState>
          {access.manageRpjmd ? t('planning.rpjmd.emptyAdmin') : t('planning.rpjmd.emptyRead')}
        </EmptyState>
      ) : (
        <>
          <Card
            size="small"
            style={{ marginBottom: 16 }}
            title={
              <Flex gap={8} align="center" wrap>
                <Select<string>
                  aria-label={t('planning.rpjmd.period')}
                  prefix={`${t('planning.rpjmd.period')}:`}
                  value={period.id}
                  style={{ width: 260 }}
                  options={list.map((p) => ({ value: p.id, label: `${p.startYear}–${p.endYear}` }))}
                  onChange={setChosenId}
                  data-testid="rpjmd-period"
                />
                {period.isDemo && <Tag color="orange">{t('common.demoTag')}</Tag>}
              </Flex>
            }
            extra={
              access.manageRpjmd && (
                <Button size="small" icon={<EditOutlined />} onClick={() => setModal({ period })}>
                  {t('planning.rpjmd.edit')}
                </Button>
              )
            }
          >
            <Typography.Text type="secondary">{t('planning.rpjmd.vision')}</Typography.Text>
            <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
              {period.vision || t('planning.rpjmd.noVision')}
            </Typography.Paragraph>
          </Card>
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              {
                key: 'rpjmd',
                label: t('planning.rpjmd.goalsTab'),
                children: (
                  <PlanTargetsTable
                    key={period.id}
                    period={period}
                    opdId={null}
                    regionCode={region.code}
                    canEdit={access.manageRpjmd}
                    emptyText={
                      access.manageRpjmd ? t('planning.targets.emptyAdmin') : t('planning.targets.emptyRead')
                    }
                  />
                ),
              },
              {
                key: 'renstra',
                label: t('planning.rpjmd.renstraTab'),
                children: (
                  <>
                    <Typography.Paragraph type="secondary">
                      {t('planning.rpjmd.renstraHint')}
                    </Typography.Paragraph>
                    <div style={{ marginBottom: 12 }}>
                      {access.pickOpd ? (
                        <OpdSelect
                          regionCode={region.code}
                          value={renstraOpd}
                          allowAll={false}
                          onChange={(opd) => params.set({ opd })}
                          testId="renstra-opd"
                        />
                      ) : (
                        <Tag style={{ padding: '4px 10px', fontSize: 14 }}>
                          {t('planning.opdFixed', { name: me.opdName ?? '' })}
                        </Tag>
                      )}
                    </div>
                    {renstraOpd ? (
                      <PlanTargetsTable
                        key={`${period.id}-${renstraOpd}`}
                        period={period}
                        opdId={renstraOpd}
                        regionCode={region.code}
                        canEdit={mayEditOpd(me, region.code, renstraOpd)}
                        emptyText={
                          mayEditOpd(me, region.code, renstraOpd)
                            ? t('planning.targets.emptyRenstraEdit')
                            : t('planning.targets.emptyRenstraRead')
                        }
                      />
                    ) : (
                      <EmptyState>{t('planning.rpjmd.pickOpd')}</EmptyState>
                    )}
                  </>
                ),
              },
            ]}
          />
        </>
      )}
      {modal && (
        <RpjmdPeriodModal
          open
          key={modal.period?.id ?? 'new'}
          period={modal.period}
          regionCode={region.code}
          onClose={() => setModal(null)}
          onSaved={(saved) => setChosenId(saved.id)}
        />
      )}
    </>
  );
}
