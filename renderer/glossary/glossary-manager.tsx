import {
  Button, Checkbox, Field, Input, SearchBox, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Toolbar, ToolbarDivider,
} from '@fluentui/react-components';
import { AddRegular, ArrowExportRegular, ArrowImportRegular, ArrowSyncRegular, ArrowUndoRegular, DeleteRegular, EditRegular, FolderRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilePicker } from '../widgets/file-picker';
import type { PirdApi } from '../../shared/api';
import type { GlossaryConflict, GlossaryEntry } from '../../shared/glossary';
import { matchingKey } from '../../shared/text';
import { formatDateTime } from '../i18n/dates';
import { ErrorBanner } from '../widgets/error-banner';
import { downloadText, fileToBase64 } from '../widgets/files';
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
  const importPicker = useRef<HTMLInputElement | null>(null);
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
      <Toolbar className="glossary-toolbar" aria-label={t('glossary.manager')}>
        <SearchBox dir="auto" aria-label={t('glossary.search')} placeholder={t('glossary.search')} value={query} onChange={(_, data) => setQuery(data.value)} />
        <Select aria-label={t('glossary.domain')} value={domain} onChange={(_, data) => setDomain(data.value)}>
          <option value="">{t('glossary.allDomains')}</option>
          {domains.map((d) => <option key={d} value={d}>{d}</option>)}
        </Select>
        <span className="muted" role="status">{t('glossary.shown', { shown: shown.length, total: glossary.entries.length })}</span>
        <ToolbarDivider />
        <Button appearance="subtle" icon={<AddRegular />} onClick={() => setEditing('new')}>{t('glossary.add')}</Button>
        <Button appearance="subtle" icon={<ArrowImportRegular />} onClick={() => importPicker.current?.click()}>{t('glossary.import')}</Button>
        <FilePicker inputRef={importPicker} accept=".tbx,.xml,.csv,.tsv,.txt" testId="glossary-file" onFiles={([file]) => file && void act(async () => {
          const result = await api.importGlossary({ fileName: file.name, contentBase64: await fileToBase64(file), merge });
          setReport(t('glossary.imported', {
            added: result.added, merged: result.merged, duplicates: result.duplicates.length,
            lines: result.duplicates.map((d) => d.line).join(', ') || '-',
          }));
        })} />
        <Checkbox checked={merge} onChange={(_, data) => setMerge(data.checked === true)} label={t('glossary.mergeDuplicates')} />
        <ToolbarDivider />
        <Select aria-label={t('glossary.exportFormat')} value={format} onChange={(_, data) => setFormat(data.value as ExportFormat)}>
          {EXPORT_FORMATS.map((name) => <option key={name} value={name}>{t(`glossary.formats.${name}`)}</option>)}
        </Select>
        <Button
          appearance="subtle"
          icon={<ArrowExportRegular />}
          onClick={() => void act(async () => {
            const file = await api.exportGlossary({ format });
            downloadText(file.fileName, file.content, format === 'tbx' ? 'application/xml' : 'text/plain;charset=utf-8');
          })}
        >
          {t('glossary.export')}
        </Button>
      </Toolbar>
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
        <Field label={t('glossary.sharedFolder')} className="shared-folder-field">
          <Input name="folder" dir="ltr" contentBefore={<FolderRegular />} value={folder} placeholder={t('glossary.sharedFolderHint')} onChange={(_, data) => setFolder(data.value)} />
        </Field>
        <Button type="submit" icon={<ArrowSyncRegular />}>{t('glossary.syncNow')}</Button>
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
                <Button size="small" onClick={() => void act(async () => setConflicts((await api.resolveGlossaryConflict({ id: conflict.id, keep: 'mine' })).conflicts))}>
                  {t('glossary.keepMine')}
                </Button>{' '}
                <Button size="small" onClick={() => void act(async () => setConflicts((await api.resolveGlossaryConflict({ id: conflict.id, keep: 'theirs' })).conflicts))}>
                  {t('glossary.takeTheirs')}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {deleted && (
        <p role="status" className="undo-bar">
          {t('glossary.deleted', { term: deleted.sourceTerms[0] ?? '' })}{' '}
          <Button size="small" icon={<ArrowUndoRegular />} onClick={() => void act(async () => {
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
          </Button>
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
      <Table className="glossary-table" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('document.source')}</TableHeaderCell>
            <TableHeaderCell>{t('document.target')}</TableHeaderCell>
            <TableHeaderCell>{t('glossary.domain')}</TableHeaderCell>
            <TableHeaderCell>{t('glossary.changed')}</TableHeaderCell>
            <TableHeaderCell><span className="visually-hidden">{t('glossary.actions')}</span></TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((entry) => (
            <TableRow key={entry.id} data-entry-id={entry.id}>
              <TableCell dir="rtl" lang="ckb" className="glossary-source">{entry.sourceTerms.join(' · ')}</TableCell>
              <TableCell>
                {entry.targetTerms.map((term) => (
                  <span key={term.text} className={`glossary-target term-${term.status}`} title={t(`glossary.status.${term.status}`)}>{term.text}</span>
                ))}
              </TableCell>
              <TableCell>
                {entry.domain ?? ''}
                {entry.projectId && <span className="project-badge">{t('glossary.projectBadge')}</span>}
              </TableCell>
              <TableCell className="muted">{entry.changedBy} · {formatDateTime(entry.changedAt, t, i18n.language)}</TableCell>
              <TableCell className="glossary-actions">
                <Button size="small" appearance="subtle" icon={<EditRegular />} onClick={() => setEditing(entry)}>{t('glossary.edit')}</Button>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<DeleteRegular />}
                  onClick={() => void act(async () => setDeleted(await api.deleteGlossaryEntry({ id: entry.id })))}
                >
                  {t('glossary.delete')}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
