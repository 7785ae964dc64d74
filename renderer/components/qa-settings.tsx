import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PirdApi } from '../../shared/api';
import type { Project } from '../../shared/project';
import { QA_CHECKS, QA_SEVERITIES, type QaCheckId, type QaSeverity } from '../../shared/qa';
import { ErrorBanner } from './error-banner';
import { useAttempt } from './use-attempt';

/** A project's quality checks: each on or off, and its severity as the check says or changed. */
export function QaSettingsPanel({ api, project, onSaved }: { readonly api: PirdApi; readonly project: Project; onSaved(): Promise<void> }) {
  const { t } = useTranslation();
  const [disabled, setDisabled] = useState<ReadonlySet<QaCheckId>>(new Set(project.qa?.disabled ?? []));
  const [severity, setSeverity] = useState<Partial<Record<QaCheckId, QaSeverity>>>({ ...project.qa?.severity });
  const [saved, setSaved] = useState(false);
  const { failure, attempt } = useAttempt();

  const save = () => attempt(async () => {
    await api.setProjectQa({ projectId: project.id, qa: { disabled: [...disabled], severity } });
    setSaved(true);
    await onSaved();
  });

  return (
    <section className="qa-settings" aria-label={t('qaSettings.title')}>
      <h3>{t('qaSettings.title')}</h3>
      <table>
        <tbody>
          {QA_CHECKS.map((check) => (
            <tr key={check} data-check={check}>
              <th scope="row">{t(`qa.checks.${check}`)}</th>
              <td>
                <label className="inline-check">
                  <input
                    type="checkbox"
                    checked={!disabled.has(check)}
                    onChange={() => {
                      setSaved(false);
                      setDisabled((current) => {
                        const next = new Set(current);
                        if (!next.delete(check)) next.add(check);
                        return next;
                      });
                    }}
                  />
                  {t('qaSettings.on')}
                </label>
              </td>
              <td>
                <select
                  aria-label={t('qaSettings.severity', { check: t(`qa.checks.${check}`) })}
                  value={severity[check] ?? ''}
                  onChange={(event) => {
                    setSaved(false);
                    const value = event.target.value as QaSeverity | '';
                    setSeverity((current) => {
                      const { [check]: _old, ...rest } = current;
                      return value ? { ...rest, [check]: value } : rest;
                    });
                  }}
                >
                  <option value="">{t('qaSettings.asChecked')}</option>
                  {QA_SEVERITIES.map((level) => <option key={level} value={level}>{t(`qa.severity.${level}`)}</option>)}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => void save()}>{t('qaSettings.save')}</button>
      {saved && <span role="status" className="muted"> {t('qaSettings.saved')}</span>}
      {failure !== null && <ErrorBanner error={failure} />}
    </section>
  );
}
