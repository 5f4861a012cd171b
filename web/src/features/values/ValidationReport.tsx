import { useCallback, useState } from 'react';
import { Alert, Flex, Select } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Violation } from '../../../../domain/value-rules.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAssignments, type Indicator } from '../indicators/api.ts';
import type { CatalogLabels } from '../indicators/labels.ts';
import { useValidationReport } from './api.ts';
import { entryLink } from './links.ts';
import { useViolationText } from './violations.ts';
import { ViolationTable } from './ViolationTable.tsx';

interface Props {
  regionCode: string;
  period: string;
  catalog: Indicator[];
  labels: CatalogLabels;
  regionSearch: string;
}

/** Every rule violation of the region's values in a period, with the OPD that answers for it. */
export function ValidationReport({ regionCode, period, catalog, labels, regionSearch }: Props) {
  const { t } = useTranslation();
  const report = useValidationReport(regionCode, period);
  const assignments = useAssignments(regionCode);
  const [severity, setSeverity] = useState<'' | 'error' | 'warning'>('');
  const nameOf = useCallback(
    (code: string) => {
      const found = catalog.find((i) => i.code === code);
      return found ? labels.name(found) : code;
    },
    [catalog, labels],
  );
  const describe = useViolationText(labels, nameOf);
  const opdOf = new Map((assignments.data ?? []).map((a) => [a.indicatorCode, a]));
  const rows = (report.data ?? []).filter((v) => !severity || v.severity === severity);

  const extra: ColumnsType<Violation> = [
    {
      title: t('review.opd'),
      key: 'opd',
      width: 200,
      render: (_: unknown, v) => {
        const a = opdOf.get(v.indicatorCode);
        if (!a) return t('indicators.unassigned');
        return (
          <Link
            to={entryLink(a.opdId, period, regionSearch)}
            aria-label={t('review.openAction', { opd: a.opdName })}
          >
            {a.opdName}
          </Link>
        );
      },
    },
  ];

  return (
    <>
      <Flex gap={8} style={{ marginBottom: 12 }}>
        <Select<'' | 'error' | 'warning'>
          aria-label={t('review.severityFilter')}
          value={severity}
          onChange={setSeverity}
          style={{ width: 200 }}
          options={[
            { value: '', label: t('review.allSeverities') },
            { value: 'error', label: t('data.severity.error') },
            { value: 'warning', label: t('data.severity.warning') },
          ]}
        />
      </Flex>
      <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />
      {rows.some((v) => v.rule === 'rate_mismatch') && (
        // Which figure a publication will show is a rule, said where the difference is found.
        <Alert
          type="info"
          showIcon
          data-testid="rate-rule"
          style={{ marginBottom: 12 }}
          title={t('rates.ruleTitle')}
          description={t('rates.rule')}
        />
      )}
      {report.data && rows.length === 0 ? (
        <EmptyState>{t('review.reportEmpty', { period })}</EmptyState>
      ) : (
        <ViolationTable
          testId="validation-report"
          violations={rows}
          labels={labels}
          nameOf={nameOf}
          describe={describe}
          extraColumns={extra}
          pageSize={20}
        />
      )}
    </>
  );
}
