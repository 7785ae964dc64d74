import { useEffect, useRef, useState } from 'react';

export interface SourceEditorProps {
  readonly text: string;
  readonly label: string;
  onCommit(text: string): void;
  /** Where the cursor is, and the text selected (for a new glossary entry). */
  onCursor(offset: number, selected: string): void;
}

const selectedIn = (area: HTMLTextAreaElement): string => area.value.slice(area.selectionStart, area.selectionEnd);

/**
 * The Sorani source of the active segment, editable in a native bidi-correct text area (Monaco
 * cannot edit right-to-left text). Committed when it loses focus.
 */
export function SourceEditor({ text, label, onCommit, onCursor }: SourceEditorProps) {
  const [value, setValue] = useState(text);
  const area = useRef<HTMLTextAreaElement | null>(null);
  useEffect(() => setValue(text), [text]);
  useEffect(() => {
    const element = area.current;
    if (element) element.style.height = `${element.scrollHeight + 2}px`;
  }, [value]);
  return (
    <textarea
      ref={area}
      className="source-editor"
      dir="rtl"
      lang="ckb"
      aria-label={label}
      value={value}
      spellCheck={false}
      onChange={(event) => setValue(event.target.value)}
      onSelect={(event) => onCursor(event.currentTarget.selectionStart, selectedIn(event.currentTarget))}
      onClick={(event) => event.stopPropagation()}
      onKeyUp={(event) => onCursor(event.currentTarget.selectionStart, selectedIn(event.currentTarget))}
      onBlur={(event) => {
        onCursor(event.currentTarget.selectionStart, selectedIn(event.currentTarget));
        if (value.trim() && value !== text) onCommit(value);
      }}
    />
  );
}
