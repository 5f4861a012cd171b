import { Fragment } from 'react';
import { parseSimpleFormat, type TextRun } from '../../../../domain/meetings/simple-format.ts';

function Runs({ runs }: { runs: TextRun[] }) {
  return (
    <>
      {runs.map((r, i) =>
        r.bold ? <strong key={i}>{r.text}</strong> : <Fragment key={i}>{r.text}</Fragment>,
      )}
    </>
  );
}

/** Minutes text with its simple marks (domain/meetings/simple-format.ts) as React elements, never HTML. */
export function SimpleText({ text }: { text: string }) {
  return (
    <>
      {parseSimpleFormat(text).map((block, i) => {
        if (block.kind === 'paragraph')
          return (
            <p key={i}>
              <Runs runs={block.runs} />
            </p>
          );
        const items = block.items.map((runs, j) => (
          <li key={j}>
            <Runs runs={runs} />
          </li>
        ));
        return block.kind === 'bullets' ? <ul key={i}>{items}</ul> : <ol key={i}>{items}</ol>;
      })}
    </>
  );
}
