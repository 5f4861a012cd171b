import type { ReactNode } from 'react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../../../domain/planning/gap-guidance.ts';
import type { GapIssue } from '../../../../domain/planning/gap-rules.ts';
import type { CommentTarget, ReviewEvent } from './api.ts';
import { CommentThread } from './CommentThread.tsx';
import { Guidance } from './Guidance.tsx';
import { StepIssues } from './issues.tsx';

interface Props {
  documentId: string;
  /** '1'..'9', 'gbs' or 'tor'. */
  target: CommentTarget;
  heading: string;
  /** "langkah 7", "GBS": what comments here are about. */
  targetName: string;
  guidance: Bilingual;
  example?: Bilingual;
  issues: GapIssue[];
  events: ReviewEvent[];
  canComment: boolean;
  canResolve: boolean;
  children: ReactNode;
}

/** One part of the editor: its guidance, what is still missing, its fields, its comments. */
export function StepPanel(props: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`gap-heading-${props.target}`} data-testid={`gap-section-${props.target}`}>
      <Typography.Title level={3} id={`gap-heading-${props.target}`} style={{ marginTop: 0 }}>
        {props.heading}
      </Typography.Title>
      <Guidance text={props.guidance} example={props.example} />
      <StepIssues issues={props.issues} />
      <div role="group" aria-label={t('gap.fieldsOf', { target: props.targetName })}>
        {props.children}
      </div>
      <CommentThread
        documentId={props.documentId}
        target={props.target}
        targetName={props.targetName}
        events={props.events}
        canComment={props.canComment}
        canResolve={props.canResolve}
      />
    </section>
  );
}
