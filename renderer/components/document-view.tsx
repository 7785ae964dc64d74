import { useVirtualizer } from '@tanstack/react-virtual';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PirdApi } from '../../shared/api';
import type { FirstPage } from '../api/boot';
import { compileQuery, filterUnits, hasTranslation, isDone, unitSourceText, unitTargetText, type Role, type TmSettings, type Unit, type UnitFilter } from '../../shared/project';
import { countWords } from '../../shared/text';
import { LazyTargetEditor } from '../editor/lazy';
import { AlignmentView } from './alignment-view';
import { ErrorBanner, errorText } from './error-banner';
import { FilterBar } from './filter-bar';
import { FindReplace } from './find-replace';
import { SegmentRow } from './segment-row';
import { UnitPanel } from './unit-panel';
import type { TargetEditorHandle } from '../editor/target-editor';
import { GlossaryPanel } from './glossary-panel';
import { ConcordancePanel } from './concordance-panel';
import { matchingKey } from '../../shared/text';
import { MatchPanel } from './match-panel';
import { useTmMatches } from './use-tm';
import { QaReport } from './qa-report';
import { TermForm, type TermDraft } from './term-form';
import { suggestedTerms, type Glossary } from './use-glossary';
import { useDocument } from './use-document';
import { needsAttention, useQa, useTranslationsElsewhere } from './use-qa';
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

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const key = event.key.toLowerCase();
      // Ctrl+Shift+G from the source box (Monaco has its own binding for the translation).
      if (event.ctrlKey && event.shiftKey && key === 'g') {
        event.preventDefault();
        openNewTerm();
        return;
      }
      if (event.key === 'F2' && !event.ctrlKey && !event.altKey && !event.shiftKey) {
        event.preventDefault();
        setEditingSource(true);
        return;
      }
      // Ctrl+K from the source box or the grid (Monaco has its own binding for the translation).
      if (event.ctrlKey && !event.shiftKey && !event.altKey && key === 'k') {
        event.preventDefault();
        openConcordance(sourceSelection.current || (window.getSelection()?.toString() ?? ''));
        return;
      }
      if (!(event.ctrlKey && event.altKey)) return;
      if (key === 'z') void undo();
      else if (key === 'y') void redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo, openNewTerm, openConcordance]);

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
          {save.kind === 'failed' ? t('save.failed', { message: errorText(t, save.error) }) : t(`save.${save.kind}`)}
        </span>
        <span className="view-switch" role="group" aria-label={t('view.label')}>
          <button type="button" aria-pressed={view === 'translate'} onClick={() => setView('translate')}>{t('view.translate')}</button>
          <button type="button" aria-pressed={view === 'align'} disabled={loading !== null} onClick={() => void flushTyping().then(() => setView('align'))}>{t('view.align')}</button>
        </span>
      </header>
      {view === 'align' ? (
        <AlignmentView api={api} documentId={documentId} units={units} undoState={undoState} edit={edit} request={request} undo={undo} redo={redo} />
      ) : (<>
      <div className="toolbar" role="toolbar">
        <button type="button" onClick={() => void confirm()} title={t('actions.confirmHint')}>{t('actions.confirm')}</button>
        <button type="button" onClick={copySource} title={t('actions.copySourceHint')}>{t('actions.copySource')}</button>
        <button
          type="button"
          disabled={!activeUnit || active >= units.length - 1}
          onClick={() => activeUnit && void edit({ kind: 'merge-next', unitId: activeUnit.id })}
        >
          {t('actions.merge')}
        </button>
        <button
          type="button"
          disabled={!activeUnit}
          aria-pressed={editingSource}
          title={t('actions.editSourceHint')}
          onClick={() => setEditingSource((editing) => !editing)}
        >
          {t('actions.editSource')}
        </button>
        <button
          type="button"
          disabled={!activeUnit}
          title={t('actions.splitHint')}
          onClick={() => activeUnit && sourceCursor.current > 0 && void edit({ kind: 'split', unitId: activeUnit.id, sourceAt: sourceCursor.current })}
        >
          {t('actions.split')}
        </button>
        {role === 'reviewer' && (
          <button
            type="button"
            disabled={approvable.length === 0}
            title={blockedCount > 0 ? t('review.skippedErrors', { count: blockedCount }) : undefined}
            onClick={async () => {
              // Segments with quality errors are approved one by one, with a reason.
              if (await edit({ kind: 'set-status-many', unitIds: approvable, status: 'approved' })) setSelected(new Set(blocked));
            }}
          >
            {t('review.approveSelected', { count: approvable.length })}
          </button>
        )}
        {role === 'reviewer' && blockedCount > 0 && <span className="qa-blocked" role="note">{t('review.skippedErrors', { count: blockedCount })}</span>}
        <button type="button" aria-pressed={showReplace} disabled={loading !== null} onClick={() => setShowReplace((open) => !open)}>{t('replace.open')}</button>
        <button type="button" aria-pressed={showQa} disabled={loading !== null} onClick={() => setShowQa((open) => !open)}>{t('qa.report')}</button>
        <button type="button" disabled={!undoState.canUndo} onClick={() => void undo()} title={t('actions.undoHint')}>{t('actions.undo')}</button>
        <button type="button" disabled={!undoState.canRedo} onClick={() => void redo()} title={t('actions.redoHint')}>{t('actions.redo')}</button>
      </div>
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
        onNewTerm={openNewTerm}
        onChange={(text) => activeUnit && text !== unitTargetText(activeUnit) && type(activeUnit.id, text)}
        onConfirm={() => void confirm()}
        onMove={step}
        onCopySource={copySource}
        onConcordance={openConcordance}
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
