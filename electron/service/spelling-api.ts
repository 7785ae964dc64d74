import { join } from 'node:path';
import { parseInput, type PirdApi } from '../../shared/api';
import { EMPTY_USER_DICTIONARY, migrateUserDictionary, type UserDictionary } from '../../shared/project';
import { loadSpellChecker, type SpellChecker } from '../spelling/spell-checker';
import { JsonFileStore } from '../store/json-file-store';
import { SharedJsonFile } from '../store/shared-json-file';

/** Spelling: Hunspell dictionaries plus `user-dictionary.json`, shared by every process on the data directory. */
export function createSpellingApi(dataDir: string, now: () => Date): Pick<PirdApi, 'checkSpelling' | 'suggestSpelling' | 'addToDictionary'> {
  const userDictionary = new SharedJsonFile<UserDictionary>(new JsonFileStore(join(dataDir, 'user-dictionary.json'), migrateUserDictionary, now));
  let spellChecker: Promise<SpellChecker> | undefined;
  /** The dictionary loads on first use (a third of a second), then stays. */
  const spelling = (): Promise<SpellChecker> => {
    spellChecker ??= (async () => loadSpellChecker(((await userDictionary.read()) ?? EMPTY_USER_DICTIONARY).words))();
    spellChecker.catch(() => {
      spellChecker = undefined;
    });
    return spellChecker;
  };
  return {
    async checkSpelling(input) {
      const { text, source } = parseInput('checkSpelling', input);
      return { misspellings: (await spelling()).check(text, source) };
    },
    async suggestSpelling(input) {
      const { word } = parseInput('suggestSpelling', input);
      return { suggestions: (await spelling()).suggest(word) };
    },
    async addToDictionary(input) {
      const { word } = parseInput('addToDictionary', input);
      const words = await userDictionary.update((onDisk) => {
        const stored = onDisk ?? EMPTY_USER_DICTIONARY;
        if (stored.words.includes(word)) return { value: stored, result: stored.words };
        const next = [...stored.words, word].sort((a, b) => a.localeCompare(b));
        return { value: { ...stored, words: next }, result: next };
      });
      (await spelling()).add(word);
      return { words };
    },
  };
}
