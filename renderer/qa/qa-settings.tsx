import { Button, Checkbox, Select } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PirdApi } from '../../shared/api';
import type { Project } from '../../shared/project';
import { QA_CHECKS, QA_SEVERITIES, type QaCheckId, type QaSeverity } from '../../shared/qa';
import { ErrorBanner } from '../widgets/error-banner';
import { useAttempt } from '../widgets/use-attempt';

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
                <Checkbox
                  checked={!disabled.has(check)}
                  label={t('qaSettings.on')}
                  onChange={() => {
                    setSaved(false);
                    setDisabled((current) => {
                      const next = new Set(current);
                      if (!next.delete(check)) next.add(check);
                      return next;
                    });
                  }}
                />
              </td>
              <td>
                <Select
                  size="small"
                  aria-label={t('qaSettings.severity', { check: t(`qa.checks.${check}`) })}
                  value={severity[check] ?? ''}
                  onChange={(_, data) => {
                    setSaved(false);
                    const value = data.value as QaSeverity | '';
                    setSeverity((current) => {
                      const { [check]: _old, ...rest } = current;
                      return value ? { ...rest, [check]: value } : rest;
                    });
                  }}
                >
                  <option value="">{t('qaSettings.asChecked')}</option>
                  {QA_SEVERITIES.map((level) => <option key={level} value={level}>{t(`qa.severity.${level}`)}</option>)}
                </Select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button appearance="primary" icon={<SaveRegular />} onClick={() => void save()}>{t('qaSettings.save')}</Button>
      {saved && <span role="status" className="muted"> {t('qaSettings.saved')}</span>}
      {failure !== null && <ErrorBanner error={failure} />}
    </section>
  );
}
