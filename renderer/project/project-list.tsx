import { Button, Input } from '@fluentui/react-components';
import { AddRegular, ArrowImportRegular, BookRegular, DataBarVerticalRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PirdApi } from '../../shared/api';
import type { Project } from '../../shared/project';
import { useCommand } from '../shell/commands';
import { useReport } from '../shell/toasts';
import { useJobRunner } from '../shell/jobs';
import { FilePicker } from '../widgets/file-picker';
import { documentNameIn, IMPORT_ACCEPT, importFiles } from './import-files';

export interface ProjectListProps {
  readonly api: PirdApi;
  readonly projects: readonly Project[] | null;
  readonly documentId: string | null;
  onOpen(documentId: string): void;
  onDashboard(projectId: string): void;
  onGlossary(): void;
  onChanged(): Promise<void>;
  /** Opens the new-project wizard, with the name typed so far. */
  onNewProject(name: string): void;
}


export function ProjectList({ api, projects, documentId, onOpen, onDashboard, onGlossary, onChanged, onNewProject }: ProjectListProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const fileInput = useRef<HTMLInputElement | null>(null);
  const [importTarget, setImportTarget] = useState<string | null>(null);
  useCommand('file.newProject', () => onNewProject(''));
  const nameOf = (id: string): string => documentNameIn(projects, id);

  const report = useReport();
  const runJob = useJobRunner();
  const importInto = async (projectId: string, files: readonly File[]) => {
    const result = await importFiles(api, projectId, files, t, nameOf, runJob);
    await onChanged();
    const last = result.documentIds.at(-1);
    const [first] = result.documentIds;
    if (last) onOpen(last);
    report({
      title: t(result.failed > 0 ? 'import.reportProblems' : 'import.reportTitle', { count: result.lines.length }),
      lines: result.lines,
      intent: result.failed > 0 ? 'warning' : 'success',
      ...(first && result.documentIds.length > 1 ? { action: { label: t('import.openFirst'), run: () => onOpen(first) } } : {}),
    });
  };

  return (
    <nav className="project-list" aria-label={t('nav.projects')}>
      <Button appearance="subtle" className="glossary-link" icon={<BookRegular />} onClick={onGlossary}>{t('glossary.open')}</Button>
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
          <Button appearance="subtle" size="small" icon={<DataBarVerticalRegular />} onClick={() => onDashboard(project.id)}>
            {t('dashboard.open')}
          </Button>
          <Button
            appearance="subtle"
            size="small"
            icon={<ArrowImportRegular />}
            onClick={() => {
              setImportTarget(project.id);
              fileInput.current?.click();
            }}
          >
            {t('import.button')}
          </Button>
        </div>
      ))}
      <FilePicker inputRef={fileInput} multiple accept={IMPORT_ACCEPT} testId="import-files" onFiles={(files) => importTarget && void importInto(importTarget, files)} />
      <form
        className="new-project"
        onSubmit={(event) => {
          event.preventDefault();
          // The wizard takes the name on from here (files, a translation, the glossary).
          onNewProject(name.trim());
          setName('');
        }}
      >
        <Input size="small" value={name} onChange={(_, data) => setName(data.value)} placeholder={t('project.namePlaceholder')} aria-label={t('project.name')} dir="auto" />
        <Button type="submit" appearance="primary" size="small" icon={<AddRegular />}>{t('project.create')}</Button>
      </form>
    </nav>
  );
}
