import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { TextMark } from '../widgets/bidi-text';

export interface SourceEditorProps {
  readonly text: string;
  readonly label: string;
  /** Off, the source can be read, selected and split but not changed ("Edit source", F2, turns it on). */
  readonly editable: boolean;
  /** Glossary terms, highlighted behind the text. */
  readonly marks: readonly TextMark[];
  onCommit(text: string): void;
  /** Editing ended: the text committed (focus left) or given up (Escape). */
  onEditEnd(): void;
  /** Where the cursor is, and the text selected (for a new glossary entry). */
  onCursor(offset: number, selected: string): void;
}

const selectedIn = (area: HTMLTextAreaElement): string => area.value.slice(area.selectionStart, area.selectionEnd);

/**
 * The text with its marks as plain inline runs: laid out exactly as the text area lays out the same
 * text (no isolation, which would reorder mixed runs differently), so the highlights sit under the words.
 */
function markedRuns(text: string, marks: readonly TextMark[]): ReactNode[] {
  const runs: ReactNode[] = [];
  let at = 0;
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    if (mark.start < at || mark.end > text.length) continue;
    if (mark.start > at) runs.push(text.slice(at, mark.start));
    runs.push(<mark key={mark.start} className={mark.className}>{text.slice(mark.start, mark.end)}</mark>);
    at = mark.end;
  }
  runs.push(`${text.slice(at)}\n`);
  return runs;
}

/**
 * The Sorani source of the active segment in a native bidi-correct text area (Monaco cannot edit
 * right-to-left text), read-only until editing is asked for, with the glossary's terms highlighted
 * behind it. An edit is committed when it loses focus; Escape gives it up.
 */
export function SourceEditor({ text, label, editable, marks, onCommit, onEditEnd, onCursor }: SourceEditorProps) {
  const [value, setValue] = useState(text);
  const area = useRef<HTMLTextAreaElement | null>(null);
  useEffect(() => setValue(text), [text]);
  useEffect(() => {
    const element = area.current;
    if (element) element.style.height = `${element.scrollHeight + 2}px`;
  }, [value]);
  useEffect(() => {
    if (editable) area.current?.focus();
  }, [editable]);
  return (
    <div className={`source-box${editable ? ' editing' : ''}`}>
      {!editable && <div className="source-marks" aria-hidden="true" dir="rtl">{markedRuns(value, marks)}</div>}
      <textarea
        ref={area}
        className="source-editor"
        dir="rtl"
        lang="ckb"
        aria-label={label}
        readOnly={!editable}
        value={value}
        spellCheck={false}
        onChange={(event) => setValue(event.target.value)}
        onSelect={(event) => onCursor(event.currentTarget.selectionStart, selectedIn(event.currentTarget))}
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          // Read-only, a space would scroll the grid a page, as it does outside a text field.
          if (!editable && event.key === ' ') event.preventDefault();
          // The box grows with its text and never scrolls: Ctrl+Home/End would scroll the whole grid to its start or end.
          if (event.ctrlKey && (event.key === 'Home' || event.key === 'End')) {
            event.preventDefault();
            const at = event.key === 'Home' ? 0 : event.currentTarget.value.length;
            event.currentTarget.setSelectionRange(at, at);
          }
          if (!editable || event.key !== 'Escape') return;
          event.preventDefault();
          setValue(text);
          onEditEnd();
        }}
        onKeyUp={(event) => onCursor(event.currentTarget.selectionStart, selectedIn(event.currentTarget))}
        onBlur={(event) => {
          onCursor(event.currentTarget.selectionStart, selectedIn(event.currentTarget));
          if (!editable) return;
          if (value.trim() && value !== text) onCommit(value);
          onEditEnd();
        }}
      />
    </div>
  );
}
