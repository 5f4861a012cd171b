import { Badge } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useUnreadCount } from './api.ts';
import { useLanguagePreference } from './useLanguagePreference.ts';

/**
 * The header's bell: the unread count as a badge, a link to the inbox. Mounted once per
 * signed-in page, it also carries the user's language switches to their e-mail language.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  useLanguagePreference();
  const unread = useUnreadCount().data?.unread ?? 0;
  const label = unread ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell');
  return (
    <Link to="/notifikasi" aria-label={label} title={label} data-testid="notification-bell">
      <Badge count={unread} size="small" overflowCount={99} data-testid="notification-count">
        <BellOutlined style={{ fontSize: 18, color: 'inherit' }} />
      </Badge>
    </Link>
  );
}
