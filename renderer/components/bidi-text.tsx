import { useMemo } from 'react';
import { bidiRuns } from '../../shared/text';

/** Text whose runs in the other direction are isolated (<bdi>), so neutral characters around them stay put. */
export function BidiText({ text, direction }: { readonly text: string; readonly direction: 'rtl' | 'ltr' }) {
  const runs = useMemo(() => bidiRuns(text, direction), [text, direction]);
  return (
    <>
      {runs.map((run, index) =>
        run.foreign ? (
          <bdi key={index} dir={direction === 'rtl' ? 'ltr' : 'rtl'}>{run.text}</bdi>
        ) : (
          <span key={index}>{run.text}</span>
        ),
      )}
    </>
  );
}
