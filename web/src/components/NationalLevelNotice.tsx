import { Alert } from 'antd';
import type { ReactNode } from 'react';

/**
 * What a regional page shows at the national level, which holds no regional data: its own
 * header and a hint to pick a province or kab/kota in the region switcher.
 */
export function NationalLevelNotice({
  header,
  hint,
  testId,
}: {
  header: ReactNode;
  hint: string;
  testId?: string;
}) {
  return (
    <>
      {header}
      <Alert type="info" showIcon title={hint} data-testid={testId} />
    </>
  );
}
