import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localDigits } from '../i18n/digits';
import type { EditResult, PirdApi } from '../../shared/api';
import type { Side, Unit } from '../../shared/project';
import { ErrorBanner } from '../widgets/error-banner';
import { hasPersonWork } from '../../shared/project';
import type { UserOperation } from '../translate/use-document';
import { confidenceClass, needsCheck, nextToCheck } from './links-to-check';
import { useCommand, useCommandRegistry } from '../shell/commands';
import { runJobWithFiles, useJobRunner } from '../shell/jobs';
import { FilePicker } from '../widgets/file-picker';
import { CommandButton } from '../shell/command-button';
import type { CommandId } from '../../shared/commands';
import {
  Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, ToggleButton, Toolbar, ToolbarDivider, Tooltip,
} from '@fluentui/react-components';
import {
  ArrowDownRegular, ArrowImportRegular, ArrowJoinRegular, ArrowMinimizeVerticalRegular, ArrowRedoRegular, ArrowSwapRegular, ArrowSyncRegular,
  ArrowUndoRegular, ArrowUpRegular, CheckmarkRegular, CheckmarkStarburstRegular, LinkDismissRegular, SplitVerticalRegular, WarningRegular,
} from '@fluentui/react-icons';

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
  const { t, i18n } = useTranslation();
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
      <div className="cell number" role="rowheader">{localDigits(String(index + 1), i18n.language)}</div>
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
/** The grid's commands named in the line of keys under it, each with its short label. */
const KEY_LINE: readonly (readonly [CommandId, string])[] = [
  ['align.shiftDown', 'align.shiftDown'], ['align.mergeNext', 'align.mergeNext'], ['align.split', 'align.split'], ['align.emptyPartner', 'align.emptyPartner'],
  ['align.confirm', 'align.confirm'], ['align.nextLow', 'align.nextLow'], ['align.realign', 'align.realign'], ['align.undo', 'actions.undo'],
];

export function AlignmentView({ api, documentId, units, undoState, edit, request, undo, redo }: AlignmentViewProps) {
  const runJob = useJobRunner();
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
      void request(() => runJob(t('jobs.realign'), (jobId) => api.realign({ documentId, jobId })));
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
      let count = 0;
      const ok = await request(async () => {
        const result = await runJobWithFiles(runJob, t('jobs.align', { name: file.name }), [file], ([contentBase64 = ''], jobId) =>
          api.alignTranslation({ documentId, fileName: file.name, contentBase64, presegmented, existing, jobId }));
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

  const registry = useCommandRegistry();
  const hasActive = activeUnit !== undefined;
  useCommand('align.importTranslation', () => fileInput.current?.click());
  useCommand('align.realign', actions.realign);
  useCommand('align.mergeNext', actions.mergeNext, hasActive && active < units.length - 1);
  useCommand('align.mergePrevious', actions.mergePrevious, active > 0);
  useCommand('align.shiftUp', () => actions.shift('up'), hasActive);
  useCommand('align.shiftDown', () => actions.shift('down'), hasActive);
  useCommand('align.split', actions.split, hasActive);
  useCommand('align.emptyPartner', actions.emptyPartner, hasActive);
  useCommand('align.confirm', actions.confirm, hasActive);
  useCommand('align.confirmAbove', actions.confirmAbove, hasActive);
  useCommand('align.nextLow', () => actions.nextLow(1), units.length > 0);
  useCommand('align.previousLow', () => actions.nextLow(-1), units.length > 0);
  useCommand('align.undo', () => void undo(), undoState.canUndo);
  useCommand('align.redo', () => void redo(), undoState.canRedo);

  const rtl = i18n.dir() === 'rtl';
  /** The grid's own keys: its commands (as the user set them), then moving between links and sides. */
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (registry.dispatchKey(event, ['align'])) return;
    if (event.ctrlKey || event.altKey || event.metaKey || event.shiftKey) return;
    const key = event.key;
    if (key === 'ArrowDown') setActive((i) => Math.min(units.length - 1, i + 1));
    else if (key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
    // The source column stands on the reading side: right in an RTL interface, left otherwise.
    else if (key === 'ArrowLeft') setSide(rtl ? 'target' : 'source');
    else if (key === 'ArrowRight') setSide(rtl ? 'source' : 'target');
    else return;
    event.preventDefault();
  };

  return (
    <section className="alignment-view" aria-label={t('align.grid')}>
      <Toolbar className="toolbar" aria-label={t('align.toolbar')} size="small">
        <CommandButton command="align.importTranslation" hint={t('align.importHint')} icon={<ArrowImportRegular />} label={t('align.importTranslation')} />
        <FilePicker inputRef={fileInput} testId="translation-file" accept=".txt,.md,.html,.htm,.docx,text/plain" onFiles={([file]) => file && importTranslation(file)} />
        <Checkbox checked={presegmented} onChange={(_event, data) => setPresegmented(data.checked === true)} label={t('align.presegmented')} />
        <CommandButton command="align.realign" hint={t('align.realignHint')} icon={<ArrowSyncRegular />} label={t('align.realign')} />
        <ToolbarDivider />
        <CommandButton command="align.mergeNext" hint={t('align.mergeNextHint')} icon={<ArrowMinimizeVerticalRegular />} label={t('align.mergeNext')} />
        <CommandButton command="align.mergePrevious" hint={t('align.mergePreviousHint')} icon={<ArrowJoinRegular />} label={t('align.mergePrevious')} />
        <CommandButton command="align.shiftUp" hint={t('align.shiftUpHint')} icon={<ArrowUpRegular />} label={t('align.shiftUp')} />
        <CommandButton command="align.shiftDown" hint={t('align.shiftDownHint')} icon={<ArrowDownRegular />} label={t('align.shiftDown')} />
        <CommandButton command="align.split" hint={t('align.splitHint')} icon={<SplitVerticalRegular />} label={t('align.split')} keepFocus />
        <CommandButton command="align.emptyPartner" hint={t('align.emptyPartnerHint')} icon={<LinkDismissRegular />} label={t('align.emptyPartner')} />
        <ToolbarDivider />
        <CommandButton command="align.confirm" hint={t('align.confirmHint')} icon={<CheckmarkRegular />} label={t('align.confirm')} />
        <CommandButton command="align.confirmAbove" hint={t('align.confirmAboveHint')} icon={<CheckmarkStarburstRegular />} label={t('align.confirmAbove')} />
        <CommandButton command="align.nextLow" hint={t('align.nextLowHint')} icon={<WarningRegular />} label={t('align.nextLow')} />
        <Tooltip content={t('align.sideHint')} relationship="description" withArrow>
          <ToggleButton appearance="subtle" icon={<ArrowSwapRegular />} checked={side === 'target'} onClick={() => setSide(side === 'source' ? 'target' : 'source')}>
            {t('align.side', { side: t(side === 'source' ? 'document.source' : 'document.target') })}
          </ToggleButton>
        </Tooltip>
        <ToolbarDivider />
        <CommandButton command="align.undo" icon={<ArrowUndoRegular />} label={t('actions.undo')} />
        <CommandButton command="align.redo" icon={<ArrowRedoRegular />} label={t('actions.redo')} />
      </Toolbar>
      <Dialog open={asking !== null} onOpenChange={(_, data) => !data.open && setAsking(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('align.existingTitle')}</DialogTitle>
            <DialogContent>{asking && t('align.existingQuestion', { count: asking.worked, name: asking.file.name })}</DialogContent>
            <DialogActions>
              <Button appearance="primary" autoFocus onClick={() => asking && void alignWith(asking.file, 'keep')}>{t('align.existingKeep')}</Button>
              <Button onClick={() => asking && void alignWith(asking.file, 'replace')}>{t('align.existingReplace')}</Button>
              <Button onClick={() => setAsking(null)}>{t('align.existingCancel')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
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
      <p className="align-keys">
        {[
          t('align.keysLead'),
          ...KEY_LINE.flatMap(([command, label]) => {
            const chord = registry.bindings.get(command) ?? null;
            return chord === null ? [] : [`${chord} ${t(label)}`];
          }),
          t('align.keysMore', { keys: registry.bindings.get('help.shortcuts') ?? '' }),
        ].join(' · ')}
      </p>
    </section>
  );
}
