import type { RefObject } from 'react';

export interface FilePickerProps {
  /** Clicked by the button that asks for files: the picker itself is never shown. */
  readonly inputRef: RefObject<HTMLInputElement | null>;
  readonly accept: string;
  readonly multiple?: boolean;
  readonly testId?: string;
  /** The files chosen (none: the dialog was closed). */
  readonly onFiles: (files: File[]) => void;
}

/**
 * The browser's file dialog behind a button of the app's own: emptied after each choice, so that
 * choosing the same file again (after fixing it) is a choice too.
 */
export function FilePicker({ inputRef, accept, multiple = false, testId, onFiles }: FilePickerProps) {
  return (
    <input
      ref={inputRef}
      type="file"
      hidden
      multiple={multiple}
      accept={accept}
      data-testid={testId}
      onChange={(event) => {
        const files = Array.from(event.target.files ?? []);
        event.target.value = '';
        if (files.length > 0) onFiles(files);
      }}
    />
  );
}
