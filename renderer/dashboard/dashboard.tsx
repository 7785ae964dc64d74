import { Button } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type ApiOutput, type PirdApi } from '../../shared/api';
import { useJobRunner } from '../shell/jobs';
import { UNIT_STATUSES, type ProgressStats, type Project } from '../../shared/project';
import { ErrorBanner } from '../widgets/error-banner';
import { formatDateTime } from '../i18n/dates';
import { downloadText } from '../widgets/files';
import { CorpusExport } from './corpus-export';
import { DocumentExport } from './document-export';
import { QaSettingsPanel } from '../qa/qa-settings';
import { TmAnalysis } from '../memory/tm-analysis';
import { TmSettingsPanel } from '../memory/tm-settings';
import { BarChart } from '../widgets/bar-chart';
import { QA_SEVERITIES } from '../../shared/qa';

type Stats = ApiOutput<'getProjectStats'>;

function ProgressBar({ stats }: { readonly stats: ProgressStats }) {
  const { t } = useTranslation();
  const total = Math.max(1, stats.total.words);
  return (
    <div className="progress-bar" role="img" aria-label={t('dashboard.barLabel', { name: stats.name })}>
      {UNIT_STATUSES.map((status) =>
        stats.byStatus[status].words > 0 ? (
          <span
            key={status}
            className={`status-${status}`}
            style={{ width: `${(100 * stats.byStatus[status].words) / total}%` }}
            title={`${t(`status.${status}`)}: ${stats.byStatus[status].words}`}
          />
        ) : null,
      )}
    </div>
  );
}

function StatsRow({ stats, strong }: { readonly stats: ProgressStats; readonly strong?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <tr className={strong ? 'total' : undefined} data-stats-id={stats.id}>
      <th scope="row">{stats.name}</th>
      <td>{stats.total.segments}</td>
      <td>{stats.total.words}</td>
      {UNIT_STATUSES.map((status) => (
        <td key={status} data-status={status}>
          {stats.byStatus[status].segments} / {stats.byStatus[status].words}
        </td>
      ))}
      <td>
        <ProgressBar stats={stats} />
      </td>
      <td>
        <time dateTime={stats.lastActivity}>{formatDateTime(stats.lastActivity, t, i18n.language)}</time>
      </td>
    </tr>
  );
}

/** Per document and per project: segments and words by status, progress, last activity, CSV. */
export interface DashboardProps {
  readonly api: PirdApi;
  readonly projectId: string;
  /** The project as listed (its QA settings). */
  readonly project?: Project | undefined;
  onProjectChanged(): Promise<void>;
}

export function Dashboard({ api, projectId, project, onProjectChanged }: DashboardProps) {
  const { t } = useTranslation();
  const [stats, setStats] = useState<Stats | null>(null);
  const [qa, setQa] = useState<ApiOutput<'getProjectQa'> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const runJob = useJobRunner();

  useEffect(() => {
    setStats(null);
    setQa(null);
    api.getProjectStats({ projectId }).then(setStats, setError);
    // The checks of every document take longer than the counts: the chart arrives after the table.
    runJob(t('jobs.qa'), (jobId) => api.getProjectQa({ projectId, jobId })).then(setQa, (failure: unknown) => {
      // A cancelled check leaves the chart out, not an error across the dashboard.
      if (!(failure instanceof ApiError && failure.code === 'cancelled')) setError(failure);
    });
  }, [api, projectId, runJob, t]);

  if (error) return <ErrorBanner error={error} />;
  if (!stats) return <p className="loading">{t('loading')}</p>;

  const download = () =>
    downloadText(`${stats.project.name.replace(/[^\p{L}\p{N}]+/gu, '-')}-progress.csv`, stats.csv, 'text/csv;charset=utf-8');

  return (
    <section className="dashboard" aria-label={t('dashboard.title')}>
      <header className="document-header">
        <h2>{t('dashboard.title')}: {stats.project.name}</h2>
        <Button icon={<ArrowDownloadRegular />} onClick={download}>{t('dashboard.csv')}</Button>
      </header>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.document')}</th>
            <th scope="col">{t('dashboard.segments')}</th>
            <th scope="col">{t('dashboard.words')}</th>
            {UNIT_STATUSES.map((status) => (
              <th scope="col" key={status}>{t(`status.${status}`)}</th>
            ))}
            <th scope="col">{t('dashboard.progress')}</th>
            <th scope="col">{t('dashboard.lastActivity')}</th>
          </tr>
        </thead>
        <tbody>
          {stats.documents.map((document) => <StatsRow key={document.id} stats={document} />)}
          <StatsRow stats={stats.project} strong />
        </tbody>
      </table>
      <p className="muted">{t('dashboard.legend')}</p>
      <div className="dashboard-charts">
        <BarChart
          title={t('dashboard.wordsByStatus')}
          totalLabel={t('dashboard.words')}
          rows={UNIT_STATUSES.map((status) => ({
            key: status, label: t(`status.${status}`),
            parts: [{ value: stats.project.byStatus[status].words, className: `status-${status}`, label: t(`status.${status}`) }],
          }))}
        />
        {qa ? (
          <BarChart
            title={t('dashboard.qaByCheck', { count: qa.byCheck.reduce((sum, row) => sum + row.error + row.warning + row.info, 0) })}
            totalLabel={t('dashboard.findings')}
            rows={qa.byCheck.map((row) => ({
              key: row.check, label: t(`qa.checks.${row.check}`),
              parts: QA_SEVERITIES.map((severity) => ({ value: row[severity], className: `qa-${severity}`, label: t(`qa.severity.${severity}`) })),
            }))}
          />
        ) : <p className="loading">{t('dashboard.qaLoading')}</p>}
      </div>
      <TmAnalysis api={api} projectId={projectId} onChanged={() => void api.getProjectStats({ projectId }).then(setStats, setError)} />
      {project && <TmSettingsPanel key={`tm-${project.id}`} api={api} project={project} onSaved={onProjectChanged} />}
      {project && <QaSettingsPanel key={project.id} api={api} project={project} onSaved={onProjectChanged} />}
      <DocumentExport api={api} documents={stats.documents.map((d) => ({ id: d.id, name: d.name }))} />
      <CorpusExport api={api} projectId={projectId} documents={stats.documents.map((d) => ({ id: d.id, name: d.name }))} />
    </section>
  );
}
