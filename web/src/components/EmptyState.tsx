import { Empty } from 'antd';
import type { ReactNode } from 'react';

/** An empty table says what to do next, not just "no data". */
export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={<span style={{ maxWidth: 520, display: 'inline-block' }}>{children}</span>}
    />
  );
}
