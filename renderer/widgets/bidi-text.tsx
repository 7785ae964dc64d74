import { useMemo, type ReactNode } from 'react';
import { bidiRuns } from '../../shared/text';

/** A span of the text to highlight (a glossary term), with what its tooltip says. */
export interface TextMark {
  readonly start: number;
  readonly end: number;
  readonly title: string;
  readonly className: string;
}

/** The pieces of [from, to) cut at mark edges, each with the mark that covers it, if any. */
function pieces(from: number, to: number, marks: readonly TextMark[]): Array<{ start: number; end: number; mark: TextMark | undefined }> {
  const cuts = new Set([from, to]);
  for (const mark of marks) {
    if (mark.start > from && mark.start < to) cuts.add(mark.start);
    if (mark.end > from && mark.end < to) cuts.add(mark.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  return sorted.slice(0, -1).map((start, i) => {
    const end = sorted[i + 1] ?? to;
    return { start, end, mark: marks.find((m) => m.start <= start && m.end >= end) };
  });
}

/**
 * Text whose runs in the other direction are isolated (<bdi>), so neutral characters around them
 * stay put; `marks` highlight spans of it (glossary terms) without breaking the isolation.
 */
export function BidiText({ text, direction, marks = [] }: { readonly text: string; readonly direction: 'rtl' | 'ltr'; readonly marks?: readonly TextMark[] }) {
  const runs = useMemo(() => bidiRuns(text, direction), [text, direction]);
  let offset = 0;
  return (
    <>
      {runs.map((run, index) => {
        const start = offset;
        offset += run.text.length;
        const content: ReactNode = marks.length === 0
          ? run.text
          : pieces(start, offset, marks).map((piece) =>
            piece.mark ? (
              <mark key={piece.start} className={piece.mark.className} title={piece.mark.title}>{text.slice(piece.start, piece.end)}</mark>
            ) : (
              text.slice(piece.start, piece.end)
            ),
          );
        return run.foreign ? (
          <bdi key={index} dir={direction === 'rtl' ? 'ltr' : 'rtl'}>{content}</bdi>
        ) : (
          <span key={index}>{content}</span>
        );
      })}
    </>
  );
}
