import type { ReactNode } from 'react';
import { Button, Flex, Result, Spin } from 'antd';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AccessActor } from '../../../domain/access.ts';
import { capabilitiesOf, type Capabilities } from '../../../domain/roles.ts';
import { accessActorOf } from './access.ts';
import { useAuth, useMe } from './auth.tsx';
import { useRegion } from './region.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { ResultTitle } from '../components/PageHeader.tsx';

export function FullPageSpinner() {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="center" style={{ minHeight: '60vh' }}>
      <Spin size="large" description={t('app.loading')} />
    </Flex>
  );
}

/** Sends visitors without a session to /login, remembering where they wanted to go. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { me, loading, error, refetch } = useAuth();
  const location = useLocation();
  if (loading) return <FullPageSpinner />;
  if (error && !me) {
    return (
      <div style={{ maxWidth: 640, margin: '64px auto' }}>
        <ErrorAlert error={error} onRetry={refetch} />
      </div>
    );
  }
  if (!me) return <Navigate to="/login" replace state={{ from: location }} />;
  return <>{children}</>;
}

/** Pages the role may not use answer 403 in place, the same rule the sidebar uses to hide them. */
export function RequireCapability({
  capability,
  children,
}: {
  capability: keyof Capabilities;
  children: ReactNode;
}) {
  const { me } = useAuth();
  return <RequireAllowed allowed={!!me && capabilitiesOf(me.role)[capability]}>{children}</RequireAllowed>;
}

/**
 * Pages for whom a shared access rule (domain/access.ts) allows on the region being worked
 * on; answers 403 in place otherwise. Must sit inside the region context (the signed-in shell).
 */
export function RequireAccess({
  rule,
  children,
}: {
  rule: (actor: AccessActor, regionCode: string) => boolean;
  children: ReactNode;
}) {
  const me = useMe();
  const { region } = useRegion();
  return <RequireAllowed allowed={rule(accessActorOf(me), region.code)}>{children}</RequireAllowed>;
}

/** The same 403 for pages whose rule is not one of the foundation's capabilities. */
export function RequireAllowed({ allowed, children }: { allowed: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  if (!allowed) {
    return (
      <Result
        status="403"
        title={<ResultTitle>{t('errors.forbiddenTitle')}</ResultTitle>}
        subTitle={t('errors.forbidden')}
        extra={
          <Button type="primary" onClick={() => navigate('/')}>
            {t('notFound.back')}
          </Button>
        }
      />
    );
  }
  return <>{children}</>;
}
