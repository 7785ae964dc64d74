import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput, PirdApi } from '../../shared/api';
import { UNIT_STATUSES, type ProgressStats, type Project } from '../../shared/project';
import { ErrorBanner } from './error-banner';
import { formatDateTime } from '../i18n/dates';
import { downloadText } from './files';
import { CorpusExport } from './corpus-export';
import { DocumentExport } from './document-export';
import { QaSettingsPanel } from './qa-settings';
import { TmAnalysis } from './tm-analysis';
import { TmSettingsPanel } from './tm-settings';

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
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    setStats(null);
    api.getProjectStats({ projectId }).then(setStats, setError);
  }, [api, projectId]);

  if (error) return <ErrorBanner error={error} />;
  if (!stats) return <p className="loading">{t('loading')}</p>;

  const download = () =>
    downloadText(`${stats.project.name.replace(/[^\p{L}\p{N}]+/gu, '-')}-progress.csv`, stats.csv, 'text/csv;charset=utf-8');

  return (
    <section className="dashboard" aria-label={t('dashboard.title')}>
      <header className="document-header">
        <h2>{t('dashboard.title')}: {stats.project.name}</h2>
        <button type="button" onClick={download}>{t('dashboard.csv')}</button>
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
      <TmAnalysis api={api} projectId={projectId} onChanged={() => void api.getProjectStats({ projectId }).then(setStats, setError)} />
      {project && <TmSettingsPanel key={`tm-${project.id}`} api={api} project={project} onSaved={onProjectChanged} />}
      {project && <QaSettingsPanel key={project.id} api={api} project={project} onSaved={onProjectChanged} />}
      <DocumentExport api={api} documents={stats.documents.map((d) => ({ id: d.id, name: d.name }))} />
      <CorpusExport api={api} projectId={projectId} documents={stats.documents.map((d) => ({ id: d.id, name: d.name }))} />
    </section>
  );
}
