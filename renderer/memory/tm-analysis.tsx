import { Button, Field, Select } from '@fluentui/react-components';
import { DataHistogramRegular, TranslateRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ANALYSIS_BANDS, type AnalysisBands, type ApiOutput, type PirdApi } from '../../shared/api';
import { useJobRunner } from '../shell/jobs';
import { ErrorBanner } from '../widgets/error-banner';

type Analysis = ApiOutput<'analyzeDocuments'>;

const PRETRANSLATE_MINIMA = [101, 100, 95, 85, 75] as const;

/** A document's words by band, as one bar. */
function BandBar({ bands, label }: { readonly bands: AnalysisBands; readonly label: string }) {
  const { t } = useTranslation();
  const total = Math.max(1, ANALYSIS_BANDS.reduce((sum, band) => sum + bands[band].words, 0));
  return (
    <div className="band-bar" role="img" aria-label={label}>
      {ANALYSIS_BANDS.map((band) => bands[band].words > 0 && (
        <span key={band} className={`band-${band}`} style={{ width: `${(100 * bands[band].words) / total}%` }} title={`${t(`analysis.band.${band}`)}: ${bands[band].words}`} />
      ))}
    </div>
  );
}

/**
 * The project's documents against the translation memory, as Trados and memoQ analyse them
 * (segments and words by band, with a chart), and pre-translation at a chosen score.
 */
export function TmAnalysis({ api, projectId, onChanged }: { readonly api: PirdApi; readonly projectId: string; onChanged(): void }) {
  const { t } = useTranslation();
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [min, setMin] = useState<number>(100);
  const [message, setMessage] = useState('');
  const runJob = useJobRunner();
  const analysed = () => runJob(t('jobs.analysis'), (jobId) => api.analyzeDocuments({ projectId, jobId }));

  const analyse = async () => {
    setBusy(true);
    setError(null);
    try {
      setAnalysis(await analysed());
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const pretranslate = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await runJob(t('jobs.pretranslate'), (jobId) => api.pretranslate({ projectId, min, jobId }));
      setMessage(t('analysis.filled', { count: result.filled }));
      onChanged();
      setAnalysis(await analysed());
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const rows = analysis ? [...analysis.documents.map((d) => ({ key: d.id, name: d.name, bands: d.bands })), { key: 'total', name: t('analysis.total'), bands: analysis.total }] : [];
  return (
    <section className="tm-analysis" aria-label={t('analysis.title')}>
      <h3>{t('analysis.title')}</h3>
      <div className="toolbar">
        <Button icon={<DataHistogramRegular />} disabled={busy} onClick={() => void analyse()}>{t('analysis.run')}</Button>
        <Field label={t('analysis.min')}>
          <Select value={String(min)} onChange={(_, data) => setMin(Number(data.value))}>
            {PRETRANSLATE_MINIMA.map((value) => <option key={value} value={value}>{t('tm.score', { score: value })}</option>)}
          </Select>
        </Field>
        <Button icon={<TranslateRegular />} disabled={busy} onClick={() => void pretranslate()}>{t('analysis.pretranslate')}</Button>
        {busy && <span className="muted" role="status">{t('analysis.working')}</span>}
        {message && <span role="status">{message}</span>}
      </div>
      {error !== null && <ErrorBanner error={error} />}
      {analysis && (
        <table className="analysis-table">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.document')}</th>
              {ANALYSIS_BANDS.map((band) => <th scope="col" key={band}>{t(`analysis.band.${band}`)}</th>)}
              <th scope="col">{t('analysis.chart')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-analysis-id={row.key} className={row.key === 'total' ? 'total' : undefined}>
                <th scope="row">{row.name}</th>
                {ANALYSIS_BANDS.map((band) => (
                  <td key={band} data-band={band}>{row.bands[band].segments} / {row.bands[band].words}</td>
                ))}
                <td><BandBar bands={row.bands} label={t('analysis.barLabel', { name: row.name })} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {analysis && <p className="muted">{t('analysis.legend')}</p>}
    </section>
  );
}
