import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useKeysHint } from '../shell/commands';
import type { TmMatchResult } from '../../shared/api';
import { formatDateTime } from '../i18n/dates';

export interface MatchPanelProps {
  /** null while the matches are on their way. */
  readonly matches: readonly TmMatchResult[] | null;
  /** The active segment's source, whose words the differences point into. */
  readonly source: string;
  /** Puts a match's translation in place of the segment's (one undoable edit). */
  onInsert(text: string): void;
}

/**
 * The stored source word by word against the active one: changed and other-form words marked,
 * words the active source lacks struck through, words it has in addition shown where they go.
 */
function StoredSource({ match, source }: { match: TmMatchResult; source: string }) {
  const { t } = useTranslation();
  let from = 0;
  const pieces = match.diff.map((step, k) => {
    if (step.kind === 'inserted') {
      const [start, end] = step.current ?? [0, 0];
      return <ins key={k} className="tm-inserted" title={t('tm.diff.inserted')}>{` ${source.slice(start, end)}`}</ins>;
    }
    const [start, end] = step.stored ?? [from, from];
    const before = match.source.slice(from, start);
    from = end;
    const word = match.source.slice(start, end);
    const kind = step.kind === 'equal' ? null : step.kind;
    return (
      <Fragment key={k}>
        {before}
        {kind ? <span className={`tm-${kind}`} title={t(`tm.diff.${kind}`)}>{word}</span> : word}
      </Fragment>
    );
  });
  return <>{pieces}{match.source.slice(from)}</>;
}

/** The best matches of the translation memory for the active segment (Ctrl+1…5 puts one in). */
export function MatchPanel({ matches, source, onInsert }: MatchPanelProps) {
  const { t, i18n } = useTranslation();
  const insertHint = useKeysHint('tm.insertHint');
  return (
    <section className="match-panel" aria-label={t('tm.panel')}>
      <h3>{t('tm.panel')}</h3>
      {matches === null ? (
        <p className="muted">{t('tm.looking')}</p>
      ) : matches.length === 0 ? (
        <p className="muted">{t('tm.none')}</p>
      ) : (
        <ol>
          {matches.map((match, index) => (
            <li key={`${match.document}:${match.unit}`} className="tm-match" data-score={match.score} data-unit-id={match.unit}>
              <div className="tm-head">
                <span className={`tm-score${match.score >= 100 ? ' exact' : ''}`}>{t('tm.score', { score: match.score })}</span>
                <button type="button" className="link" onClick={() => onInsert(match.suggestion)} title={insertHint(`segment.insertMatch${index + 1}`)}>
                  {t('tm.insert', { n: index + 1 })}
                </button>
              </div>
              <div className="tm-source" dir="rtl" lang="ckb"><StoredSource match={match} source={source} /></div>
              <div className="tm-target" dir="ltr" lang="en">{match.suggestion}</div>
              {match.adapted && <div className="tm-adapted">{t('tm.adapted')}</div>}
              <div className="tm-origin muted">
                {t('tm.origin', {
                  document: match.documentName ?? match.document,
                  project: match.projectName ?? match.project,
                  status: t(`status.${match.status}`),
                })}
                {match.author && ` · ${match.author}`}
                {match.changed && <> · <time dateTime={match.changed}>{formatDateTime(match.changed, t, i18n.language)}</time></>}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
