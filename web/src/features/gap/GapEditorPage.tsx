import { useCallback, useMemo, useState } from 'react';
import { App as AntApp, Button, Col, Row } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { completeParts, gbsExists, torExists } from '../../../../domain/planning/gap-progress.ts';
import { checkCompleteness } from '../../../../domain/planning/gap-rules.ts';
import { isApiError } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { FullPageSpinner } from '../../app/guards.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { NotFoundPage } from '../errors/NotFoundPage.tsx';
import { mayEditOpd } from '../planning/access.ts';
import {
  fetchGap,
  gapKey,
  useDraftGbs,
  useDraftTor,
  useGapDocument,
  useSubmitGap,
  type GapView,
} from './api.ts';
import { ConflictModal } from './ConflictModal.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { GapHeader } from './GapHeader.tsx';
import { ReviewActions } from './ReviewActions.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { SectionBody } from './SectionBody.tsx';
import { issueCounts, openComments, useSection, type Section } from './sections.ts';
import { StatusAlert } from './StatusAlert.tsx';
import { StepNav } from './StepNav.tsx';
import { SubmitButton } from './SubmitButton.tsx';
import { useAutosave } from './useAutosave.ts';

/** The editor of one loaded document; remounted per document so its unsaved copy never leaks. */
function GapWorkspace({ view }: { view: GapView }) {
  const { t } = useTranslation();
  const me = useMe();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const onSaved = useCallback(
    (saved: GapView) => queryClient.setQueryData(gapKey(saved.id), saved),
    [queryClient],
  );
  const autosave = useAutosave(view.id, view, onSaved);
  const [section, setSection] = useSection();
  const [reloading, setReloading] = useState(false);
  const draftGbs = useDraftGbs(view.id);
  const draftTor = useDraftTor(view.id);
  const submit = useSubmitGap(view.id);

  const editable = view.canEdit && (view.status === 'draft' || view.status === 'revision');
  const { content } = autosave;
  // Checked live on what is typed, with the same rules the server applies on submit.
  const completeness = useMemo(() => checkCompleteness(content.gap, content.gbs, content.tor), [content]);
  const issues = useMemo(() => issueCounts(completeness), [completeness]);
  const complete = useMemo(
    () => completeParts(content.gap, content.gbs, content.tor, completeness),
    [content, completeness],
  );
  const comments = useMemo(() => openComments(view.events), [view.events]);

  async function reload() {
    setReloading(true);
    try {
      const fresh = await fetchGap(view.id);
      queryClient.setQueryData(gapKey(view.id), fresh);
      autosave.reset(fresh);
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setReloading(false);
    }
  }

  /** Document actions name the version: whatever was typed is saved first. */
  async function act(mutation: typeof submit, done: string) {
    if (!(await autosave.flush())) return;
    try {
      const next = await mutation.mutateAsync({ version: autosave.currentVersion() });
      autosave.reset(next);
      message.success(done);
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
      if (isApiError(err) && err.code === 'version_conflict') void reload();
    }
  }

  function select(next: Section) {
    // Moving on saves what was typed on the step being left.
    if (editable) void autosave.flush();
    setSection(next);
    window.scrollTo({ top: 0 });
  }

  const actions = (
    <>
      {editable && (
        <>
          <Button
            icon={<SaveOutlined />}
            disabled={!autosave.unsaved || autosave.state === 'conflict'}
            loading={autosave.state === 'saving'}
            onClick={() => void autosave.flush()}
          >
            {t('gap.save.button')}
          </Button>
          <SubmitButton
            completeness={completeness}
            pending={submit.isPending}
            onSubmit={() => void act(submit, t('gap.submit.done'))}
          />
        </>
      )}
      {view.canReview && view.status === 'submitted' && (
        <ReviewActions view={view} onDecided={autosave.reset} />
      )}
      <ExportMenu id={view.id} hasGbs={gbsExists(content.gbs)} hasTor={torExists(content.tor)} />
    </>
  );

  return (
    <>
      <GapHeader
        view={view}
        actions={actions}
        status={
          editable && (
            <SaveStatus
              state={autosave.state}
              savedAt={autosave.savedAt}
              error={autosave.error}
              onRetry={() => void autosave.flush()}
            />
          )
        }
      />
      <StatusAlert view={view} />
      <Row gutter={[24, 16]}>
        <Col xs={24} md={8} lg={6}>
          <div style={{ position: 'sticky', top: 64, maxHeight: 'calc(100vh - 72px)', overflowY: 'auto' }}>
            <StepNav
              section={section}
              onSelect={select}
              issues={issues}
              comments={comments}
              complete={complete}
              showTor={editable || torExists(content.tor)}
            />
          </div>
        </Col>
        <Col xs={24} md={16} lg={18}>
          <SectionBody
            section={section}
            view={view}
            autosave={autosave}
            completeness={completeness}
            readOnly={!editable}
            canDraft={editable}
            drafting={draftGbs.isPending ? 'gbs' : draftTor.isPending ? 'tor' : null}
            onDraft={(doc) =>
              void act(
                doc === 'gbs' ? draftGbs : draftTor,
                t(doc === 'gbs' ? 'gap.gbs.drafted' : 'gap.tor.drafted'),
              )
            }
            canResolve={mayEditOpd(me, view.regionCode, view.opd.id)}
          />
        </Col>
      </Row>
      <ConflictModal conflict={autosave.conflict} reloading={reloading} onReload={() => void reload()} />
    </>
  );
}

/** /perencanaan/gap/:id — a document this user may not read answers as not found, like the API. */
export function GapEditorPage() {
  const { id = '' } = useParams();
  const doc = useGapDocument(id);
  if (doc.isPending) return <FullPageSpinner />;
  if (doc.error) {
    const status = isApiError(doc.error) ? doc.error.status : 0;
    if (status === 404 || status === 403 || status === 400) return <NotFoundPage />;
    return <ErrorAlert error={doc.error} onRetry={() => void doc.refetch()} />;
  }
  return <GapWorkspace key={id} view={doc.data} />;
}
