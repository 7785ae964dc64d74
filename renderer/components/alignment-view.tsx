import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditResult, PirdApi } from '../../shared/api';
import type { Side, Unit } from '../../shared/project';
import { ErrorBanner } from './error-banner';
import { fileToBase64 } from './files';
import { hasPersonWork } from '../../shared/project';
import type { UserOperation } from './use-document';
import { confidenceClass, needsCheck, nextToCheck } from './links-to-check';

export interface AlignmentViewProps {
  readonly api: PirdApi;
  readonly documentId: string;
  readonly units: readonly Unit[];
  readonly undoState: { readonly canUndo: boolean; readonly canRedo: boolean };
  edit(operation: UserOperation): Promise<boolean>;
  request(call: () => Promise<EditResult | null>): Promise<boolean>;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
}

interface LinkRowProps {
  readonly unit: Unit;
  readonly index: number;
  readonly active: boolean;
  readonly side: Side;
  onActivate(index: number, side: Side): void;
}

/** One link: the Sorani sentences beside the English ones, coloured by the aligner's confidence. */
const LinkRow = memo(function LinkRow({ unit, index, active, side, onActivate }: LinkRowProps) {
  const { t } = useTranslation();
  const column = (which: Side) => (
    <div
      className={`cell ${which}${active && side === which ? ' chosen-side' : ''}`}
      role="cell"
      dir={which === 'source' ? 'rtl' : 'ltr'}
      lang={which === 'source' ? 'ckb' : 'en'}
      onMouseDown={() => onActivate(index, which)}
    >
      {unit[which].length === 0 && <span className="no-sentence">{t('align.empty')}</span>}
      {unit[which].map((sentence, k) => (
        <p key={k} className="sentence" data-side={which} data-sentence={k}>{sentence.text}</p>
      ))}
    </div>
  );
  const confidence = confidenceClass(unit);
  return (
    <div
      className={`link-row link-${confidence}${active ? ' active' : ''}`}
      role="row"
      aria-rowindex={index + 1}
      aria-selected={active}
      data-unit-id={unit.id}
      data-confidence={confidence}
      data-shape={`${unit.source.length}-${unit.target.length}`}
    >
      <div className="cell number" role="rowheader">{index + 1}</div>
      {column('source')}
      {column('target')}
      <div className="cell link-score" role="cell" title={unit.alignment ? t('align.score', { score: unit.alignment.score.toFixed(2) }) : undefined}>
        {unit.alignment?.confirmed ? <span aria-label={t('align.confirmed')}>✔</span> : unit.alignment ? unit.alignment.score.toFixed(2) : ''}
      </div>
    </div>
  );
});

/** Where the text cursor stands inside a sentence of the list, if it does. */
function cursorInSentence(): { unitId: string; side: Side; sentence: number; at: number } | null {
  const selection = window.getSelection();
  const node = selection?.anchorNode;
  const element = node?.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element | null | undefined);
  const sentence = element?.closest<HTMLElement>('[data-sentence]');
  const row = sentence?.closest<HTMLElement>('[data-unit-id]');
  if (!selection || !sentence || !row) return null;
  return {
    unitId: row.dataset['unitId'] ?? '', side: sentence.dataset['side'] === 'target' ? 'target' : 'source',
    sentence: Number(sentence.dataset['sentence']), at: selection.anchorOffset,
  };
}

/**
 * The alignment editor: the document's units as links between Sorani and English sentences, with
 * the operations InterText and OmegaT users know, each one undoable, all on the keyboard.
 */
export function AlignmentView({ api, documentId, units, undoState, edit, request, undo, redo }: AlignmentViewProps) {
  const { t, i18n } = useTranslation();
  const [active, setActive] = useState(0);
  const [side, setSide] = useState<Side>('target');
  const [presegmented, setPresegmented] = useState(false);
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const list = useRef<HTMLDivElement | null>(null);
  const fileInput = useRef<HTMLInputElement | null>(null);
  const activeUnit = units[Math.min(active, units.length - 1)];

  const virtualizer = useVirtualizer({
    count: units.length,
    getScrollElement: () => list.current,
    estimateSize: () => 64,
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    overscan: 8,
    getItemKey: (row) => units[row]?.id ?? row,
  });

  useEffect(() => {
    if (active >= units.length && units.length > 0) setActive(units.length - 1);
  }, [active, units.length]);
  useEffect(() => {
    virtualizer.scrollToIndex(active, { align: 'auto' });
  }, [active, virtualizer]);

  const counts = useMemo(() => ({
    links: units.length,
    low: units.filter(needsCheck).length,
    confirmed: units.filter((u) => u.alignment?.confirmed).length,
  }), [units]);

  const activate = useCallback((index: number, which: Side) => {
    setActive(index);
    setSide(which);
  }, []);

  const run = useCallback((operation: UserOperation | null) => {
    if (!operation) return;
    setFailure(null);
    void edit(operation);
  }, [edit]);

  const actions = {
    mergeNext: () => activeUnit && active < units.length - 1 && run({ kind: 'merge-next', unitId: activeUnit.id }),
    mergePrevious: () => {
      const previous = units[active - 1];
      if (!previous) return;
      run({ kind: 'merge-next', unitId: previous.id });
      setActive(active - 1);
    },
    shift: (direction: 'up' | 'down') => activeUnit && run({ kind: 'shift', unitId: activeUnit.id, side, direction }),
    split: () => {
      const cursor = cursorInSentence();
      if (cursor && cursor.at > 0) run({ kind: 'split-sentence', unitId: cursor.unitId, side: cursor.side, sentence: cursor.sentence, at: cursor.at });
    },
    emptyPartner: () => activeUnit && run({ kind: 'detach', unitId: activeUnit.id, side }),
    confirm: () => activeUnit && run({ kind: 'confirm-links', unitIds: [activeUnit.id], confirmed: !activeUnit.alignment?.confirmed }),
    confirmAbove: () => {
      const ids = units.slice(0, active + 1).filter((u) => !u.alignment?.confirmed).map((u) => u.id);
      if (ids.length > 0) run({ kind: 'confirm-links', unitIds: ids, confirmed: true });
    },
    nextLow: (direction: 1 | -1) => {
      const next = nextToCheck(units, active, direction);
      if (next !== undefined) setActive(next);
    },
    realign: () => {
      setFailure(null);
      void request(() => api.realign({ documentId }));
    },
  };

  /** A translation about to be imported over segments a person worked on: waits for keep, replace or cancel. */
  const [asking, setAsking] = useState<{ file: File; worked: number } | null>(null);

  const importTranslation = (file: File) => {
    const worked = units.filter(hasPersonWork).length;
    if (worked > 0) setAsking({ file, worked });
    else void alignWith(file, 'replace');
  };

  const alignWith = async (file: File, existing: 'keep' | 'replace') => {
    setAsking(null);
    setFailure(null);
    setMessage('');
    try {
      const contentBase64 = await fileToBase64(file);
      let count = 0;
      const ok = await request(async () => {
        const result = await api.alignTranslation({ documentId, fileName: file.name, contentBase64, presegmented, existing });
        count = result.targetSentences;
        return result;
      });
      if (ok) {
        setMessage(t('align.imported', { count }));
        setActive(0);
      }
    } catch (error) {
      setFailure(error);
    }
  };

  const rtl = i18n.dir() === 'rtl';
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const key = event.key;
    const plain = !event.ctrlKey && !event.altKey && !event.metaKey;
    let handled = true;
    if ((event.ctrlKey || event.metaKey) && key.toLowerCase() === 'z') void (event.shiftKey ? redo() : undo());
    else if ((event.ctrlKey || event.metaKey) && key.toLowerCase() === 'y') void redo();
    else if (event.altKey && key === 'ArrowUp') actions.shift('up');
    else if (event.altKey && key === 'ArrowDown') actions.shift('down');
    else if (!plain) handled = false;
    else if (key === 'ArrowDown') setActive((i) => Math.min(units.length - 1, i + 1));
    else if (key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
    // The source column stands on the reading side: right in an RTL interface, left otherwise.
    else if (key === 'ArrowLeft') setSide(rtl ? 'target' : 'source');
    else if (key === 'ArrowRight') setSide(rtl ? 'source' : 'target');
    else if (key === 'Enter') (event.shiftKey ? actions.confirmAbove : actions.confirm)();
    else if (key.toLowerCase() === 'm') (event.shiftKey ? actions.mergePrevious : actions.mergeNext)();
    else if (key.toLowerCase() === 's') actions.split();
    else if (key.toLowerCase() === 'e') actions.emptyPartner();
    else if (key.toLowerCase() === 'n') actions.nextLow(event.shiftKey ? -1 : 1);
    else if (key.toLowerCase() === 'r') actions.realign();
    else handled = false;
    if (handled) event.preventDefault();
  };

  return (
    <section className="alignment-view" aria-label={t('align.grid')}>
      <div className="toolbar" role="toolbar">
        <button type="button" title={t('align.importHint')} onClick={() => fileInput.current?.click()}>{t('align.importTranslation')}</button>
        <input
          ref={fileInput}
          type="file"
          hidden
          data-testid="translation-file"
          accept=".txt,.md,.html,.htm,.docx,text/plain"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) importTranslation(file);
          }}
        />
        <label className="inline-check">
          <input type="checkbox" checked={presegmented} onChange={(event) => setPresegmented(event.target.checked)} />
          {t('align.presegmented')}
        </label>
        <button type="button" title={t('align.realignHint')} onClick={actions.realign}>{t('align.realign')}</button>
        <button type="button" title={t('align.mergeNextHint')} disabled={active >= units.length - 1} onClick={actions.mergeNext}>{t('align.mergeNext')}</button>
        <button type="button" title={t('align.mergePreviousHint')} disabled={active === 0} onClick={actions.mergePrevious}>{t('align.mergePrevious')}</button>
        <button type="button" title={t('align.shiftUpHint')} onClick={() => actions.shift('up')}>{t('align.shiftUp')}</button>
        <button type="button" title={t('align.shiftDownHint')} onClick={() => actions.shift('down')}>{t('align.shiftDown')}</button>
        <button type="button" title={t('align.splitHint')} onMouseDown={(event) => event.preventDefault()} onClick={actions.split}>{t('align.split')}</button>
        <button type="button" title={t('align.emptyPartnerHint')} onClick={actions.emptyPartner}>{t('align.emptyPartner')}</button>
        <button type="button" title={t('align.confirmHint')} onClick={actions.confirm}>{t('align.confirm')}</button>
        <button type="button" title={t('align.confirmAboveHint')} onClick={actions.confirmAbove}>{t('align.confirmAbove')}</button>
        <button type="button" title={t('align.nextLowHint')} onClick={() => actions.nextLow(1)}>{t('align.nextLow')}</button>
        <button type="button" title={t('align.sideHint')} aria-pressed={side === 'target'} onClick={() => setSide(side === 'source' ? 'target' : 'source')}>
          {t('align.side', { side: t(side === 'source' ? 'document.source' : 'document.target') })}
        </button>
        <button type="button" disabled={!undoState.canUndo} onClick={() => void undo()}>{t('actions.undo')}</button>
        <button type="button" disabled={!undoState.canRedo} onClick={() => void redo()}>{t('actions.redo')}</button>
      </div>
      {asking && (
        <div className="import-decision" role="dialog" aria-modal="false" aria-label={t('align.existingTitle')}>
          <p>{t('align.existingQuestion', { count: asking.worked, name: asking.file.name })}</p>
          <button type="button" autoFocus onClick={() => void alignWith(asking.file, 'keep')}>{t('align.existingKeep')}</button>
          <button type="button" onClick={() => void alignWith(asking.file, 'replace')}>{t('align.existingReplace')}</button>
          <button type="button" onClick={() => setAsking(null)}>{t('align.existingCancel')}</button>
        </div>
      )}
      <p className="align-summary" role="status">
        {t('align.summary', counts)}{message ? ` · ${message}` : ''}
      </p>
      <p className="align-legend">{t('align.legend')}</p>
      {failure !== null && <ErrorBanner error={failure} />}
      <div
        className="link-grid"
        role="grid"
        aria-label={t('align.grid')}
        aria-rowcount={units.length}
        aria-activedescendant={activeUnit ? `link-${activeUnit.id}` : undefined}
        tabIndex={0}
        ref={list}
        onKeyDown={onKeyDown}
      >
        <div className="link-canvas" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const unit = units[item.index];
            if (!unit) return null;
            return (
              <div key={item.key} id={`link-${unit.id}`} data-index={item.index} ref={virtualizer.measureElement} className="link-slot" style={{ transform: `translateY(${item.start}px)` }}>
                <LinkRow unit={unit} index={item.index} active={item.index === active} side={side} onActivate={activate} />
              </div>
            );
          })}
        </div>
      </div>
      <p className="align-keys">{t('align.keys')}</p>
    </section>
  );
}
