import { Button, Checkbox, Field, Input, Select } from '@fluentui/react-components';
import { ArrowExportRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useJobRunner } from '../shell/jobs';
import type { PirdApi } from '../../shared/api';
import { CORPUS_FORMATS, type CorpusFormat } from '../../shared/formats';
import { UNIT_STATUSES } from '../../shared/project';
import { ErrorBanner } from '../widgets/error-banner';
import { downloadText } from '../widgets/files';
import { useAttempt } from '../widgets/use-attempt';

const MEDIA_TYPE: Readonly<Record<CorpusFormat, string>> = {
  tmx: 'application/x-tmx+xml', xliff: 'application/xliff+xml', tsv: 'text/tab-separated-values',
  csv: 'text/csv', moses: 'text/plain', jsonl: 'application/jsonl',
};

export interface CorpusExportProps {
  readonly api: PirdApi;
  readonly projectId: string;
  /** The project's documents, to choose from (all by default). */
  readonly documents: ReadonlyArray<{ readonly id: string; readonly name: string }>;
}

/** A project (or some of its documents) as a parallel corpus: format, which segments, clean-up, language codes; downloaded as files. */
export function CorpusExport({ api, projectId, documents }: CorpusExportProps) {
  const { t } = useTranslation();
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const [format, setFormat] = useState<CorpusFormat>('tmx');
  const [approvedOnly, setApprovedOnly] = useState(false);
  /** Rejected segments are someone's judgement that the pair is wrong: left out unless asked for. */
  const [includeRejected, setIncludeRejected] = useState(false);
  const [dedupe, setDedupe] = useState(false);
  const [clean, setClean] = useState(false);
  /** CSV: formula cells neutralized for spreadsheets unless the corpus is for tools. */
  const [keepFormulas, setKeepFormulas] = useState(false);
  const [sourceLang, setSourceLang] = useState('ckb');
  const [targetLang, setTargetLang] = useState('en');
  const [report, setReport] = useState('');
  const { failure, attempt } = useAttempt();
  const runJob = useJobRunner();

  const run = () => attempt(async () => {
    setReport('');
    const result = await runJob(t('jobs.export'), (jobId) => api.exportCorpus({ jobId,
        projectId, documentIds: documents.filter((d) => !left.has(d.id)).map((d) => d.id), format, statuses: approvedOnly ? ['approved'] : includeRejected ? [] : UNIT_STATUSES.filter((status) => status !== 'rejected'), dedupe, clean, sourceLang, targetLang,
        neutralizeFormulas: !keepFormulas,
      }));
    for (const file of result.files) downloadText(file.name, file.content, `${MEDIA_TYPE[format]};charset=utf-8`);
    setReport(t('corpus.exported', { ...result.counts, files: result.files.map((f) => f.name).join(', ') })
      + (result.droppedCharacters > 0 ? ` ${t('corpus.dropped', { count: result.droppedCharacters })}` : ''));
  });

  return (
    <section className="corpus-export" aria-label={t('corpus.title')}>
      <h3>{t('corpus.title')}</h3>
      <fieldset className="corpus-documents">
        <legend>{t('corpus.documents')}</legend>
        {documents.map((document) => (
          <Checkbox
            key={document.id}
            label={document.name}
            checked={!left.has(document.id)}
            onChange={() => setLeft((current) => {
              const next = new Set(current);
              if (!next.delete(document.id)) next.add(document.id);
              return next;
            })}
          />
        ))}
      </fieldset>
      <div className="corpus-options">
        <Field label={t('corpus.format')}>
          <Select value={format} data-testid="corpus-format" onChange={(_, data) => setFormat(data.value as CorpusFormat)}>
            {CORPUS_FORMATS.map((name) => <option key={name} value={name}>{t(`corpus.formats.${name}`)}</option>)}
          </Select>
        </Field>
        <Checkbox checked={approvedOnly} onChange={(_, data) => setApprovedOnly(data.checked === true)} label={t('corpus.approvedOnly')} />
        {!approvedOnly && <Checkbox checked={includeRejected} onChange={(_, data) => setIncludeRejected(data.checked === true)} label={t('corpus.includeRejected')} />}
        <Checkbox checked={dedupe} onChange={(_, data) => setDedupe(data.checked === true)} label={t('corpus.dedupe')} />
        <Checkbox checked={clean} onChange={(_, data) => setClean(data.checked === true)} label={t('corpus.clean')} />
        {format === 'csv' && (
          <Checkbox title={t('corpus.keepFormulasHint')} checked={keepFormulas} onChange={(_, data) => setKeepFormulas(data.checked === true)} label={t('corpus.keepFormulas')} />
        )}
        <Field label={t('corpus.sourceLang')}>
          <Input className="lang-code" value={sourceLang} dir="ltr" onChange={(_, data) => setSourceLang(data.value.trim())} />
        </Field>
        <Field label={t('corpus.targetLang')}>
          <Input className="lang-code" value={targetLang} dir="ltr" onChange={(_, data) => setTargetLang(data.value.trim())} />
        </Field>
        <Button appearance="primary" icon={<ArrowExportRegular />} onClick={() => void run()}>{t('corpus.export')}</Button>
      </div>
      {report && <p role="status" className="corpus-report">{report}</p>}
      {failure !== null && <ErrorBanner error={failure} />}
    </section>
  );
}
