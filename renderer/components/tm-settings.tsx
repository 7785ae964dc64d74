import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PirdApi } from '../../shared/api';
import type { MemoryInfo, Project, TmSettings } from '../../shared/project';
import { ErrorBanner } from './error-banner';
import { fileToBase64 } from './files';
import { useAttempt } from './use-attempt';

const THRESHOLDS = [50, 60, 70, 75, 80, 85, 90, 95] as const;
const AUTO_INSERT = [101, 100, 95, 90, 85] as const;

/** A project's translation memory: the memories it reads, the lowest score shown, automatic insertion and propagation. */
export function TmSettingsPanel({ api, project, onSaved }: { readonly api: PirdApi; readonly project: Project; onSaved(): Promise<void> }) {
  const { t } = useTranslation();
  const [memories, setMemories] = useState<readonly MemoryInfo[] | null>(null);
  const [settings, setSettings] = useState<TmSettings>({ ...project.tm });
  const [saved, setSaved] = useState(false);
  const { failure, attempt } = useAttempt();
  const [name, setName] = useState('');
  const file = useRef<HTMLInputElement | null>(null);

  useEffect(() => {
    void attempt(async () => setMemories((await api.listMemories({})).memories));
  }, [api, attempt]);

  const change = (next: TmSettings) => {
    setSaved(false);
    setSettings(next);
  };
  const reads = (id: string): boolean => settings.memories === undefined || settings.memories.includes(id);
  const toggle = (id: string) => {
    const all = (memories ?? []).map((m) => m.id);
    const current = settings.memories ?? all;
    change({ ...settings, memories: current.includes(id) ? current.filter((m) => m !== id) : [...current, id] });
  };
  const save = () => attempt(async () => {
    await api.setProjectTm({ projectId: project.id, tm: settings });
    setSaved(true);
    await onSaved();
  });
  const importMemory = (chosen: File) => attempt(async () => {
    const memory = await api.importMemory({ name: name.trim() || chosen.name.replace(/\.tmx$/iu, ''), fileName: chosen.name, contentBase64: await fileToBase64(chosen) });
    setMemories((current) => [...(current ?? []), memory]);
    setName('');
  });

  return (
    <section className="tm-settings" aria-label={t('tmSettings.title')}>
      <h3>{t('tmSettings.title')}</h3>
      <label className="inline-check">
        {t('tmSettings.threshold')}
        <select value={settings.threshold ?? 70} onChange={(event) => change({ ...settings, threshold: Number(event.target.value) })}>
          {THRESHOLDS.map((value) => <option key={value} value={value}>{t('tm.score', { score: value })}</option>)}
        </select>
      </label>
      <label className="inline-check">
        {t('tmSettings.autoInsert')}
        <select
          value={settings.autoInsert ?? ''}
          onChange={(event) => {
            const { autoInsert: _old, ...rest } = settings;
            change(event.target.value ? { ...rest, autoInsert: Number(event.target.value) } : rest);
          }}
        >
          <option value="">{t('tmSettings.never')}</option>
          {AUTO_INSERT.map((value) => <option key={value} value={value}>{t('tmSettings.atLeast', { score: value })}</option>)}
        </select>
      </label>
      <label className="inline-check">
        <input type="checkbox" checked={settings.propagate === true} onChange={(event) => change({ ...settings, propagate: event.target.checked })} />
        {t('tmSettings.propagate')}
      </label>
      <h4>{t('tmSettings.memories')}</h4>
      {memories === null ? <p className="muted">{t('loading')}</p> : memories.length === 0 ? <p className="muted">{t('tmSettings.noMemories')}</p> : (
        <ul className="memory-list">
          {memories.map((memory) => (
            <li key={memory.id} data-memory-id={memory.id}>
              <label className="inline-check">
                <input type="checkbox" checked={reads(memory.id)} onChange={() => toggle(memory.id)} />
                {t('tmSettings.memory', { name: memory.name, units: memory.units, file: memory.fileName })}
              </label>
            </li>
          ))}
        </ul>
      )}
      <div className="toolbar">
        <input aria-label={t('tmSettings.memoryName')} placeholder={t('tmSettings.memoryName')} value={name} onChange={(event) => setName(event.target.value)} />
        <button type="button" onClick={() => file.current?.click()}>{t('tmSettings.importMemory')}</button>
        <input
          ref={file}
          type="file"
          hidden
          data-testid="memory-file"
          accept=".tmx,application/xml,text/xml"
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            event.target.value = '';
            if (chosen) void importMemory(chosen);
          }}
        />
      </div>
      <button type="button" onClick={() => void save()}>{t('tmSettings.save')}</button>
      {saved && <span role="status" className="muted"> {t('tmSettings.saved')}</span>}
      {failure !== null && <ErrorBanner error={failure} />}
    </section>
  );
}
