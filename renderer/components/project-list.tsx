import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PirdApi } from '../../shared/api';
import type { Project } from '../../shared/project';
import { errorText } from './error-banner';
import { fileToBase64 } from './files';

const CORPUS_FILE = /\.(?:tmx|xlf|xliff|tsv|csv)$/iu;

export interface ProjectListProps {
  readonly api: PirdApi;
  readonly projects: readonly Project[] | null;
  readonly documentId: string | null;
  onOpen(documentId: string): void;
  onDashboard(projectId: string): void;
  onGlossary(): void;
  onChanged(): Promise<void>;
}


export function ProjectList({ api, projects, documentId, onOpen, onDashboard, onGlossary, onChanged }: ProjectListProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [messages, setMessages] = useState<readonly string[]>([]);
  const fileInput = useRef<HTMLInputElement | null>(null);
  const [importInto, setImportInto] = useState<string | null>(null);
  const nameOf = (id: string): string => projects?.flatMap((p) => p.documents).find((d) => d.id === id)?.name ?? id;

  const importFiles = async (projectId: string, files: FileList) => {
    const notes: string[] = [];
    let last: string | undefined;
    const chosen = Array.from(files);
    // A Moses pair (x.ckb with x.en) comes in as one aligned document.
    const englishOf = (file: File): File | undefined =>
      /\.ckb$/iu.test(file.name) ? chosen.find((other) => other.name === file.name.replace(/\.ckb$/iu, '.en')) : undefined;
    const paired = new Set(chosen.flatMap((file) => englishOf(file) ?? []));
    for (const file of chosen) {
      if (paired.has(file)) continue;
      try {
        const english = englishOf(file);
        if (english) {
          const result = await api.importCorpus({
            projectId, fileName: file.name, contentBase64: await fileToBase64(file), format: 'moses',
            translationName: english.name, translationBase64: await fileToBase64(english),
          });
          notes.push(t('import.corpusDone', { name: file.name, format: result.format, count: result.pairs }));
          last = result.documents.at(-1)?.id ?? last;
          continue;
        }
        if (CORPUS_FILE.test(file.name)) {
          // A parallel corpus (TMX, XLIFF, TSV, CSV) comes in as aligned documents.
          const result = await api.importCorpus({ projectId, fileName: file.name, contentBase64: await fileToBase64(file) });
          notes.push(t('import.corpusDone', { name: file.name, format: result.format, count: result.pairs }));
          last = result.documents.at(-1)?.id ?? last;
          continue;
        }
        const result = await api.importDocument({ projectId, fileName: file.name, contentBase64: await fileToBase64(file) });
        notes.push(t('import.done', { name: file.name, format: result.format, encoding: result.encoding }));
        if (result.document.duplicateOf) notes.push(t('import.duplicate', { name: file.name, other: nameOf(result.document.duplicateOf) }));
        last = result.document.id;
      } catch (error) {
        notes.push(errorText(t, error));
      }
    }
    setMessages(notes);
    await onChanged();
    if (last) onOpen(last);
  };

  return (
    <nav className="project-list" aria-label={t('nav.projects')}>
      <button type="button" className="import-button glossary-link" onClick={onGlossary}>{t('glossary.open')}</button>
      <h2>{t('nav.projects')}</h2>
      {projects?.length === 0 && <p>{t('nav.noProjects')}</p>}
      {projects?.map((project) => (
        <div key={project.id} className="project" data-project-id={project.id}>
          <h3>{project.name}</h3>
          <span className="count">{t('nav.documents', { count: project.documents.length })}</span>
          <ul>
            {project.documents.map((doc) => (
              <li key={doc.id}>
                <button type="button" aria-current={doc.id === documentId} onClick={() => onOpen(doc.id)}>
                  {doc.name}
                </button>
                {doc.duplicateOf && (
                  <span className="duplicate-flag" title={t('import.duplicate', { name: doc.name, other: nameOf(doc.duplicateOf) })}>
                    {t('import.duplicateBadge')}
                  </span>
                )}
              </li>
            ))}
          </ul>
          <button type="button" className="import-button" onClick={() => onDashboard(project.id)}>
            {t('dashboard.open')}
          </button>
          <button
            type="button"
            className="import-button"
            onClick={() => {
              setImportInto(project.id);
              fileInput.current?.click();
            }}
          >
            {t('import.button')}
          </button>
        </div>
      ))}
      <input
        ref={fileInput}
        type="file"
        multiple
        hidden
        accept=".txt,.text,.md,.markdown,.html,.htm,.docx,.tmx,.xlf,.xliff,.tsv,.csv,.ckb,.en"
        data-testid="import-files"
        onChange={(event) => {
          const files = event.target.files;
          if (files && files.length > 0 && importInto) void importFiles(importInto, files);
          event.target.value = '';
        }}
      />
      <form
        className="new-project"
        onSubmit={async (event) => {
          event.preventDefault();
          if (!name.trim()) return;
          try {
            await api.createProject({ name });
            setName('');
            await onChanged();
          } catch (error) {
            setMessages([errorText(t, error)]);
          }
        }}
      >
        <input value={name} onChange={(event) => setName(event.target.value)} placeholder={t('project.namePlaceholder')} aria-label={t('project.name')} dir="auto" />
        <button type="submit">{t('project.create')}</button>
      </form>
      {messages.length > 0 && (
        <ul className="import-messages" role="status">
          {messages.map((message, index) => <li key={index}>{message}</li>)}
        </ul>
      )}
    </nav>
  );
}
