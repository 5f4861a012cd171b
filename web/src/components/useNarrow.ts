import { Grid } from 'antd';

/**
 * Below antd's md breakpoint (768 px): a phone. Wide tables then freeze their first column at
 * `width` and scroll the rest inside their own box, so no value column falls off the page.
 */
export function useFrozenFirstColumn(width: number): { fixed?: 'left'; width?: number } {
  const { md } = Grid.useBreakpoint();
  return md === false ? { fixed: 'left', width } : {};
}
