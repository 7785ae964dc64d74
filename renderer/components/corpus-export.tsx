import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PirdApi } from '../../shared/api';
import { CORPUS_FORMATS, type CorpusFormat } from '../../shared/formats';
import { UNIT_STATUSES } from '../../shared/project';
import { ErrorBanner } from './error-banner';
import { downloadText } from './files';
import { useAttempt } from './use-attempt';

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

  const run = () => attempt(async () => {
    setReport('');
    const result = await api.exportCorpus({
        projectId, documentIds: documents.filter((d) => !left.has(d.id)).map((d) => d.id), format, statuses: approvedOnly ? ['approved'] : includeRejected ? [] : UNIT_STATUSES.filter((status) => status !== 'rejected'), dedupe, clean, sourceLang, targetLang,
        neutralizeFormulas: !keepFormulas,
      });
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
          <label key={document.id} className="inline-check">
            <input
              type="checkbox"
              checked={!left.has(document.id)}
              onChange={() => setLeft((current) => {
                const next = new Set(current);
                if (!next.delete(document.id)) next.add(document.id);
                return next;
              })}
            />
            {document.name}
          </label>
        ))}
      </fieldset>
      <div className="corpus-options">
        <label>
          {t('corpus.format')}
          <select value={format} data-testid="corpus-format" onChange={(event) => setFormat(event.target.value as CorpusFormat)}>
            {CORPUS_FORMATS.map((name) => <option key={name} value={name}>{t(`corpus.formats.${name}`)}</option>)}
          </select>
        </label>
        <label className="inline-check"><input type="checkbox" checked={approvedOnly} onChange={(e) => setApprovedOnly(e.target.checked)} />{t('corpus.approvedOnly')}</label>
        {!approvedOnly && (
          <label className="inline-check"><input type="checkbox" checked={includeRejected} onChange={(e) => setIncludeRejected(e.target.checked)} />{t('corpus.includeRejected')}</label>
        )}
        <label className="inline-check"><input type="checkbox" checked={dedupe} onChange={(e) => setDedupe(e.target.checked)} />{t('corpus.dedupe')}</label>
        <label className="inline-check"><input type="checkbox" checked={clean} onChange={(e) => setClean(e.target.checked)} />{t('corpus.clean')}</label>
        {format === 'csv' && (
          <label className="inline-check" title={t('corpus.keepFormulasHint')}>
            <input type="checkbox" checked={keepFormulas} onChange={(e) => setKeepFormulas(e.target.checked)} />{t('corpus.keepFormulas')}
          </label>
        )}
        <label>
          {t('corpus.sourceLang')}
          <input className="lang-code" value={sourceLang} dir="ltr" onChange={(e) => setSourceLang(e.target.value.trim())} />
        </label>
        <label>
          {t('corpus.targetLang')}
          <input className="lang-code" value={targetLang} dir="ltr" onChange={(e) => setTargetLang(e.target.value.trim())} />
        </label>
        <button type="button" onClick={() => void run()}>{t('corpus.export')}</button>
      </div>
      {report && <p role="status" className="corpus-report">{report}</p>}
      {failure !== null && <ErrorBanner error={failure} />}
    </section>
  );
}
