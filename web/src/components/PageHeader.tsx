import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';
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

export function PageHeader({ title, subtitle, extra, help }: Props) {
  return (
    <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 16 }}>
      <div>
        <Flex align="baseline" gap={12} wrap>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
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
