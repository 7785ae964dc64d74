import { useVirtualizer } from '@tanstack/react-virtual';
import { Button, SearchBox } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput, PirdApi } from '../../shared/api';

type Hit = ApiOutput<'concordance'>['hits'][number];

export interface ConcordancePanelProps {
  readonly api: PirdApi;
  readonly projectId: string | undefined;
  /** What to look for first (the selection when Ctrl+K was pressed). */
  readonly initialQuery: string;
  onOpen(documentId: string, unitId: string): void;
  onClose(): void;
}

const SEARCH_AFTER_MS = 200;

/** A text with spans of it marked. */
function Marked({ text, spans, className }: { text: string; spans: ReadonlyArray<readonly [number, number]>; className: string }) {
  const pieces = [];
  let from = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (start < from) continue;
    pieces.push(text.slice(from, start), <mark key={start} className={className}>{text.slice(start, end)}</mark>);
    from = end;
  }
  pieces.push(text.slice(from));
  return <>{pieces}</>;
}

/**
 * Concordance (Ctrl+K): every memory's segments with the words looked for, as key-word-in-context
 * lines (the hit marked, the other side beside it with the likely translation marked), virtualized;
 * a click opens the segment's document.
 */
export function ConcordancePanel({ api, projectId, initialQuery, onOpen, onClose }: ConcordancePanelProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState(initialQuery);
  const [hits, setHits] = useState<readonly Hit[] | null>(null);
  const list = useRef<HTMLDivElement | null>(null);
  const input = useRef<HTMLInputElement | null>(null);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    const wanted = query.trim();
    if (wanted === '') {
      setHits([]);
      return undefined;
    }
    let current = true;
    setHits(null);
    const timer = window.setTimeout(() => {
      api.concordance({ query: wanted, limit: 500, ...(projectId ? { projectId } : {}) }).then(
        (found) => current && setHits(found.hits),
        () => current && setHits([]),
      );
    }, SEARCH_AFTER_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [api, projectId, query]);

  const rows = hits ?? [];
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => list.current, estimateSize: () => 72, overscan: 6 });

  return (
    <section
      className="concordance"
      role="dialog"
      aria-label={t('concordance.title')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <header className="concordance-head">
        <h3>{t('concordance.title')}</h3>
        <SearchBox className="concordance-query" input={{ ref: input }} dir="auto" aria-label={t('concordance.query')} placeholder={t('concordance.placeholder')} value={query} onChange={(_, data) => setQuery(data.value)} />
        <span className="muted" role="status">{hits === null ? t('concordance.searching') : t('concordance.count', { count: rows.length })}</span>
        <Button appearance="subtle" icon={<DismissRegular />} onClick={onClose}>{t('concordance.close')}</Button>
      </header>
      <div ref={list} className="concordance-list">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const hit = rows[item.index];
            if (!hit) return null;
            const hitSpan: Array<[number, number]> = [[hit.start, hit.end]];
            return (
              <button
                type="button"
                key={`${hit.document}:${hit.unit}`}
                className="concordance-hit"
                data-index={item.index}
                ref={virtualizer.measureElement}
                style={{ position: 'absolute', top: 0, insetInlineStart: 0, width: '100%', transform: `translateY(${item.start}px)` }}
                onClick={() => onOpen(hit.document, hit.unit)}
                title={t('concordance.open', { document: hit.documentName ?? hit.document })}
              >
                <span className="concordance-source" dir="rtl" lang="ckb">
                  <Marked text={hit.source} spans={hit.side === 'source' ? hitSpan : []} className="concordance-mark" />
                </span>
                <span className="concordance-target" dir="ltr" lang="en">
                  <Marked text={hit.target} spans={hit.side === 'target' ? hitSpan : hit.other} className={hit.side === 'target' ? 'concordance-mark' : 'concordance-likely'} />
                </span>
                <span className="concordance-origin muted">{hit.documentName ?? hit.document}{hit.projectName ? ` · ${hit.projectName}` : ''}</span>
              </button>
            );
          })}
        </div>
        {hits !== null && rows.length === 0 && query.trim() !== '' && <p className="muted">{t('concordance.none')}</p>}
      </div>
    </section>
  );
}
