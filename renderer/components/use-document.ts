import { useCallback, useEffect, useRef, useState } from 'react';
import type { EditResult, PirdApi } from '../../shared/api';
import { applySplice, type DocumentFile, type Operation } from '../../shared/project';

export type SaveState = { readonly kind: 'saved' } | { readonly kind: 'saving' } | { readonly kind: 'failed'; readonly error: unknown };
type UserOperation = Exclude<Operation, { kind: 'splice' }>;

const SEND_DELAY_MS = 300;

/** A document as the editor holds it: loaded once, patched by the splices every edit returns. */
export function useDocument(api: PirdApi, documentId: string) {
  const [document, setDocument] = useState<DocumentFile | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'saved' });
  const [undoState, setUndoState] = useState({ canUndo: false, canRedo: false });
  /** Counts changes to translations that did not come from typing (undo, copy source, merge...). */
  const [revision, setRevision] = useState(0);
  const typing = useRef<{ unitId: string; text: string; timer: number } | null>(null);

  useEffect(() => {
    let cancelled = false;
    setDocument(null);
    setLoadError(null);
    api.getDocument({ documentId, withSourceText: false }).then(
      (loaded) => !cancelled && setDocument(loaded),
      (error: unknown) => !cancelled && setLoadError(error),
    );
    return () => {
      cancelled = true;
    };
  }, [api, documentId]);

  const take = useCallback((result: EditResult | null) => {
    if (!result) return;
    setDocument((current) => current && { ...current, units: applySplice(current.units, result.change) });
    setUndoState({ canUndo: result.canUndo, canRedo: result.canRedo });
  }, []);

  const run = useCallback(
    async (call: () => Promise<EditResult | null>): Promise<boolean> => {
      try {
        take(await call());
        if (!typing.current) setSave({ kind: 'saved' });
        return true;
      } catch (error) {
        setSave({ kind: 'failed', error });
        return false;
      }
    },
    [take],
  );

  /** Sends the typing that is waiting, if any; every other action calls this first. */
  const flushTyping = useCallback(async () => {
    const edit = typing.current;
    if (!edit) return;
    window.clearTimeout(edit.timer);
    typing.current = null;
    await run(() => api.edit({ documentId, operation: { kind: 'set-target', unitId: edit.unitId, text: edit.text } }));
  }, [api, documentId, run]);

  const type = useCallback(
    (unitId: string, text: string) => {
      if (typing.current) window.clearTimeout(typing.current.timer);
      typing.current = { unitId, text, timer: window.setTimeout(() => void flushTyping(), SEND_DELAY_MS) };
      setSave({ kind: 'saving' });
    },
    [flushTyping],
  );

  const edit = useCallback(
    async (operation: UserOperation) => {
      await flushTyping();
      setSave({ kind: 'saving' });
      const ok = await run(() => api.edit({ documentId, operation }));
      // Status and source changes leave the translation alone: never reset the editor for them.
      if (operation.kind !== 'set-status' && operation.kind !== 'set-source') setRevision((r) => r + 1);
      return ok;
    },
    [api, documentId, flushTyping, run],
  );

  const replay = useCallback(
    async (direction: 'undo' | 'redo') => {
      await flushTyping();
      const ok = await run(() => api[direction]({ documentId }));
      setRevision((r) => r + 1);
      return ok;
    },
    [api, documentId, flushTyping, run],
  );
  const undo = useCallback(() => replay('undo'), [replay]);
  const redo = useCallback(() => replay('redo'), [replay]);

  useEffect(() => {
    const beforeUnload = () => void flushTyping();
    window.addEventListener('beforeunload', beforeUnload);
    return () => window.removeEventListener('beforeunload', beforeUnload);
  }, [flushTyping]);

  return { document, loadError, save, undoState, revision, type, edit, undo, redo, flushTyping };
}
