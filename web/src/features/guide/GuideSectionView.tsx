import { Alert, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DEMO_ACCOUNT_OF_TOUR, DEMO_PASSWORD, GLOSSARY_SECTION, type GuideSectionId } from './sections.ts';
import type { GlossaryEntry, GuideContent } from './types.ts';

function isTour(id: GuideSectionId): id is keyof typeof DEMO_ACCOUNT_OF_TOUR {
  return id in DEMO_ACCOUNT_OF_TOUR;
}

/** One section: its summary, the demo account of a tour, numbered steps with page links, tips. */
export function GuideSectionView({
  id,
  content,
  signedIn,
}: {
  id: GuideSectionId;
  content: GuideContent;
  signedIn: boolean;
}) {
  const { t } = useTranslation();
  const section = content.sections[id];
  return (
    <article aria-labelledby={`guide-${id}`} data-testid={`guide-section-${id}`}>
      <Typography.Title level={3} id={`guide-${id}`} style={{ marginTop: 0 }}>
        {section.title}
      </Typography.Title>
      <Typography.Paragraph>{section.summary}</Typography.Paragraph>
      {isTour(id) && (
        <Alert
          type="success"
          style={{ marginBottom: 16 }}
          title={t('guide.demoAccount', { username: DEMO_ACCOUNT_OF_TOUR[id], password: DEMO_PASSWORD })}
          description={signedIn ? undefined : t('guide.demoNote')}
        />
      )}
      {section.steps.length > 0 && (
        <ol style={{ paddingInlineStart: 24 }}>
          {section.steps.map((step, i) => {
            const [text, to] = typeof step === 'string' ? [step, null] : step;
            return (
              <li key={i} style={{ marginBottom: 8 }}>
                {text}
                {to && (
                  <>
                    {' '}
                    <Link to={to} aria-label={t('guide.openPageOf', { n: i + 1 })}>
                      {t('guide.openPage')} →
                    </Link>
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {section.tips && section.tips.length > 0 && (
        <>
          <Typography.Title level={4}>{t('guide.tips')}</Typography.Title>
          <ul style={{ paddingInlineStart: 24 }}>
            {section.tips.map((tip) => (
              <li key={tip}>{tip}</li>
            ))}
          </ul>
        </>
      )}
      {id === GLOSSARY_SECTION && <Glossary entries={content.glossary} />}
    </article>
  );
}

function Glossary({ entries }: { entries: readonly GlossaryEntry[] }) {
  const { t } = useTranslation();
  return (
    <div data-testid="glossary">
      <Table<GlossaryEntry>
        rowKey="term"
        size="small"
        pagination={false}
        dataSource={[...entries]}
        scroll={{ x: 640 }}
        columns={[
          {
            title: t('guide.term'),
            dataIndex: 'term',
            width: '24%',
            render: (v: string) => <strong>{v}</strong>,
          },
          { title: t('guide.meaning'), dataIndex: 'meaning' },
          { title: t('guide.source'), dataIndex: 'source', width: '22%' },
        ]}
      />
    </div>
  );
}
