import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../shared/project';
import { ckb, en } from './resources';
import { digitsFormatter } from './digits';

export async function setupI18n(language: UiLanguage): Promise<typeof i18next> {
  await i18next.use(initReactI18next).use(digitsFormatter).init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: en }, ckb: { translation: ckb } },
    interpolation: { escapeValue: false, alwaysFormat: true },
  });
  applyDirection(language);
  return i18next;
}

/** The whole UI mirrors for a right-to-left UI language; source and target panes keep their own direction. */
export function applyDirection(language: UiLanguage): void {
  document.documentElement.lang = language;
  document.documentElement.dir = i18next.dir(language);
}
