import { Alert } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.tsx';
import { formatDateTime } from '../../components/format.ts';
import { approvalFor } from './access.ts';
import type { GapView } from './api.ts';
import { usePartName } from './labels.ts';
import { useSectionLink, type Section } from './sections.ts';

/**
 * Where the document stands, at the top: the revision request the operator must act on (with
 * a link to its step), the pending review, or the approval.
 */
export function StatusAlert({ view }: { view: GapView }) {
  const { t } = useTranslation();
  const link = useSectionLink();
  const partName = usePartName();
  const me = useMe();
  const last = [...view.events].reverse().find((e) => e.kind !== 'comment');
  if (view.status === 'revision' && last?.kind === 'revision') {
    const target = last.target as Section | null;
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="gap-revision-request"
        style={{ marginBottom: 16 }}
        title={t('gap.status.revisionBy', { name: last.authorName, date: formatDateTime(last.at) })}
        description={
          <>
            <div style={{ whiteSpace: 'pre-wrap' }}>{last.body}</div>
            {target && <Link {...link(target)}>{t('gap.status.goTo', { target: partName(target) })}</Link>}
          </>
        }
      />
    );
  }
  if (view.status === 'submitted') {
    return (
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t(submittedKey(view.canReview, approvalFor(me, view) === 'own_submission'), {
          date: formatDateTime(view.submittedAt),
        })}
      />
    );
  }
  if (view.status === 'approved') {
    return (
      <Alert
        type="success"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('gap.status.approvedBy', {
          name: last?.kind === 'approve' ? last.authorName : '',
          date: formatDateTime(last?.at),
        })}
        description={last?.kind === 'approve' && last.body ? last.body : undefined}
      />
    );
  }
  return null;
}

/** A reviewer who submitted the document themselves may only ask for a revision (separation of duties). */
function submittedKey(canReview: boolean, ownSubmission: boolean) {
  if (!canReview) return 'gap.status.submittedOperator';
  return ownSubmission ? 'gap.status.submittedOwn' : 'gap.status.submittedReviewer';
}
