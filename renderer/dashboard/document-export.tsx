import { Button, Field, Select } from '@fluentui/react-components';
import { DocumentArrowDownRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PirdApi } from '../../shared/api';
import { DOCUMENT_FORMATS, type DocumentFormat } from '../../shared/project';
import { ErrorBanner } from '../widgets/error-banner';
import { base64ToBytes, downloadText } from '../widgets/files';
import { useAttempt } from '../widgets/use-attempt';

const MEDIA_TYPE: Readonly<Record<DocumentFormat, string>> = {
  txt: 'text/plain;charset=utf-8', md: 'text/markdown;charset=utf-8', html: 'text/html;charset=utf-8', 'review-html': 'text/html;charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'review-docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface DocumentExportProps {
  readonly api: PirdApi;
  readonly documents: ReadonlyArray<{ readonly id: string; readonly name: string }>;
}

/** One document's translation as a document (text, Markdown, HTML, Word), or beside its source for a reviewer outside Pird. */
export function DocumentExport({ api, documents }: DocumentExportProps) {
  const { t } = useTranslation();
  const [documentId, setDocumentId] = useState(documents[0]?.id ?? '');
  const [format, setFormat] = useState<DocumentFormat>('docx');
  const [report, setReport] = useState('');
  const { failure, attempt } = useAttempt();

  const run = () => attempt(async () => {
    setReport('');
    const result = await api.exportDocument({ documentId, format });
    downloadText(result.fileName, base64ToBytes(result.contentBase64), MEDIA_TYPE[format]);
    setReport([t('documentExport.written', { file: result.fileName }), ...(result.untranslated > 0 ? [t('documentExport.untranslated', { count: result.untranslated })] : [])].join(' '));
  });

  if (documents.length === 0) return null;
  return (
    <section className="document-export" aria-label={t('documentExport.title')}>
      <h3>{t('documentExport.title')}</h3>
      <div className="corpus-options">
        <Field label={t('documentExport.document')}>
          <Select value={documentId} onChange={(_, data) => setDocumentId(data.value)}>
            {documents.map((document) => <option key={document.id} value={document.id}>{document.name}</option>)}
          </Select>
        </Field>
        <Field label={t('documentExport.format')}>
          <Select value={format} onChange={(_, data) => setFormat(data.value as DocumentFormat)}>
            {DOCUMENT_FORMATS.map((name) => <option key={name} value={name}>{t(`documentExport.formats.${name}`)}</option>)}
          </Select>
        </Field>
        <Button appearance="primary" icon={<DocumentArrowDownRegular />} onClick={() => void run()}>{t('documentExport.export')}</Button>
      </div>
      {report && <p role="status" className="corpus-report">{report}</p>}
      {failure !== null && <ErrorBanner error={failure} />}
    </section>
  );
}
