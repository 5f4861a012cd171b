import { Menu, type MenuProps } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isInstitutionAccount } from '../../../domain/institutions/access.ts';
import { accessActorOf } from './access.ts';
import { useMe } from './auth.tsx';
import { menuGroups, type MenuEntry } from './menu-entries.tsx';
import { useRegion, useRegionSearch } from './region.tsx';
import { useHome, useRefreshHomeAfterChanges } from '../features/home/api.ts';
import { badgeCounts } from '../features/home/links.ts';
import { SCREEN_READER_ONLY } from '../components/screenReaderOnly.ts';

type MenuItems = NonNullable<MenuProps['items']>;

function CountBadge({ count }: { count: number }) {
  const { t } = useTranslation();
  return (
    <span
      data-testid="menu-badge"
      style={{
        marginInlineStart: 8,
        padding: '0 7px',
        borderRadius: 10,
        background: '#7b2d8e',
        color: '#fff',
        fontSize: 12,
        lineHeight: '18px',
        display: 'inline-block',
      }}
    >
      <span aria-hidden>{count > 99 ? '99+' : count}</span>
      <span style={SCREEN_READER_ONLY}>{t('home.nav.badge', { count })}</span>
    </span>
  );
}

/**
 * The side menu: the entries of menu-entries.tsx a user may see, under their groups' headings,
 * each carrying the number of tasks waiting there (GET /regions/:code/home, shared with the
 * home page).
 */
export function SideMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();
  const search = useRegionSearch();
  const { region } = useRegion();
  const actor = accessActorOf(me);
  useRefreshHomeAfterChanges();
  const institutionAccount = isInstitutionAccount(actor);
  const badges = badgeCounts(useHome(region.code, null, !institutionAccount).data?.tasks ?? []);
  const groups = menuGroups({ t, me, actor, region, institutionAccount });

  const item = (e: MenuEntry) => {
    const count = badges.get(e.key) ?? 0;
    if (e.href) {
      return {
        key: e.key,
        icon: e.icon,
        label: (
          <a href={e.href} target="_blank" rel="noreferrer">
            {e.label} <ExportOutlined aria-hidden style={{ fontSize: 12 }} />
            <span style={SCREEN_READER_ONLY}>{t('publication.newTab')}</span>
          </a>
        ),
      };
    }
    return {
      key: e.key,
      icon: e.icon,
      label: (
        <Link to={{ pathname: e.key, search }}>
          {e.label}
          {count > 0 && <CountBadge count={count} />}
        </Link>
      ),
    };
  };
  const shownIn = (entries: MenuEntry[]) => entries.filter((e) => e.show);
  const all = groups.flatMap((g) => shownIn(g.entries));
  // "/" is the home page only; every other entry also covers the pages below it, the longest
  // entry first ("/monev/dasbor" is not a page of "/monev").
  const selected = all
    .filter((e) => pathname === e.key || (e.key !== '/' && pathname.startsWith(`${e.key}/`)))
    .sort((a, b) => b.key.length - a.key.length)[0];
  const items = groups.flatMap(({ key, label, entries }): MenuItems => {
    const shown = shownIn(entries);
    if (label === null) return shown.map(item);
    return shown.length ? [{ type: 'group' as const, key, label, children: shown.map(item) }] : [];
  });
  return (
    <nav aria-label={t('nav.menu')}>
      <Menu
        mode="inline"
        selectedKeys={selected ? [selected.key] : []}
        items={items}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );
}
