import { isAbsolute, join } from 'node:path';
import { ApiError, parseInput, type PirdApi } from '../../shared/api';
import { shortcutOverridesProblems } from '../../shared/commands';
import { DEFAULT_SETTINGS, migrateSettings, RECENT_DOCUMENTS_KEPT, type Settings } from '../../shared/project';
import { JsonFileStore } from '../store/json-file-store';
import { SharedJsonFile } from '../store/shared-json-file';

/** `settings.json`, shared by every process on the data directory. */
export class SettingsAccess {
  private readonly file: SharedJsonFile<Settings>;

  constructor(dataDir: string, now: () => Date) {
    this.file = new SharedJsonFile(new JsonFileStore(join(dataDir, 'settings.json'), migrateSettings, now));
  }

  async read(): Promise<Settings> {
    return (await this.file.read()) ?? DEFAULT_SETTINGS;
  }

  update(change: (current: Settings) => Settings): Promise<Settings> {
    return this.file.update((onDisk) => {
      const value = change(onDisk ?? DEFAULT_SETTINGS);
      return { value, result: value };
    });
  }

  async author(): Promise<string> {
    return (await this.read()).userName || 'translator';
  }

  /** This data directory's writer id for shared glossaries, made once and kept in the settings. */
  async writerId(now: () => Date): Promise<string> {
    const current = await this.read();
    if (current.instanceId) return current.instanceId;
    const updated = await this.update((onDisk) => (onDisk.instanceId
      ? onDisk
      : { ...onDisk, instanceId: `w${now().getTime().toString(36)}${Math.random().toString(36).slice(2, 8)}` }));
    return updated.instanceId ?? '';
  }
}

export function createSettingsApi(settings: SettingsAccess): Pick<PirdApi, 'getSettings' | 'updateSettings'> {
  return {
    async getSettings(input) {
      parseInput('getSettings', input);
      return settings.read();
    },
    async updateSettings(input) {
      const changes = parseInput('updateSettings', input);
      if (changes.glossaryFolder !== undefined && changes.glossaryFolder.trim() !== '' && !isAbsolute(changes.glossaryFolder)) {
        throw new ApiError('invalid-input', `the shared glossary folder must be an absolute path (got "${changes.glossaryFolder}")`);
      }
      const shortcutProblems = changes.shortcuts ? shortcutOverridesProblems(changes.shortcuts) : [];
      if (shortcutProblems.length > 0) throw new ApiError('invalid-input', `shortcuts not saved: ${shortcutProblems.join('; ')}`);
      return settings.update((current) => {
        const next: Settings = {
          ...current,
          ...(changes.uiLanguage === undefined ? {} : { uiLanguage: changes.uiLanguage }),
          ...(changes.userName === undefined ? {} : { userName: changes.userName }),
          ...(changes.role === undefined ? {} : { role: changes.role }),
          ...(changes.lastPlace === undefined ? {} : { lastPlace: changes.lastPlace, recentDocuments: recentWith(current.recentDocuments, changes.lastPlace.documentId) }),
          ...(changes.shortcuts === undefined ? {} : { shortcuts: changes.shortcuts }),
          ...(changes.theme === undefined ? {} : { theme: changes.theme }),
          ...(changes.digits === undefined ? {} : { digits: changes.digits }),
        };
        if (changes.glossaryFolder !== undefined) {
          if (changes.glossaryFolder.trim() === '') delete next.glossaryFolder;
          else next.glossaryFolder = changes.glossaryFolder;
        }
        return next;
      });
    },
  };
}

/** The recent documents with `documentId` first. */
function recentWith(recent: readonly string[] | undefined, documentId: string): string[] {
  return [documentId, ...(recent ?? []).filter((id) => id !== documentId)].slice(0, RECENT_DOCUMENTS_KEPT);
}
