import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type EditResult, type PirdApi } from '../../shared/api';
import { FIRST_UNITS, type DocumentPage, type FirstPage } from '../api/boot';
import { applySplice, type DocumentFile, type Operation } from '../../shared/project';

/** What the header says of saving; a job the person cancelled (an alignment) lost nothing, so it is not a failure. */
export type SaveState =
  | { readonly kind: 'saved' } | { readonly kind: 'saving' } | { readonly kind: 'failed'; readonly error: unknown } | { readonly kind: 'cancelled'; readonly error: unknown };
export type UserOperation = Exclude<Operation, { kind: 'splice' }>;

const SEND_DELAY_MS = 300;
// One object per state, so setting the state it already has re-renders nothing (every keystroke sets it).
const SAVING: SaveState = { kind: 'saving' };
const SAVED: SaveState = { kind: 'saved' };
const PAGE_UNITS = 5000;

/** A document as the editor holds it: loaded once, patched by the splices every edit returns. */
const afterNextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

function withoutCount({ unitCount: _count, revision: _revision, canUndo: _canUndo, canRedo: _canRedo, ...document }: DocumentPage): DocumentFile {
  return document;
}

/** How often an open document asks whether another window or process changed it. */
const POLL_MS = 2000;
/** How soon a translation that could not be saved (a full disk) is tried again. */
const RETRY_MS = 3000;

export function useDocument(api: PirdApi, documentId: string, firstPage?: FirstPage | null) {
  const seed = firstPage?.documentId === documentId ? firstPage.page : null;
  /** The start-up page is used once: opening the document again asks the service. */
  const seedUsed = useRef(false);
  const [document, setDocument] = useState<DocumentFile | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [save, setSave] = useState<SaveState>(SAVED);
  const [undoState, setUndoState] = useState({ canUndo: false, canRedo: false });
  /** Counts changes to translations that did not come from typing (undo, copy source, merge...). */
  const [revision, setRevision] = useState(0);
  const typing = useRef<{ unitId: string; text: string; timer: number } | null>(null);
  /** The revision of the document as this copy holds it (see the contract's EditResult). */
  const known = useRef(0);
  /** Requests on their way: no polling meanwhile, their answers bring the revision. */
  const inFlight = useRef(0);
  /** Typing being sent ahead of an edit that follows it (a confirm): "saved" waits for that edit too. */
  const chained = useRef(0);
  /** Settles when the last edit sent has been answered and taken. */
  const lastEdit = useRef<Promise<void>>(Promise.resolve());
  /** Pages of units still on their way; null once the whole document is here. */
  const [loadingState, setLoadingState] = useState<{ loaded: number; total: number } | null>(null);
  const loading = useRef(true);
  /** Settles when every unit is loaded: edits wait for it, so their splices land on the whole list. */
  const complete = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    let cancelled = false;
    let finish = () => undefined as void;
    complete.current = new Promise<void>((resolve) => {
      finish = resolve;
    });
    loading.current = true;
    const seeded = seed !== null && !seedUsed.current;
    seedUsed.current = true;
    setDocument(null);
    setLoadError(null);
    const load = async () => {
      // The first rows paint at once; the rest follows in pages while the user reads.
      const page = await (seeded ? seed : api.getDocument({ documentId, withSourceText: false, firstUnits: FIRST_UNITS }));
      if (cancelled) return;
      const first = withoutCount(page);
      const unitCount = page.unitCount;
      known.current = page.revision;
      setUndoState({ canUndo: page.canUndo, canRedo: page.canRedo });
      setDocument(first);
      let units = first.units;
      // Let the first rows paint before the next page's parsing takes the main thread.
      if (units.length < unitCount) await afterNextPaint();
      while (units.length < unitCount) {
        setLoadingState({ loaded: units.length, total: unitCount });
        const page = await api.getUnits({ documentId, start: units.length, count: PAGE_UNITS });
        if (cancelled || page.units.length === 0) break;
        if (page.revision !== known.current) {
          // Changed elsewhere while loading: the pages no longer fit together; read it whole.
          const whole = await api.getDocument({ documentId, withSourceText: false });
          if (cancelled) break;
          known.current = whole.revision;
          setDocument(withoutCount(whole));
          break;
        }
        units = [...units, ...page.units];
        const loaded = units;
        setDocument((current) => current && { ...current, units: loaded });
      }
      setLoadingState(null);
    };
    const done = () => {
      if (!cancelled) loading.current = false;
      finish();
    };
    load().then(done, (error: unknown) => {
      if (!cancelled) setLoadError(error);
      done();
    });
    return () => {
      cancelled = true;
      finish();
    };
  }, [api, documentId, seed]);

  /** Reads the whole document again (another window or process changed it); editors start afresh. */
  const reload = useCallback(async () => {
    const page = await api.getDocument({ documentId, withSourceText: false });
    known.current = page.revision;
    setDocument(withoutCount(page));
    setUndoState({ canUndo: page.canUndo, canRedo: page.canRedo });
    // The editors start afresh from the document, unless someone is typing: their text stays and is saved.
    if (!typing.current) setRevision((r) => r + 1);
  }, [api, documentId]);

  const take = useCallback((result: EditResult | null) => {
    if (!result) return;
    setUndoState({ canUndo: result.canUndo, canRedo: result.canRedo });
    if (result.revision === known.current + 1) {
      known.current = result.revision;
      setDocument((current) => current && { ...current, units: applySplice(current.units, result.change) });
    } else {
      // Someone else's changes came in between: the splice does not fit this copy.
      void reload().catch(() => undefined);
    }
  }, [reload]);

  const run = useCallback(
    async (call: () => Promise<EditResult | null>): Promise<boolean> => {
      // One edit at a time: its answer is taken before the next leaves, so answers never arrive
      // out of order (a revision out of step then always means someone else's change).
      const previous = inFlight.current > 0 ? lastEdit.current : undefined;
      let settled = () => undefined as void;
      lastEdit.current = new Promise<void>((resolve) => {
        settled = resolve;
      });
      inFlight.current++;
      try {
        if (loading.current) await complete.current;
        if (previous) await previous;
        // The request leaves before any state changes, so no re-render runs ahead of it.
        const answer = call();
        setSave(SAVING);
        take(await answer);
        if (!typing.current && chained.current === 0) setSave(SAVED);
        return true;
      } catch (error) {
        setSave({ kind: ApiError.from(error).code === 'cancelled' ? 'cancelled' : 'failed', error });
        // Refused because another process changed the segment: show its change.
        if (ApiError.from(error).code === 'conflict') void reload().catch(() => undefined);
        return false;
      } finally {
        inFlight.current--;
        settled();
      }
    },
    [take, reload],
  );

  /** Sends the typing that is waiting, if any; every other action calls this first. */
  const flushTyping = useCallback(async (): Promise<void> => {
    const edit = typing.current;
    if (!edit) return;
    window.clearTimeout(edit.timer);
    typing.current = null;
    const saved = await run(() => api.edit({ documentId, operation: { kind: 'set-target', unitId: edit.unitId, text: edit.text }, baseRevision: known.current }));
    // Not written (a full disk, a read-only folder): the text is kept and tried again, unless newer typing took its place.
    if (!saved && !typing.current) typing.current = { ...edit, timer: window.setTimeout(() => void flushTyping(), RETRY_MS) };
  }, [api, documentId, run]);

  /** Sends the typing that is waiting ahead of an edit, which says "saved" once it is answered itself. */
  const flushAhead = useCallback(async (): Promise<void> => {
    chained.current++;
    try {
      await flushTyping();
    } finally {
      chained.current--;
    }
  }, [flushTyping]);

  const type = useCallback(
    (unitId: string, text: string) => {
      if (typing.current) window.clearTimeout(typing.current.timer);
      typing.current = { unitId, text, timer: window.setTimeout(() => void flushTyping(), SEND_DELAY_MS) };
      setSave(SAVING);
    },
    [flushTyping],
  );

  const edit = useCallback(
    async (operation: UserOperation) => {
      // No await when nothing waits, so the request leaves before React renders anything.
      if (typing.current) await flushAhead();
      const ok = await run(() => api.edit({ documentId, operation, baseRevision: known.current }));
      // Status and source changes leave the translation alone: never reset the editor for them.
      if (operation.kind !== 'set-status' && operation.kind !== 'set-source') setRevision((r) => r + 1);
      return ok;
    },
    [api, documentId, flushAhead, run],
  );

  /** Any call that answers with a splice (undo, redo, realigning, aligning a translation). */
  const request = useCallback(
    async (call: () => Promise<EditResult | null>) => {
      await flushAhead();
      const ok = await run(call);
      setRevision((r) => r + 1);
      return ok;
    },
    [flushAhead, run],
  );
  const undo = useCallback(() => request(() => api.undo({ documentId })), [api, documentId, request]);
  const redo = useCallback(() => request(() => api.redo({ documentId })), [api, documentId, request]);

  /** Notices changes made in another window or by another Pird process (the `pird` command, a second host). */
  useEffect(() => {
    if (!document) return undefined;
    let checking = false;
    const check = async () => {
      if (checking || loading.current || typing.current || inFlight.current > 0 || window.document.hidden) return;
      checking = true;
      // An answer that left before this window's own edit was taken tells of that edit, not of another process's.
      const asked = known.current;
      try {
        const { revision: onDisk } = await api.getRevision({ documentId });
        if (onDisk !== asked && known.current === asked && !typing.current && inFlight.current === 0) await reload();
      } catch {
        // the next edit reports what is wrong
      } finally {
        checking = false;
      }
    };
    const timer = window.setInterval(() => void check(), POLL_MS);
    window.addEventListener('focus', check);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', check);
    };
  }, [api, documentId, document === null, reload]);

  useEffect(() => {
    const beforeUnload = () => void flushTyping();
    window.addEventListener('beforeunload', beforeUnload);
    return () => window.removeEventListener('beforeunload', beforeUnload);
  }, [flushTyping]);

  return { document, loading: loadingState, loadError, save, undoState, revision, type, edit, request, undo, redo, flushTyping };
}
