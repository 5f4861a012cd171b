import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { rateSetAside } from '../../../../api/explore.ts';
import { formatDecimal } from '../../components/format.ts';
import { formatAggregate } from './format.ts';

type SetAside = NonNullable<z.infer<typeof rateSetAside>>;

interface Props {
  /** Each figure shown, named as the table names it (a kab/kota, a period). */
  items: { where: string; setAside?: SetAside }[];
  decimals: number;
}

/**
 * Says where a rate shown was computed from its counts although the OPD typed another one
 * (the publish rule, domain/rate-mismatch.ts): the figure is never replaced silently.
 * Nothing is shown when no typed rate was set aside.
 */
export function RateSetAsideNote({ items, decimals }: Props) {
  const { t } = useTranslation();
  const lines = items.flatMap((item) =>
    (item.setAside ?? []).map((s) =>
      t('rates.setAside', {
        where: item.where,
        sex: t(`data.sex.${s.sex}`).toLowerCase(),
        typed: formatDecimal(String(s.typed)),
        published: formatAggregate(s.published, decimals),
      }),
    ),
  );
  if (lines.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="rate-set-aside"
      style={{ margin: '12px 0' }}
      title={t('rates.setAsideTitle')}
      description={
        <>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          <div style={{ marginTop: 4 }}>{t('rates.rule')}</div>
        </>
      }
    />
  );
}
