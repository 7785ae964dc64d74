import { useTranslation } from 'react-i18next';
import { useKeysHint } from '../shell/commands';
import { suggestedTerms, type UnitTermHit } from './use-glossary';

export interface GlossaryPanelProps {
  readonly hits: readonly UnitTermHit[];
  /** Puts an English term into the translation at the cursor. */
  onInsert(term: string): void;
}

/** The active segment's glossary terms: Sorani as found, English as the glossary wants it (Alt+number inserts). */
export function GlossaryPanel({ hits, onInsert }: GlossaryPanelProps) {
  const { t } = useTranslation();
  const insertHint = useKeysHint('glossary.insertHint');
  return (
    <section className="glossary-panel" aria-label={t('glossary.panel')}>
      <h3>{t('glossary.panel')}</h3>
      {hits.length === 0 ? (
        <p className="muted">{t('glossary.noHits')}</p>
      ) : (
        <ol>
          {hits.map((hit, index) => {
            const [preferred] = suggestedTerms(hit.entry);
            return (
              <li key={`${hit.entryId}:${hit.start}`} data-entry-id={hit.entryId}>
                <span dir="rtl" lang="ckb" className="glossary-source">{hit.term}</span>
                {' → '}
                {hit.entry.targetTerms.map((term) => (
                  <span key={term.text} className={`glossary-target term-${term.status}`} title={t(`glossary.status.${term.status}`)}>
                    {term.text}
                  </span>
                ))}
                {preferred !== undefined && (
                  <button type="button" className="link" onClick={() => onInsert(preferred)} title={insertHint(`segment.insertTerm${index + 1}`)}>
                    {t('glossary.insert')}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
