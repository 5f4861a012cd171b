import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRegionSearch } from '../../app/region.tsx';
import type { AuditEntry } from '../../app/types.ts';
import { entryLink } from '../values/links.ts';
import { opdLines } from '../planning/RecapTables.tsx';

type Subject = NonNullable<AuditEntry['subject']>;

/** Where a subject lives in the app, when it has a page of its own. */
function linkOf(s: Subject, regionSearch: string) {
  if (s.gapId) return { pathname: `/perencanaan/gap/${s.gapId}`, search: regionSearch };
  if (s.importId) {
    const params = new URLSearchParams(regionSearch);
    params.set('impor', s.importId);
    return { pathname: '/data/impor', search: `?${params.toString()}` };
  }
  if (s.opdId && s.period) return entryLink(s.opdId, s.period, regionSearch);
  if (s.opdId && s.year) return opdLines(regionSearch, s.opdId, s.year);
  return null;
}

/** What an audit entry is about, by name (never a raw id), linked where it has a page. */
export function AuditSubject({ subject }: { subject: AuditEntry['subject'] }) {
  const { t, i18n } = useTranslation();
  const regionSearch = useRegionSearch();
  if (!subject) return <>{t('common.none')}</>;
  const name = i18n.language === 'en' && subject.nameEn ? subject.nameEn : subject.name;
  const to = linkOf(subject, regionSearch);
  return to ? <Link to={to}>{name}</Link> : <>{name}</>;
}
