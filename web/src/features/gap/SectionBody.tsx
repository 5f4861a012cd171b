import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapContent } from '../../../../domain/planning/gap-content.ts';
import { GAP_STEP_GUIDANCE, GBS_GUIDANCE, TOR_GUIDANCE } from '../../../../domain/planning/gap-guidance.ts';
import type { Completeness } from '../../../../domain/planning/gap-rules.ts';
import { useIndicatorCatalog } from '../indicators/api.ts';
import type { GapView } from './api.ts';
import { GbsEditor } from './GbsEditor.tsx';
import { HistoryPanel } from './HistoryPanel.tsx';
import { partName } from './labels.ts';
import { useLang } from './lang.ts';
import type { Section } from './sections.ts';
import { StepPanel } from './StepPanel.tsx';
import { Step1, Step6 } from './steps/TextSteps.tsx';
import { Step2 } from './steps/Step2Data.tsx';
import { Step3 } from './steps/Step3Factors.tsx';
import { Step4, Step5 } from './steps/StepCauses.tsx';
import { Step7 } from './steps/Step7Actions.tsx';
import { Step8 } from './steps/Step8Baselines.tsx';
import { Step9 } from './steps/Step9Indicators.tsx';
import { TorEditor } from './TorEditor.tsx';
import type { Autosave } from './useAutosave.ts';

interface Props {
  section: Section;
  view: GapView;
  autosave: Autosave;
  completeness: Completeness;
  readOnly: boolean;
  canDraft: boolean;
  drafting: 'gbs' | 'tor' | null;
  onDraft: (doc: 'gbs' | 'tor') => void;
  canResolve: boolean;
}

/** The open part of the editor inside its panel: guidance, issues, fields, comments. */
export function SectionBody({
  section,
  view,
  autosave,
  completeness,
  readOnly,
  canDraft,
  drafting,
  onDraft,
  canResolve,
}: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const catalog = useIndicatorCatalog(view.regionCode, section === '2' || section === '8');
  const indicators = useMemo(
    () =>
      (catalog.data ?? [])
        .filter((i) => i.active)
        .map((i) => ({ code: i.code, name: lang === 'en' ? i.nameEn : i.nameId, unit: i.unit })),
    [catalog.data, lang],
  );
  const names = useMemo(() => new Map(indicators.map((i) => [i.code, i.name])), [indicators]);

  if (section === 'history') return <HistoryPanel view={view} />;
  const { gap, gbs, tor } = autosave.content;
  const setGap = (next: GapContent) => autosave.update('gap', next);
  // Step 7 lists unaddressed factors and causes in its own warning, by their short labels.
  const issues = completeness.issues.filter(
    (i) =>
      String(i.target) === section &&
      !(section === '7' && (i.code === 'factor_unaddressed' || i.code === 'cause_unaddressed')),
  );
  const hasThread = (target: string) => view.events.some((e) => e.target === target && e.kind !== 'submit');
  const common = {
    documentId: view.id,
    target: section,
    issues,
    events: view.events,
    // Reviewers comment; others reply where a thread already exists.
    canComment: view.canReview || hasThread(section),
    canResolve,
  };

  if (section === 'gbs' || section === 'tor') {
    const name = t(`gap.nav.${section}`);
    return (
      <StepPanel
        {...common}
        heading={name}
        targetName={name}
        guidance={section === 'gbs' ? GBS_GUIDANCE : TOR_GUIDANCE}
      >
        {section === 'gbs' ? (
          <GbsEditor
            gbs={gbs}
            gap={gap}
            budget={view.subActivity.budget}
            readOnly={readOnly}
            canDraft={canDraft}
            drafting={drafting === 'gbs'}
            onDraft={() => onDraft('gbs')}
            onChange={(next) => autosave.update('gbs', next)}
          />
        ) : (
          <TorEditor
            tor={tor}
            readOnly={readOnly}
            canDraft={canDraft}
            drafting={drafting === 'tor'}
            onDraft={() => onDraft('tor')}
            onChange={(next) => autosave.update('tor', next)}
          />
        )}
      </StepPanel>
    );
  }

  const step = Number(section);
  const guide = GAP_STEP_GUIDANCE.find((g) => g.step === step)!;
  const props = { gap, onChange: setGap, readOnly };
  const editors: Record<string, React.ReactNode> = {
    '1': <Step1 {...props} />,
    '2': <Step2 {...props} indicators={indicators} figures={view.dataValues} year={view.year} />,
    '3': <Step3 {...props} />,
    '4': <Step4 {...props} />,
    '5': <Step5 {...props} />,
    '6': <Step6 {...props} />,
    '7': <Step7 {...props} />,
    '8': <Step8 {...props} names={names} />,
    '9': <Step9 {...props} />,
  };
  return (
    <StepPanel
      {...common}
      heading={partName(step, t, lang)}
      targetName={t('gap.stepLower', { n: step })}
      guidance={guide.guidance}
      example={guide.example}
    >
      {editors[section]}
    </StepPanel>
  );
}
