import type { TFunction } from 'i18next';
import type { Contents } from './useAutosave.ts';

/**
 * Everything typed in a document as plain text, step by step, so that after a version
 * conflict the user can copy their own words before taking the other person's version.
 */
export function plainText(content: Contents, t: TFunction): string {
  const { gap, gbs, tor } = content;
  const lines: string[] = [];
  const add = (heading: string, parts: (string | undefined)[]) => {
    const body = parts.filter((p): p is string => !!p && p.trim() !== '');
    if (body.length) lines.push(`== ${heading} ==`, ...body, '');
  };
  const step = (n: number) => t('gap.stepN', { n });
  add(step(1), [gap.step1.policy, gap.step1.objective]);
  add(step(2), [
    ...gap.step2.data.map((d) => `${d.indicatorCode} (${d.year}): ${d.note}`),
    gap.step2.qualitative,
  ]);
  add(
    step(3),
    gap.step3.factors.map((f) => `[${f.aspect}] ${f.text}`),
  );
  add(
    step(4),
    gap.step4.causes.map((c) => `- ${c.text}`),
  );
  add(
    step(5),
    gap.step5.causes.map((c) => `- ${c.text}`),
  );
  add(step(6), [gap.step6.objective]);
  add(
    step(7),
    gap.step7.actions.map((a) => `- ${a.text} → ${a.output}`),
  );
  add(
    step(8),
    gap.step8.baselines.map((b) => `- ${b.text}`),
  );
  add(
    step(9),
    gap.step9.indicators.map((i) => `- [${i.kind}] ${i.text}: ${i.target} ${i.unit}`),
  );
  if (gbs) {
    add(t('gap.nav.gbs'), [
      `${gbs.outputIndicator}: ${gbs.outputTarget}`,
      gbs.situationAnalysis,
      ...gbs.components.map((c) => `- ${c.name}: ${c.budget}`),
      gbs.outcome,
    ]);
  }
  if (tor) {
    add(t('gap.nav.tor'), [
      tor.legalBasis,
      tor.background,
      tor.objective,
      `${tor.beneficiaries.women} / ${tor.beneficiaries.men} ${tor.beneficiaries.description}`,
      tor.method,
      tor.location,
      tor.implementer,
      ...tor.schedule.map((s) => `- ${s.activity}: ${s.months.join(', ')}`),
    ]);
  }
  return lines.join('\n');
}
