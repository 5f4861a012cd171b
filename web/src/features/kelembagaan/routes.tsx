import { lazy, Suspense, type ComponentType } from 'react';
import { FullPageSpinner } from '../../app/guards.tsx';
import { PerRegion } from '../../components/PerRegion.tsx';

// Loaded on first visit; the server answers 403 to whoever may not read the region.
const load = <K extends string>(name: K, file: () => Promise<Record<K, ComponentType>>) =>
  lazy(() => file().then((m) => ({ default: m[name] })));
const PokjaPage = load('PokjaPage', () => import('./PokjaPage.tsx'));
const FocalPointPage = load('FocalPointPage', () => import('./FocalPointPage.tsx'));
const TeamsPage = load('TeamsPage', () => import('./OtherPages.tsx'));
const PartnersPage = load('PartnersPage', () => import('./OtherPages.tsx'));
const FiguresPage = load('FiguresPage', () => import('./OtherPages.tsx'));

function wrap(Page: ComponentType) {
  return function Route() {
    return (
      <PerRegion>
        <Suspense fallback={<FullPageSpinner />}>
          <Page />
        </Suspense>
      </PerRegion>
    );
  };
}

export const PokjaRoute = wrap(PokjaPage);
export const FocalPointRoute = wrap(FocalPointPage);
export const TeamsRoute = wrap(TeamsPage);
export const PartnersRoute = wrap(PartnersPage);
export const KelembagaanFiguresRoute = wrap(FiguresPage);
