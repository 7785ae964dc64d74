import { Button, Select } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toCsv } from '../../shared/formats';
import type { Unit } from '../../shared/project';
import { QA_CHECKS, type QaCheckId, type QaIssue } from '../../shared/qa';
import { downloadText } from '../widgets/files';

export interface QaReportProps {
  readonly units: readonly Unit[];
  readonly documentName: string;
  issuesOf(unit: Unit): readonly QaIssue[];
  /** Makes a segment the active one. */
  onJump(index: number): void;
}

/** Every finding of the document, filtered by check, each a link to its segment; exportable as CSV. */
export function QaReport({ units, documentName, issuesOf, onJump }: QaReportProps) {
  const { t } = useTranslation();
  const [check, setCheck] = useState<QaCheckId | ''>('');
  const all = useMemo(
    () => units.flatMap((unit, index) => issuesOf(unit).map((issue) => ({ index, issue }))),
    [units, issuesOf],
  );
  const shown = check ? all.filter((row) => row.issue.check === check) : all;
  const message = (issue: QaIssue) => t(`qa.${issue.code}`, issue.params ?? {});
  const exportCsv = () => {
    const rows = [['segment', 'check', 'severity', 'message'], ...all.map(({ index, issue }) => [index + 1, issue.check, issue.severity, message(issue)])];
    downloadText(`${documentName.replace(/[^\p{L}\p{N}]+/gu, '-')}-qa.csv`, toCsv(rows), 'text/csv;charset=utf-8');
  };
  return (
    <section className="qa-report" aria-label={t('qa.report')}>
      <div className="toolbar">
        <Select size="small" aria-label={t('qa.byCheck')} value={check} onChange={(_, data) => setCheck(data.value as QaCheckId | '')}>
          <option value="">{t('qa.allChecks')}</option>
          {QA_CHECKS.map((id) => <option key={id} value={id}>{t(`qa.checks.${id}`)}</option>)}
        </Select>
        <span className="muted" role="status">{t('qa.count', { count: shown.length })}</span>
        <Button size="small" icon={<ArrowDownloadRegular />} onClick={exportCsv}>{t('qa.exportCsv')}</Button>
      </div>
      <ol className="qa-list">
        {shown.slice(0, 2000).map(({ index, issue }, i) => (
          <li key={`${index}:${i}`} className={`qa-${issue.severity}`} data-check={issue.check}>
            <button type="button" className="link" onClick={() => onJump(index)}>{t('document.segment', { n: index + 1 })}</button>
            {' · '}
            {t(`qa.severity.${issue.severity}`)}
            {' · '}
            {message(issue)}
          </li>
        ))}
      </ol>
    </section>
  );
}
