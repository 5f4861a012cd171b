import { Fragment, type ReactNode } from 'react';
import { useRegion } from '../app/region.tsx';

/** Starts its content afresh when the region changes: filters and pages of one region mean nothing in another. */
export function PerRegion({ children }: { children: ReactNode }) {
  const { region } = useRegion();
  return <Fragment key={region.code}>{children}</Fragment>;
}
