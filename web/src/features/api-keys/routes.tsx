import { lazy, Suspense } from 'react';
import { canManageApiKeys } from '../../../../domain/api-keys.ts';
import { useMe } from '../../app/auth.tsx';
import { FullPageSpinner, RequireAllowed } from '../../app/guards.tsx';

const ApiKeysPage = lazy(() => import('./ApiKeysPage.tsx').then((m) => ({ default: m.ApiKeysPage })));

/** /publikasi/kunci-api: the superadmin's list of API keys; 403 in place for everyone else, as the server answers. */
export function ApiKeysRoute() {
  const me = useMe();
  return (
    <RequireAllowed allowed={canManageApiKeys(me)}>
      <Suspense fallback={<FullPageSpinner />}>
        <ApiKeysPage />
      </Suspense>
    </RequireAllowed>
  );
}
