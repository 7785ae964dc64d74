// The start-up requests go first, before React and the UI modules are evaluated.
import { started } from './api/boot';
import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/700.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app';
import { setupI18n } from './i18n/setup';
import { setSoraniDigits } from './i18n/digits';

// The Sorani font is fetched and decoded while the data arrives, not when the first row needs it.
void document.fonts.load('400 1em "Noto Naskh Arabic"', 'کوردی').catch(() => undefined);
const settings = await started.settings;
setSoraniDigits(settings?.digits ?? 'eastern');
const i18n = await setupI18n(settings?.uiLanguage ?? 'en');
// The shell renders with the project list while the first rows are still in flight.
const [projects, firstPage] = await Promise.all([started.projects, started.firstPage]);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App api={started.api} initialSettings={settings} initialProjects={projects} firstPage={firstPage} />
      </I18nextProvider>
    </StrictMode>,
  );
}
