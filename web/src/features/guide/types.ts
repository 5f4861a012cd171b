import type { GuideSectionId } from './sections.ts';

/** A step's text, or its text and the app page it refers to (a link is shown beside it). */
export type GuideStep = string | readonly [text: string, to: string];

export interface GuideSection {
  title: string;
  /** One or two sentences: what the page or tour is for. */
  summary: string;
  steps: readonly GuideStep[];
  tips?: readonly string[];
}

export interface GlossaryEntry {
  term: string;
  meaning: string;
  /** Where the meaning comes from (regulation or guidance); docs/user-guide.md lists them. */
  source: string;
}

/** A whole guide in one language: every section and the glossary. */
export interface GuideContent {
  sections: Record<GuideSectionId, GuideSection>;
  glossary: readonly GlossaryEntry[];
}
