/**
 * The minutes' "simple formatting": plain text in which a line starting with "- " or "* " is a
 * bullet, "1. " a numbered item, an empty line separates paragraphs, and **double stars** mark
 * bold. Parsed into blocks of text runs that the web renders as React elements — never as HTML,
 * so whatever a writer types (<script>, on…= attributes) is shown as text and nothing runs.
 * Chosen over a rich-text editor because the minutes are exported and printed too, and a
 * sanitiser for HTML would be one more thing that must never be wrong.
 */

export interface TextRun {
  text: string;
  bold: boolean;
}

export type Block =
  | { kind: 'paragraph'; runs: TextRun[] }
  | { kind: 'bullets'; items: TextRun[][] }
  | { kind: 'numbered'; items: TextRun[][] };

/** `a **b** c` → runs; an unclosed `**` stays as typed. */
export function parseRuns(line: string): TextRun[] {
  const runs: TextRun[] = [];
  let rest = line;
  while (rest) {
    const open = rest.indexOf('**');
    const close = open < 0 ? -1 : rest.indexOf('**', open + 2);
    if (open < 0 || close < 0) {
      runs.push({ text: rest, bold: false });
      break;
    }
    if (open > 0) runs.push({ text: rest.slice(0, open), bold: false });
    if (close > open + 2) runs.push({ text: rest.slice(open + 2, close), bold: true });
    rest = rest.slice(close + 2);
  }
  return runs;
}

const BULLET = /^\s*[-*•]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/;

export function parseSimpleFormat(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', runs: parseRuns(paragraph.join(' ')) });
    paragraph = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (!line.trim()) {
      flush();
      continue;
    }
    if (bullet || numbered) {
      flush();
      const kind = bullet ? 'bullets' : 'numbered';
      const runs = parseRuns((bullet ?? numbered)![1]);
      const last = blocks[blocks.length - 1];
      if (last && last.kind === kind) last.items.push(runs);
      else blocks.push({ kind, items: [runs] });
      continue;
    }
    paragraph.push(line.trim());
  }
  flush();
  return blocks;
}
