import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PirdApi } from '../../shared/api';
import type { GlossaryConflict, GlossaryEntry } from '../../shared/glossary';
import { matchingKey } from '../../shared/text';
import { formatDateTime } from '../i18n/dates';
import { ErrorBanner } from './error-banner';
import { downloadText, fileToBase64 } from './files';
import { TermForm, type TermDraft } from './term-form';
import type { Glossary } from './use-glossary';

const EXPORT_FORMATS = ['tbx', 'csv', 'tsv', 'hunalign'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

function matches(entry: GlossaryEntry, query: string): boolean {
  if (!query.trim()) return true;
  const sorani = matchingKey(query);
  const english = query.trim().toLowerCase();
  return entry.sourceTerms.some((term) => matchingKey(term).includes(sorani)) || entry.targetTerms.some((term) => term.text.toLowerCase().includes(english));
}

const draftOf = (entry: GlossaryEntry): TermDraft => ({
  source: entry.sourceTerms.join(' | '),
  preferred: entry.targetTerms.filter((t) => t.status === 'preferred').map((t) => t.text).join(' | '),
  admitted: entry.targetTerms.filter((t) => t.status === 'admitted').map((t) => t.text).join(' | '),
  forbidden: entry.targetTerms.filter((t) => t.status === 'forbidden').map((t) => t.text).join(' | '),
  domain: entry.domain ?? '',
  note: entry.note ?? '',
  projectOnly: entry.projectId !== undefined,
  commonWords: (entry.commonWords ?? []).join(' | '),
});

/** The whole glossary: search, filter by domain, add, edit, delete with undo, import and export. */
export interface GlossaryManagerProps {
  readonly api: PirdApi;
  readonly glossary: Glossary;
  /** The project last worked in (its dashboard, or the open document's): new entries may be its own. */
  readonly project?: { readonly id: string; readonly name: string } | undefined;
}

export function GlossaryManager({ api, glossary, project }: GlossaryManagerProps) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [domain, setDomain] = useState('');
  const [editing, setEditing] = useState<GlossaryEntry | 'new' | null>(null);
  const [deleted, setDeleted] = useState<GlossaryEntry | null>(null);
  const [merge, setMerge] = useState(false);
  const [report, setReport] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [format, setFormat] = useState<ExportFormat>('tbx');
  const [folder, setFolder] = useState('');
  const [conflicts, setConflicts] = useState<readonly GlossaryConflict[]>([]);
  const [syncReport, setSyncReport] = useState<string | null>(null);

  const loadConflicts = useCallback(async () => setConflicts((await api.getGlossaryConflicts({})).conflicts), [api]);
  useEffect(() => {
    api.getSettings({}).then((settings) => setFolder(settings.glossaryFolder ?? ''), setError);
    loadConflicts().catch(setError);
  }, [api, loadConflicts]);

  const domains = useMemo(() => [...new Set(glossary.entries.flatMap((e) => (e.domain ? [e.domain] : [])))].sort(), [glossary.entries]);
  const shown = useMemo(
    () => glossary.entries.filter((entry) => matches(entry, query) && (!domain || entry.domain === domain)),
    [glossary.entries, query, domain],
  );

  const act = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
      await glossary.reload();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <section className="glossary-manager" aria-label={t('glossary.manager')}>
      <h2>{t('glossary.manager')}</h2>
      {error !== null && <ErrorBanner error={error} />}
      <div className="toolbar" role="toolbar">
        <input type="search" dir="auto" aria-label={t('glossary.search')} placeholder={t('glossary.search')} value={query} onChange={(event) => setQuery(event.target.value)} />
        <select aria-label={t('glossary.domain')} value={domain} onChange={(event) => setDomain(event.target.value)}>
          <option value="">{t('glossary.allDomains')}</option>
          {domains.map((d) => <option key={d} value={d}>{d}</option>)}
        </select>
        <span className="muted" role="status">{t('glossary.shown', { shown: shown.length, total: glossary.entries.length })}</span>
        <button type="button" onClick={() => setEditing('new')}>{t('glossary.add')}</button>
        <label className="import-button">
          {t('glossary.import')}
          <input
            type="file"
            accept=".tbx,.xml,.csv,.tsv,.txt"
            hidden
            onChange={async (event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (!file) return;
              await act(async () => {
                const result = await api.importGlossary({ fileName: file.name, contentBase64: await fileToBase64(file), merge });
                setReport(t('glossary.imported', {
                  added: result.added, merged: result.merged, duplicates: result.duplicates.length,
                  lines: result.duplicates.map((d) => d.line).join(', ') || '-',
                }));
              });
            }}
          />
        </label>
        <label>
          <input type="checkbox" checked={merge} onChange={(event) => setMerge(event.target.checked)} />
          {t('glossary.mergeDuplicates')}
        </label>
        <select aria-label={t('glossary.exportFormat')} value={format} onChange={(event) => setFormat(event.target.value as ExportFormat)}>
          {EXPORT_FORMATS.map((name) => <option key={name} value={name}>{t(`glossary.formats.${name}`)}</option>)}
        </select>
        <button
          type="button"
          onClick={() => void act(async () => {
            const file = await api.exportGlossary({ format });
            downloadText(file.fileName, file.content, format === 'tbx' ? 'application/xml' : 'text/plain;charset=utf-8');
          })}
        >
          {t('glossary.export')}
        </button>
      </div>
      {report && <p role="status" className="import-report">{report}</p>}
      <form
        className="shared-folder"
        onSubmit={(event) => {
          event.preventDefault();
          void act(async () => {
            await api.updateSettings({ glossaryFolder: folder.trim() });
            if (!folder.trim()) return setSyncReport(null);
            const result = await api.syncGlossary({});
            setSyncReport(t('glossary.synced', { copies: result.copies, pulled: result.pulled, conflicts: result.newConflicts, unreadable: result.unreadable.length }));
            await loadConflicts();
          });
        }}
      >
        <label>
          {t('glossary.sharedFolder')}
          <input name="folder" dir="ltr" value={folder} placeholder={t('glossary.sharedFolderHint')} onChange={(event) => setFolder(event.target.value)} />
        </label>
        <button type="submit">{t('glossary.syncNow')}</button>
        {syncReport && <span role="status" className="sync-report">{syncReport}</span>}
      </form>
      {conflicts.length > 0 && (
        <section className="glossary-conflicts" aria-label={t('glossary.conflicts')}>
          <h3>{t('glossary.conflicts')}</h3>
          <ul>
            {conflicts.map((conflict) => (
              <li key={conflict.id} data-entry-id={conflict.id}>
                <span dir="rtl" lang="ckb" className="glossary-source">{conflict.mine?.sourceTerms[0] ?? conflict.theirs?.sourceTerms[0] ?? conflict.id}</span>
                {' · '}
                {t('glossary.mine', { version: conflict.mine ? conflict.mine.targetTerms.map((x) => x.text).join(', ') : t('glossary.deletedVersion') })}
                {' · '}
                {t('glossary.theirs', {
                  who: conflict.theirs?.changedBy ?? conflict.theirsFrom,
                  version: conflict.theirs ? conflict.theirs.targetTerms.map((x) => x.text).join(', ') : t('glossary.deletedVersion'),
                })}{' '}
                <button type="button" className="link" onClick={() => void act(async () => setConflicts((await api.resolveGlossaryConflict({ id: conflict.id, keep: 'mine' })).conflicts))}>
                  {t('glossary.keepMine')}
                </button>{' '}
                <button type="button" className="link" onClick={() => void act(async () => setConflicts((await api.resolveGlossaryConflict({ id: conflict.id, keep: 'theirs' })).conflicts))}>
                  {t('glossary.takeTheirs')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {deleted && (
        <p role="status" className="undo-bar">
          {t('glossary.deleted', { term: deleted.sourceTerms[0] ?? '' })}{' '}
          <button type="button" onClick={() => void act(async () => {
            const { id, sourceTerms, targetTerms, partOfSpeech, domain: field, note, commonWords, examples, projectId } = deleted;
            await api.saveGlossaryEntry({
              entry: {
                id, sourceTerms, targetTerms, examples, ...(partOfSpeech ? { partOfSpeech } : {}), ...(field ? { domain: field } : {}),
                ...(note ? { note } : {}), ...(commonWords ? { commonWords } : {}), ...(projectId ? { projectId } : {}),
              },
            });
            setDeleted(null);
          })}>
            {t('actions.undo')}
          </button>
        </p>
      )}
      {editing !== null && (
        <TermForm
          initial={editing === 'new' ? undefined : draftOf(editing)}
          projectName={project?.name}
          onCancel={() => setEditing(null)}
          onSave={({ projectOnly, ...fields }) => act(async () => {
            const projectId = projectOnly ? (editing === 'new' ? project?.id : (editing.projectId ?? project?.id)) : undefined;
            const entry = { ...fields, ...(projectId ? { projectId } : {}) };
            if (editing === 'new') await api.saveGlossaryEntry({ entry });
            else await api.saveGlossaryEntry({ entry: { ...entry, id: editing.id, examples: editing.examples }, baseRevision: editing.revision });
            setEditing(null);
          })}
        />
      )}
      <table className="glossary-table">
        <thead>
          <tr>
            <th scope="col">{t('document.source')}</th>
            <th scope="col">{t('document.target')}</th>
            <th scope="col">{t('glossary.domain')}</th>
            <th scope="col">{t('glossary.changed')}</th>
            <th scope="col"><span className="visually-hidden">{t('glossary.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {shown.map((entry) => (
            <tr key={entry.id} data-entry-id={entry.id}>
              <td dir="rtl" lang="ckb" className="glossary-source">{entry.sourceTerms.join(' · ')}</td>
              <td>
                {entry.targetTerms.map((term) => (
                  <span key={term.text} className={`glossary-target term-${term.status}`} title={t(`glossary.status.${term.status}`)}>{term.text}</span>
                ))}
              </td>
              <td>
                {entry.domain ?? ''}
                {entry.projectId && <span className="project-badge">{t('glossary.projectBadge')}</span>}
              </td>
              <td className="muted">{entry.changedBy} · {formatDateTime(entry.changedAt, t, i18n.language)}</td>
              <td>
                <button type="button" className="link" onClick={() => setEditing(entry)}>{t('glossary.edit')}</button>{' '}
                <button
                  type="button"
                  className="link"
                  onClick={() => void act(async () => setDeleted(await api.deleteGlossaryEntry({ id: entry.id })))}
                >
                  {t('glossary.delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
