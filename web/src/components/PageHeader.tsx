import type { ReactNode } from 'react';
import { Flex, Typography, theme } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { GuideSectionId } from '../features/guide/sections.ts';

interface Props {
  title: string;
  subtitle?: ReactNode;
  extra?: ReactNode;
  /** The user guide's section about this page: shown as a "Bantuan" link beside the title. */
  help?: GuideSectionId;
}

/** "Bantuan": a page's link to its section of the user guide (/panduan/<section>). */
export function HelpLink({ section, title }: { section: GuideSectionId; title: string }) {
  const { t } = useTranslation();
  return (
    <Link
      to={`/panduan/${section}`}
      aria-label={t('guide.helpFor', { title })}
      data-testid="page-help"
      style={{ whiteSpace: 'nowrap' }}
    >
      <QuestionCircleOutlined aria-hidden /> {t('guide.help')}
    </Link>
  );
}

/**
 * The page's title: its one h1 (screen readers list it as the page's name, and in-app
 * navigation announces it, app/RouteFocus.tsx), drawn at the size of antd's h2 as before.
 */
export function PageTitle({ children }: { children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <Typography.Title
      level={1}
      style={{ margin: 0, fontSize: token.fontSizeHeading2, lineHeight: token.lineHeightHeading2 }}
    >
      {children}
    </Typography.Title>
  );
}

/** The h1 of a page that is an antd Result (404, 403): the Result's own title look. */
export function ResultTitle({ children }: { children: ReactNode }) {
  return <h1 style={{ font: 'inherit', color: 'inherit', margin: 0 }}>{children}</h1>;
}

export function PageHeader({ title, subtitle, extra, help }: Props) {
  return (
    <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 16 }}>
      <div>
        <Flex align="baseline" gap={12} wrap>
          <PageTitle>{title}</PageTitle>
          {help && <HelpLink section={help} title={title} />}
        </Flex>
        {subtitle && (
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
            {subtitle}
          </Typography.Text>
        )}
      </div>
      {extra && (
        <Flex gap={8} wrap>
          {extra}
        </Flex>
      )}
    </Flex>
  );
}
