import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/700.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createApiClient } from './api/client';
import { App } from './app';
import { setupI18n } from './i18n/setup';

const api = createApiClient();
const settings = await api.getSettings({}).catch(() => null);
const i18n = await setupI18n(settings?.uiLanguage ?? 'en');
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App api={api} initialSettings={settings} />
      </I18nextProvider>
    </StrictMode>,
  );
}
