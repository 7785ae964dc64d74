import {
  Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, Spinner,
} from '@fluentui/react-components';
import { DismissRegular, DocumentAddRegular } from '@fluentui/react-icons';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PirdApi } from '../../shared/api';
import { errorText } from '../widgets/error-banner';
import { IMPORT_ACCEPT, importFiles } from './import-files';
import { runJobWithFiles, useJobRunner } from '../shell/jobs';
import { FilePicker } from '../widgets/file-picker';

/** What the wizard made, for the workbench to open and report. */
export interface CreatedProject {
  readonly projectId: string;
  readonly name: string;
  readonly documentIds: readonly string[];
  readonly lines: readonly string[];
  readonly failed: number;
}

export interface NewProjectWizardProps {
  readonly api: PirdApi;
  readonly initialName: string;
  /** How many entries the shared glossary has: the starter glossary is offered ticked while it is nearly empty. */
  readonly glossarySize: number;
  /** A document's name by its id (an imported file can repeat the text of one in any project). */
  readonly nameOf: (documentId: string) => string;
  readonly onCreated: (created: CreatedProject) => void;
  readonly onClose: () => void;
}

/** Below this many entries the shared glossary is taken to be a new one, and the starter glossary is offered ticked. */
const SMALL_GLOSSARY = 50;
const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/u;

/**
 * A new project in one dialog: its name and languages, the source files (picked or dropped), an
 * English translation to align with a single source file, and the starter glossary. Create makes
 * the project, imports the files and opens the first document.
 */
export function NewProjectWizard({ api, initialName, glossarySize, nameOf, onCreated, onClose }: NewProjectWizardProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(initialName);
  const [sourceLang, setSourceLang] = useState('ckb');
  const [targetLang, setTargetLang] = useState('en');
  const [files, setFiles] = useState<readonly File[]>([]);
  const [translation, setTranslation] = useState<File | null>(null);
  const [starter, setStarter] = useState(glossarySize < SMALL_GLOSSARY);
  const [busy, setBusy] = useState(false);
  const runJob = useJobRunner();
  const [failure, setFailure] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const filePicker = useRef<HTMLInputElement | null>(null);
  const translationPicker = useRef<HTMLInputElement | null>(null);

  const addFiles = (more: readonly File[]) => {
    setFiles((current) => [...current, ...more.filter((file) => !current.some((c) => c.name === file.name))]);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    addFiles(Array.from(event.dataTransfer.files));
  };
  const codesOk = LANGUAGE_CODE.test(sourceLang) && LANGUAGE_CODE.test(targetLang);
  const canAlign = files.length === 1;

  const create = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const project = await api.createProject({ name: name.trim(), sourceLang, targetLang });
      const report = await importFiles(api, project.id, files, t, nameOf, runJob);
      const lines = [...report.lines];
      const [first] = report.documentIds;
      if (translation && canAlign && first) {
        try {
          const aligned = await runJobWithFiles(runJob, t('jobs.align', { name: translation.name }), [translation], ([contentBase64 = ''], jobId) =>
            api.alignTranslation({ documentId: first, fileName: translation.name, contentBase64, existing: 'replace', jobId }));
          lines.push(t('wizard.aligned', { name: translation.name, count: aligned.targetSentences }));
        } catch (error) {
          lines.push(errorText(t, error));
        }
      }
      if (starter) {
        const added = await api.addStarterGlossary({});
        lines.push(t('wizard.starterAdded', { added: added.added, there: added.duplicates.length }));
      }
      onCreated({ projectId: project.id, name: project.name, documentIds: report.documentIds, lines, failed: report.failed });
    } catch (error) {
      setFailure(errorText(t, error));
      setBusy(false);
    }
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_event, data) => !data.open && !busy && onClose()}>
      <DialogSurface className="new-project-wizard" aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{t('wizard.title')}</DialogTitle>
          <DialogContent className="wizard-content">
            <Field label={t('project.name')} required>
              <Input value={name} onChange={(_event, data) => setName(data.value)} dir="auto" autoFocus data-testid="wizard-name" />
            </Field>
            <div className="wizard-languages">
              <Field label={t('wizard.sourceLang')} validationMessage={LANGUAGE_CODE.test(sourceLang) ? null : t('wizard.badCode')}>
                <Input value={sourceLang} onChange={(_event, data) => setSourceLang(data.value.trim())} dir="ltr" />
              </Field>
              <Field label={t('wizard.targetLang')} validationMessage={LANGUAGE_CODE.test(targetLang) ? null : t('wizard.badCode')}>
                <Input value={targetLang} onChange={(_event, data) => setTargetLang(data.value.trim())} dir="ltr" />
              </Field>
            </div>
            <fieldset className="wizard-files">
              <legend>{t('wizard.files')}</legend>
              <div
                className={dragging ? 'drop-zone dragging' : 'drop-zone'}
                data-testid="wizard-drop"
                onDragOver={(event) => {
                  event.preventDefault();
                  setDragging(true);
                }}
                onDragLeave={() => setDragging(false)}
                onDrop={onDrop}
              >
                <span>{t('wizard.drop')}</span>
                <Button icon={<DocumentAddRegular />} onClick={() => filePicker.current?.click()}>{t('wizard.choose')}</Button>
              </div>
              <FilePicker inputRef={filePicker} multiple accept={IMPORT_ACCEPT} testId="wizard-files" onFiles={addFiles} />
              {files.length === 0 ? <p className="muted">{t('wizard.noFiles')}</p> : (
                <ul className="wizard-file-list">
                  {files.map((file) => (
                    <li key={file.name}>
                      <span dir="auto">{file.name}</span>
                      <Button size="small" appearance="subtle" icon={<DismissRegular />} aria-label={t('wizard.remove', { name: file.name })}
                        onClick={() => setFiles((current) => current.filter((c) => c !== file))} />
                    </li>
                  ))}
                </ul>
              )}
            </fieldset>
            <Field label={t('wizard.translation')} hint={canAlign ? null : t('wizard.translationOne')}>
              <div className="wizard-translation">
                <Button disabled={!canAlign} onClick={() => translationPicker.current?.click()}>{t('wizard.chooseTranslation')}</Button>
                {translation && <span dir="auto">{translation.name}</span>}
              </div>
            </Field>
            <FilePicker inputRef={translationPicker} accept=".txt,.md,.html,.htm,.docx" testId="wizard-translation" onFiles={([file]) => setTranslation(file ?? null)} />
            <Checkbox checked={starter} onChange={(_event, data) => setStarter(data.checked === true)} label={t('wizard.starter')} />
            {failure !== null && <p className="wizard-failure" role="alert">{failure}</p>}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose} disabled={busy}>{t('wizard.cancel')}</Button>
            <Button appearance="primary" disabled={busy || name.trim() === '' || !codesOk} onClick={() => void create()} icon={busy ? <Spinner size="tiny" /> : null}>
              {t(busy ? 'wizard.creating' : 'wizard.create')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
