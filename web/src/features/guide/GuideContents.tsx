import { Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  GLOSSARY_SECTION,
  PAGE_SECTIONS,
  START_SECTIONS,
  TOUR_SECTIONS,
  type GuideSectionId,
} from './sections.ts';
import type { GuideContent } from './types.ts';

/** The guide's table of contents: start, the tours, one entry per page, the glossary. */
export function GuideContents({ content, current }: { content: GuideContent; current: GuideSectionId }) {
  const { t } = useTranslation();
  const groups: { key: string; label: string; ids: readonly GuideSectionId[] }[] = [
    { key: 'start', label: t('guide.groups.start'), ids: START_SECTIONS },
    { key: 'tours', label: t('guide.groups.tours'), ids: TOUR_SECTIONS },
    { key: 'pages', label: t('guide.groups.pages'), ids: PAGE_SECTIONS },
    { key: 'glossary', label: t('guide.groups.glossary'), ids: [GLOSSARY_SECTION] },
  ];
  return (
    <nav aria-label={t('guide.contents')} data-testid="guide-contents">
      {groups.map((group) => (
        <div key={group.key} style={{ marginBottom: 16 }}>
          <Typography.Text strong>{group.label}</Typography.Text>
          <ul style={{ listStyle: 'none', paddingInlineStart: 0, margin: '4px 0 0' }}>
            {group.ids.map((id) => (
              <li key={id} style={{ padding: '2px 0' }}>
                <Link
                  to={`/panduan/${id}`}
                  aria-current={id === current ? 'page' : undefined}
                  style={id === current ? { fontWeight: 600 } : undefined}
                >
                  {content.sections[id].title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
