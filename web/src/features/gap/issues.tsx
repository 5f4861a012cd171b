import type { CSSProperties, ReactNode } from 'react';
import { Alert } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { GapIssue } from '../../../../domain/planning/gap-rules.ts';
import { issueText } from '../../../../domain/planning/gap-guidance.ts';
import { useLang } from './lang.ts';
import { usePartName } from './labels.ts';
import { useSectionLink, type Section } from './sections.ts';

/** One completeness issue in words; the rules give a code and the excerpt of what it names. */
export function useIssueText() {
  const lang = useLang();
  return (issue: GapIssue) => issueText(issue.code, lang, issue.params);
}

interface WarningListProps {
  testId: string;
  title: ReactNode;
  items: { key: string; text: ReactNode }[];
  style?: CSSProperties;
}

/** A warning that lists what is still missing in a step; nothing when the list is empty. */
export function WarningList({ testId, title, items, style }: WarningListProps) {
  if (items.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid={testId}
      style={style}
      title={title}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {items.map((item) => (
            <li key={item.key}>{item.text}</li>
          ))}
        </ul>
      }
    />
  );
}

/** The issues of one step, above its editor. */
export function StepIssues({ issues }: { issues: GapIssue[] }) {
  const { t } = useTranslation();
  const text = useIssueText();
  return (
    <WarningList
      testId="gap-step-issues"
      style={{ marginBottom: 16 }}
      title={t('gap.issuesTitle', { count: issues.length })}
      items={issues.map((issue, i) => ({ key: `${issue.code}-${i}`, text: text(issue) }))}
    />
  );
}

/** Every open issue, each with a link to its step: what stands between the draft and "Ajukan". */
export function MissingList({ issues }: { issues: GapIssue[] }) {
  const text = useIssueText();
  const link = useSectionLink();
  const partName = usePartName();
  return (
    <ul
      style={{ margin: 0, paddingInlineStart: 18, maxHeight: 320, overflowY: 'auto' }}
      data-testid="gap-missing"
    >
      {issues.map((issue, i) => {
        const target = String(issue.target) as Section;
        return (
          <li key={`${issue.code}-${i}`}>
            <Link {...link(target)}>{partName(target)}</Link>: {text(issue)}
          </li>
        );
      })}
    </ul>
  );
}
