import { useEffect } from 'react';
import { Modal } from 'antd';
import { useBlocker } from 'react-router';
import { useTranslation } from 'react-i18next';

/**
 * Holds back leaving the page (another page, another period or OPD, reload, closing the tab)
 * while `count` typed changes are not saved, and asks first.
 */
export function UnsavedChangesGuard({ count }: { count: number }) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      count > 0 &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );

  useEffect(() => {
    if (count === 0) return;
    // Browsers show their own wording for reloads and closed tabs; only the request is ours.
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [count]);

  return (
    <Modal
      open={blocker.state === 'blocked'}
      title={t('entry.leaveTitle')}
      okText={t('entry.leave')}
      okButtonProps={{ danger: true }}
      cancelText={t('entry.stay')}
      onOk={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      {t('entry.leaveBody', { count, n: count })}
    </Modal>
  );
}
