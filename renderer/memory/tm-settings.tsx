import { Button, Checkbox, Field, Input, Select } from '@fluentui/react-components';
import { ArrowImportRegular, SaveRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilePicker } from '../widgets/file-picker';
import type { PirdApi } from '../../shared/api';
import type { MemoryInfo, Project, TmSettings } from '../../shared/project';
import { ErrorBanner } from '../widgets/error-banner';
import { fileToBase64 } from '../widgets/files';
import { useAttempt } from '../widgets/use-attempt';

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
      <div className="toolbar">
        <Field label={t('tmSettings.threshold')}>
          <Select value={String(settings.threshold ?? 70)} onChange={(_, data) => change({ ...settings, threshold: Number(data.value) })}>
            {THRESHOLDS.map((value) => <option key={value} value={value}>{t('tm.score', { score: value })}</option>)}
          </Select>
        </Field>
        <Field label={t('tmSettings.autoInsert')}>
          <Select
            value={settings.autoInsert === undefined ? '' : String(settings.autoInsert)}
            onChange={(_, data) => {
              const { autoInsert: _old, ...rest } = settings;
              change(data.value ? { ...rest, autoInsert: Number(data.value) } : rest);
            }}
          >
            <option value="">{t('tmSettings.never')}</option>
            {AUTO_INSERT.map((value) => <option key={value} value={value}>{t('tmSettings.atLeast', { score: value })}</option>)}
          </Select>
        </Field>
        <Checkbox checked={settings.propagate === true} onChange={(_, data) => change({ ...settings, propagate: data.checked === true })} label={t('tmSettings.propagate')} />
      </div>
      <h4>{t('tmSettings.memories')}</h4>
      {memories === null ? <p className="muted">{t('loading')}</p> : memories.length === 0 ? <p className="muted">{t('tmSettings.noMemories')}</p> : (
        <ul className="memory-list">
          {memories.map((memory) => (
            <li key={memory.id} data-memory-id={memory.id}>
              <Checkbox checked={reads(memory.id)} onChange={() => toggle(memory.id)} label={t('tmSettings.memory', { name: memory.name, units: memory.units, file: memory.fileName })} />
            </li>
          ))}
        </ul>
      )}
      <div className="toolbar">
        <Input aria-label={t('tmSettings.memoryName')} placeholder={t('tmSettings.memoryName')} value={name} onChange={(_, data) => setName(data.value)} />
        <Button icon={<ArrowImportRegular />} onClick={() => file.current?.click()}>{t('tmSettings.importMemory')}</Button>
        <FilePicker inputRef={file} testId="memory-file" accept=".tmx,application/xml,text/xml" onFiles={([chosen]) => chosen && void importMemory(chosen)} />
      </div>
      <Button appearance="primary" icon={<SaveRegular />} onClick={() => void save()}>{t('tmSettings.save')}</Button>
      {saved && <span role="status" className="muted"> {t('tmSettings.saved')}</span>}
      {failure !== null && <ErrorBanner error={failure} />}
    </section>
  );
}
