import { useVirtualizer } from '@tanstack/react-virtual';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PirdApi } from '../../shared/api';
import type { FirstPage } from '../api/boot';
import { compileQuery, filterUnits, hasTranslation, isDone, stylesByParagraph, unitSourceText, unitTargetText, type Role, type TmSettings, type Unit, type UnitFilter } from '../../shared/project';
import { countWords } from '../../shared/text';
import { LazyTargetEditor } from '../editor/lazy';
import { AlignmentView } from '../align/alignment-view';
import { ErrorBanner, errorText } from '../widgets/error-banner';
import { FilterBar } from './filter-bar';
import { FindReplace } from './find-replace';
import { SegmentRow } from './segment-row';
import { UnitPanel } from '../review/unit-panel';
import type { TargetEditorHandle } from '../editor/target-editor';
import { GlossaryPanel } from '../glossary/glossary-panel';
import { ConcordancePanel } from '../memory/concordance-panel';
import { matchingKey } from '../../shared/text';
import { MatchPanel } from '../memory/match-panel';
import { useTmMatches } from '../memory/use-tm';
import { QaReport } from '../qa/qa-report';
import { TermForm, type TermDraft } from '../glossary/term-form';
import { suggestedTerms, type Glossary } from '../glossary/use-glossary';
import { useDocument } from './use-document';
import { needsAttention, useQa, useTranslationsElsewhere } from '../qa/use-qa';
import { useCommand } from '../shell/commands';
import { CommandButton } from '../shell/command-button';
import { ToggleButton, Toolbar, ToolbarDivider } from '@fluentui/react-components';
import {
  ArrowJoinRegular, ArrowRedoRegular, ArrowSwapRegular, TranslateRegular, ArrowUndoRegular, CheckmarkCircleRegular, CheckmarkRegular, CopyRegular, EditRegular, SearchRegular,
  ShieldCheckmarkRegular, SplitVerticalRegular,
} from '@fluentui/react-icons';
import type { QaSettings } from '../../shared/qa';

/** Word counts per unit object: units are immutable, so an edit only recounts the units it replaced. */
const wordCounts = new WeakMap<Unit, { source: number; target: number }>();

export interface DocumentViewProps {
  readonly api: PirdApi;
  readonly documentId: string;
  readonly role: Role;
  /** The first rows of this or another document, fetched at start-up. */
  readonly firstPage?: FirstPage | null | undefined;
  readonly glossary: Glossary;
  /** The open document's project, named in the glossary form. */
  readonly projectName?: string | undefined;
  /** The project's quality-check settings. */
  readonly qaSettings?: QaSettings | undefined;
  /** Opens another document at a segment (a concordance hit elsewhere). */
  readonly onOpenDocument?: ((documentId: string, unitId: string) => void) | undefined;
  /** The segment to make active once the document is here. */
  readonly focusUnitId?: string | undefined;
  /** Told which segment is active (the place the workbench reopens at). */
  readonly onActiveUnit?: ((documentId: string, unitId: string) => void) | undefined;
  /** The project's translation memory settings (threshold, automatic insertion and propagation). */
  readonly tmSettings?: TmSettings | undefined;
}

export function DocumentView({ api, documentId, role, firstPage, glossary, projectName, qaSettings, onOpenDocument, focusUnitId, onActiveUnit, tmSettings }: DocumentViewProps) {
  const { t } = useTranslation();
  const { document, loading, loadError, save, undoState, revision, type, edit, request, undo, redo, flushTyping } = useDocument(api, documentId, firstPage);
  const [view, setView] = useState<'translate' | 'align'>('translate');
  const [active, setActive] = useState(0);
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  const sourceCursor = useRef(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const scroller = useRef<HTMLDivElement | null>(null);
  const units = useMemo(() => document?.units ?? [], [document]);
  const blocks = useMemo(() => stylesByParagraph(document?.paragraphStyles), [document?.paragraphStyles]);
  const activeUnit = units[active];
  const [filter, setFilter] = useState<UnitFilter>({ statuses: [], field: 'both', hasComments: false });
  /** The active segment's source is open for editing (F2): read-only otherwise, so that it is not changed by accident. */
  const [editingSource, setEditingSource] = useState(false);
  useEffect(() => setEditingSource(false), [active]);
  const [showReplace, setShowReplace] = useState(false);
  const [showQa, setShowQa] = useState(false);
  const projectGlossary = useMemo(() => glossary.forProject(document?.projectId), [glossary, document?.projectId]);
  const elsewhere = useTranslationsElsewhere(api, documentId);
  const qa = useQa(units, { termBase: projectGlossary.termBase, settings: qaSettings, elsewhere });
  const targetEditor = useRef<TargetEditorHandle | null>(null);
  const sourceSelection = useRef('');
  const [newTerm, setNewTerm] = useState<TermDraft | null>(null);
  const [newTermError, setNewTermError] = useState<unknown>(null);
  const openNewTerm = useCallback(() => {
    setNewTermError(null);
    setNewTerm({ source: sourceSelection.current.trim(), preferred: (targetEditor.current?.selectedText() ?? '').trim(), admitted: '', forbidden: '', domain: '', note: '' });
  }, []);
  const activeHits = useMemo(() => (activeUnit ? projectGlossary.hitsOf(activeUnit) : []), [activeUnit, projectGlossary]);
  const matches = useTmMatches(api, document?.projectId, documentId, activeUnit, tmSettings?.threshold);
  /** Segments the best match was put into on arriving (once each: deleting it again is the translator's choice). */
  const autoInserted = useRef(new Set<string>());
  useEffect(() => {
    const best = matches?.[0];
    const minimum = tmSettings?.autoInsert;
    if (!activeUnit || !best || minimum === undefined || best.score < minimum || autoInserted.current.has(activeUnit.id)) return;
    if (unitTargetText(activeUnit).trim() !== '' || (targetEditor.current?.text() ?? '').trim() !== '') return;
    autoInserted.current.add(activeUnit.id);
    targetEditor.current?.replaceAll(best.suggestion);
  }, [matches, activeUnit, tmSettings?.autoInsert]);
  const matchTargets = useMemo(() => (matches ?? []).slice(0, 5).map((match) => match.suggestion), [matches]);
  const glossaryTerms = useMemo(
    () => activeHits.flatMap((hit) => suggestedTerms(hit.entry).map((text, i) => ({ text, source: hit.term, preferred: i === 0 }))),
    [activeHits],
  );
  const visible = useMemo(
    () => filterUnits(units, filter, (index) => {
      const unit = units[index];
      return unit !== undefined && needsAttention(qa.issuesOf(unit));
    }),
    [units, filter, qa],
  );
  const compiledFilter = filter.query?.text ? compileQuery(filter.query) : undefined;
  const filterError = compiledFilter && !compiledFilter.ok ? compiledFilter.error : undefined;

  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 110,
    // Rows render in the first pass, before the scroller has been measured.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    overscan: 6,
    getItemKey: (row) => units[visible[row] ?? -1]?.id ?? row,
  });

  /**
   * The active row is scrolled into view when it changes or the filter does; not after every edit:
   * a change saved as the user clicks another row (a source committed on leaving it) must not
   * scroll the page from under the pointer.
   */
  const scrolledTo = useRef<{ active: number; filter: UnitFilter } | null>(null);
  useEffect(() => {
    if (scrolledTo.current?.active === active && scrolledTo.current.filter === filter) return;
    const row = visible.indexOf(active);
    if (row < 0) return;
    scrolledTo.current = { active, filter };
    virtualizer.scrollToIndex(row, { align: 'auto' });
  }, [active, filter, visible, virtualizer]);

  const moveTo = useCallback(
    async (index: number) => {
      await flushTyping();
      setActive(Math.max(0, Math.min(units.length - 1, index)));
    },
    [flushTyping, units.length],
  );

  /** Alt+arrows step through the segments the filter shows. */
  const step = useCallback(
    (direction: 1 | -1) => {
      const row = visible.indexOf(active);
      const next = visible[row < 0 ? 0 : row + direction];
      if (next !== undefined) void moveTo(next);
    },
    [active, moveTo, visible],
  );

  const confirm = useCallback(async () => {
    if (!activeUnit) return;
    // The request leaves first; then the move, so the next keystrokes land in the next segment
    // while the grid re-renders.
    const text = targetEditor.current?.text() ?? unitTargetText(activeUnit);
    const confirmed = edit({ kind: 'set-status', unitId: activeUnit.id, status: 'translated' });
    const next = units.findIndex((u, i) => i > active && !isDone(u.status));
    setActive(Math.min(units.length - 1, next >= 0 ? next : active + 1));
    if (!(await confirmed) || !tmSettings?.propagate || text.trim() === '') return;
    // Auto-propagation: the same sentence, still empty elsewhere in the document, gets this translation (one undo step).
    const key = matchingKey(unitSourceText(activeUnit));
    const items = units
      .filter((unit) => unit.id !== activeUnit.id && unitTargetText(unit).trim() === '' && matchingKey(unitSourceText(unit)) === key)
      .map((unit) => ({ unitId: unit.id, text, score: 100, memory: '', document: documentId, unit: activeUnit.id }));
    if (items.length > 0) await edit({ kind: 'pretranslate', items });
  }, [active, activeUnit, edit, units, tmSettings?.propagate, documentId]);

  /** The concordance, open with the words it was asked for (Ctrl+K), or closed (null). */
  const [concordance, setConcordance] = useState<string | null>(null);
  const openConcordance = useCallback((selected: string) => setConcordance(selected.trim()), []);
  /** The segment asked for is made active once, when it has arrived; later edits leave the active segment alone. */
  const focused = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!focusUnitId || focused.current === `${documentId}/${focusUnitId}`) return;
    const index = units.findIndex((unit) => unit.id === focusUnitId);
    if (index < 0) return;
    focused.current = `${documentId}/${focusUnitId}`;
    setActive(index);
  }, [documentId, focusUnitId, units]);
  useEffect(() => {
    if (activeUnit) onActiveUnit?.(documentId, activeUnit.id);
  }, [documentId, activeUnit?.id, onActiveUnit]);

  const checkQa = useCallback((text: string) => (activeUnit ? qa.checkTyped(activeUnit, text) : []), [activeUnit, qa]);

  const copySource = useCallback(() => {
    if (activeUnit) void edit({ kind: 'set-target', unitId: activeUnit.id, text: unitSourceText(activeUnit) });
  }, [activeUnit, edit]);

  const translating = view === 'translate';
  const ready = translating && loading === null;
  useCommand('view.translate', () => setView('translate'), !translating);
  /** The alignment view, once what is being typed is saved (it shows the units as stored). */
  const showAlign = () => void flushTyping().then(() => setView('align'));
  useCommand('view.align', showAlign, translating && loading === null);
  useCommand('edit.undo', () => void undo(), translating && undoState.canUndo);
  useCommand('edit.redo', () => void redo(), translating && undoState.canRedo);
  useCommand('edit.findReplace', () => setShowReplace((open) => !open), ready);
  useCommand('view.qaReport', () => setShowQa((open) => !open), ready);
  useCommand('segment.confirm', () => void confirm(), translating && activeUnit !== undefined);
  useCommand('segment.next', () => step(1), translating);
  useCommand('segment.previous', () => step(-1), translating);
  useCommand('segment.copySource', copySource, translating && activeUnit !== undefined);
  useCommand('segment.editSource', () => setEditingSource(true), translating && activeUnit !== undefined);
  useCommand('segment.mergeNext', () => activeUnit && void edit({ kind: 'merge-next', unitId: activeUnit.id }), translating && activeUnit !== undefined && active < units.length - 1);
  useCommand('segment.split', () => activeUnit && sourceCursor.current > 0 && void edit({ kind: 'split', unitId: activeUnit.id, sourceAt: sourceCursor.current }), translating && activeUnit !== undefined);
  useCommand('tools.newTerm', openNewTerm, translating);
  // The concordance looks up what is selected where the focus is: the English editor, else the Sorani source or the page.
  useCommand('tools.concordance', () => {
    const inEditor = window.document.activeElement?.closest('.target-editor') ? (targetEditor.current?.selectedText() ?? '') : '';
    openConcordance(inEditor || sourceSelection.current || (window.getSelection()?.toString() ?? ''));
  }, translating);

  const counts = useMemo(() => {
    let source = 0;
    let target = 0;
    for (const unit of units) {
      const known = wordCounts.get(unit) ?? { source: countWords(unitSourceText(unit)), target: countWords(unitTargetText(unit)) };
      wordCounts.set(unit, known);
      source += known.source;
      target += known.target;
    }
    return { source, target };
  }, [units]);

  const hasErrors = (unit: Unit | undefined): boolean => unit !== undefined && qa.issuesOf(unit).some((issue) => issue.severity === 'error');
  const unitById = new Map(units.map((unit) => [unit.id, unit]));
  const blocked = [...selected].filter((id) => hasErrors(unitById.get(id)));
  const approvable = [...selected].filter((id) => !blocked.includes(id));
  const blockedCount = blocked.length;
  const approveSelected = async () => {
    // Segments with quality errors are approved one by one, with a reason.
    if (await edit({ kind: 'set-status-many', unitIds: approvable, status: 'approved' })) setSelected(new Set(blocked));
  };
  useCommand('review.approveSelected', () => void approveSelected(), translating && role === 'reviewer' && approvable.length > 0);
  useCommand('review.approve', () => activeUnit && void edit({ kind: 'set-status', unitId: activeUnit.id, status: 'approved' }),
    translating && role === 'reviewer' && activeUnit !== undefined && !hasErrors(activeUnit) && activeUnit.status !== 'approved');

  if (loadError) return <ErrorBanner error={loadError} />;
  if (!document) return <p className="loading">{t('loading')}</p>;

  const translated = units.filter(hasTranslation).length;
  return (
    <section className="document-view" aria-label={document.name}>
      <header className="document-header">
        <h2>{document.name}</h2>
        <span className="progress">{t('document.progress', { translated, total: units.length })}</span>
        <span className="word-counts">{t('document.words', counts)}</span>
        {loading && <span className="loading-units" role="progressbar" aria-valuenow={loading.loaded} aria-valuemax={loading.total}>{t('document.loadingUnits', loading)}</span>}
        <span className={`save-state save-${save.kind}`} role="status">
          {save.kind === 'failed' ? t('save.failed', { message: errorText(t, save.error) }) : save.kind === 'cancelled' ? errorText(t, save.error) : t(`save.${save.kind}`)}
        </span>
        <span className="view-switch" role="group" aria-label={t('view.label')}>
          <ToggleButton size="small" icon={<TranslateRegular />} checked={view === 'translate'} onClick={() => setView('translate')}>{t('view.translate')}</ToggleButton>
          <ToggleButton size="small" icon={<ArrowSwapRegular />} checked={view === 'align'} disabled={loading !== null} onClick={showAlign}>{t('view.align')}</ToggleButton>
        </span>
      </header>
      {view === 'align' ? (
        <AlignmentView api={api} documentId={documentId} units={units} undoState={undoState} edit={edit} request={request} undo={undo} redo={redo} />
      ) : (<>
      <Toolbar className="toolbar" aria-label={t('actions.toolbar')} size="small">
        <CommandButton command="segment.confirm" hint={t('actions.confirmHint')} icon={<CheckmarkRegular />} label={t('actions.confirm')} />
        <CommandButton command="segment.copySource" hint={t('actions.copySourceHint')} icon={<CopyRegular />} label={t('actions.copySource')} />
        <CommandButton command="segment.mergeNext" icon={<ArrowJoinRegular />} label={t('actions.merge')} />
        <CommandButton command="segment.editSource" hint={t('actions.editSourceHint')} icon={<EditRegular />} label={t('actions.editSource')} pressed={editingSource} disabled={!activeUnit} onClick={() => setEditingSource((editing) => !editing)} />
        <CommandButton command="segment.split" hint={t('actions.splitHint')} icon={<SplitVerticalRegular />} label={t('actions.split')} />
        {role === 'reviewer' && (
          <CommandButton command="review.approveSelected" icon={<CheckmarkCircleRegular />} label={t('review.approveSelected', { count: approvable.length })} />
        )}
        {role === 'reviewer' && blockedCount > 0 && <span className="qa-blocked" role="note">{t('review.skippedErrors', { count: blockedCount })}</span>}
        <ToolbarDivider />
        <CommandButton command="edit.findReplace" icon={<SearchRegular />} label={t('replace.open')} pressed={showReplace} />
        <CommandButton command="view.qaReport" icon={<ShieldCheckmarkRegular />} label={t('qa.report')} pressed={showQa} />
        <ToolbarDivider />
        <CommandButton command="edit.undo" hint={t('actions.undoHint')} icon={<ArrowUndoRegular />} label={t('actions.undo')} />
        <CommandButton command="edit.redo" hint={t('actions.redoHint')} icon={<ArrowRedoRegular />} label={t('actions.redo')} />
      </Toolbar>
      {newTerm && (
        <div className="new-term" role="dialog" aria-label={t('glossary.newFromSelection')}>
          <TermForm
            initial={newTerm}
            onCancel={() => {
              setNewTerm(null);
              targetEditor.current?.focus();
            }}
            projectName={projectName}
            onSave={async ({ projectOnly, ...entry }) => {
              try {
                await api.saveGlossaryEntry({ entry: { ...entry, ...(projectOnly ? { projectId: document.projectId } : {}) } });
                await glossary.reload();
                setNewTerm(null);
                targetEditor.current?.focus();
              } catch (failure) {
                setNewTermError(failure);
              }
            }}
          />
          {newTermError !== null && <ErrorBanner error={newTermError} />}
        </div>
      )}
      <FilterBar filter={filter} shown={visible.length} total={units.length} error={filterError} onChange={setFilter} />
      {showReplace && !loading && <FindReplace units={units} edit={edit} />}
      {showQa && !loading && <QaReport units={units} documentName={document.name} issuesOf={qa.issuesOf} onJump={(index) => void moveTo(index)} />}
      <div className="document-body">
      <div className="segment-grid" role="table" aria-rowcount={units.length + 1}>
        <div className="segment-row grid-head" role="row" aria-rowindex={1}>
          <div className="cell number" role="columnheader">#</div>
          <div className="cell source" role="columnheader">{t('document.source')}</div>
          <div className="cell target" role="columnheader">{t('document.target')}</div>
          <div className="cell status" role="columnheader">{t('document.status')}</div>
        </div>
        <div className="segment-scroll" ref={scroller}>
          <div className="segment-canvas" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const index = visible[item.index] ?? -1;
              const unit = units[index];
              if (!unit) return null;
              return (
                <div
                  key={item.key}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  className="segment-slot"
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <SegmentRow
                    unit={unit}
                    index={index}
                    qaIssues={qa.issuesOf(unit)}
                    termMarks={projectGlossary.hitsOf(unit).map((hit) => ({
                      start: hit.start, end: hit.end, className: 'term', title: hit.entry.targetTerms.map((term) => `${term.text} (${t(`glossary.status.${term.status}`)})`).join(' · '),
                    }))}
                    active={index === active}
                    newParagraph={index > 0 && unit.paragraph !== units[index - 1]?.paragraph}
                    block={unit.paragraph !== units[index - 1]?.paragraph ? blocks.get(unit.paragraph) : undefined}
                    onActivate={(i) => void moveTo(i)}
                    setSlot={index === active ? setSlot : () => undefined}
                    editingSource={index === active && editingSource}
                    onSourceCommit={(text) => void edit({ kind: 'set-source', unitId: unit.id, text })}
                    onSourceEditEnd={() => setEditingSource(false)}
                    onSourceCursor={(offset, selected) => {
                      sourceCursor.current = offset;
                      sourceSelection.current = selected;
                    }}
                    selection={
                      role === 'reviewer'
                        ? {
                          checked: selected.has(unit.id),
                          toggle: () =>
                            setSelected((current) => {
                              const next = new Set(current);
                              if (!next.delete(unit.id)) next.add(unit.id);
                              return next;
                            }),
                        }
                        : undefined
                    }
                  />
                </div>
              );
            })}
          </div>
        </div>
      </div>
      {activeUnit && (
        <UnitPanel unit={activeUnit} role={role} edit={edit} qaIssues={qa.issuesOf(activeUnit)}>
          <MatchPanel matches={matches} source={unitSourceText(activeUnit)} onInsert={(text) => targetEditor.current?.replaceAll(text)} />
          <GlossaryPanel hits={activeHits} onInsert={(text) => targetEditor.current?.insert(text)} />
        </UnitPanel>
      )}
      </div>
      <Suspense fallback={null}>
      <LazyTargetEditor
        slot={slot}
        unitKey={activeUnit ? `${activeUnit.id}:${revision}` : ''}
        value={activeUnit ? unitTargetText(activeUnit) : ''}
        ariaLabel={t('document.segment', { n: active + 1 })}
        api={api}
        source={activeUnit ? unitSourceText(activeUnit) : ''}
        checkQa={checkQa}
        glossaryTerms={glossaryTerms}
        matchTargets={matchTargets}
        handleRef={targetEditor}
        onChange={(text) => activeUnit && text !== unitTargetText(activeUnit) && type(activeUnit.id, text)}
      />
      </Suspense>
      {concordance !== null && (
        <ConcordancePanel
          api={api}
          projectId={document?.projectId}
          initialQuery={concordance}
          onClose={() => setConcordance(null)}
          onOpen={(targetDocument, unitId) => {
            setConcordance(null);
            const index = units.findIndex((unit) => unit.id === unitId);
            if (targetDocument === documentId && index >= 0) void moveTo(index);
            else onOpenDocument?.(targetDocument, unitId);
          }}
        />
      )}
      </>)}
    </section>
  );
}
