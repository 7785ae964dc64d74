import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PirdApi } from '../shared/api';
import { ROLES, UI_LANGUAGES, type Project, type Settings, type UiLanguage } from '../shared/project';
import type { FirstPage } from './api/boot';
import { DocumentView } from './components/document-view';
import { Dashboard } from './components/dashboard';
import { ErrorBanner } from './components/error-banner';
import { ProjectList } from './components/project-list';
import { GlossaryManager } from './components/glossary-manager';
import { useGlossary } from './components/use-glossary';
import { applyDirection } from './i18n/setup';

export interface AppProps {
  readonly api: PirdApi;
  readonly initialSettings: Settings | null;
  /** The project list, asked for while the page was starting; null: ask again. */
  readonly initialProjects?: readonly Project[] | null;
  /** The first rows of the first document, for the first render. */
  readonly firstPage?: FirstPage | null;
}

const PROJECTS_POLL_MS = 3000;
/** How long the active segment stays before it is saved as the place to reopen at. */
const PLACE_SAVE_MS = 800;

export function App({ api, initialSettings, initialProjects, firstPage }: AppProps) {
  const { t, i18n } = useTranslation();
  const [projects, setProjects] = useState<readonly Project[] | null>(initialProjects ?? null);
  const [error, setError] = useState<unknown>(null);
  const [documentId, setDocumentId] = useState<string | null>(firstPage?.documentId ?? initialProjects?.[0]?.documents[0]?.id ?? null);
  /** A segment to make active in the document being opened (a concordance hit, or where work stopped). */
  const [focusUnitId, setFocusUnitId] = useState<string | undefined>(
    initialSettings?.lastPlace && initialSettings.lastPlace.documentId === firstPage?.documentId ? initialSettings.lastPlace.unitId : undefined,
  );
  /** Where work is, saved a moment after it moves: the next start reopens there. */
  const placeTimer = useRef<number | undefined>(undefined);
  const notePlace = useCallback((openDocument: string, unitId: string) => {
    window.clearTimeout(placeTimer.current);
    placeTimer.current = window.setTimeout(() => void api.updateSettings({ lastPlace: { documentId: openDocument, unitId } }).catch(() => undefined), PLACE_SAVE_MS);
  }, [api]);
  const [settings, setSettings] = useState<Settings | null>(initialSettings);
  const [dashboard, setDashboard] = useState<string | null>(null);
  const glossary = useGlossary(api, setError);
  const [glossaryOpen, setGlossaryOpen] = useState(false);
  /** The project last worked in (its dashboard or one of its documents): where a project-only glossary entry goes. */
  const [dashboardProject, setDashboardProject] = useState<string | null>(null);
  const documentProject = projects?.find((p) => p.documents.some((d) => d.id === documentId));
  const openProject = (dashboardProject !== null ? projects?.find((p) => p.id === dashboardProject) : undefined) ?? documentProject;

  useEffect(() => {
    if (!initialSettings) api.getSettings({}).then(setSettings, setError);
  }, [api, initialSettings]);

  const updateSettings = async (changes: Parameters<PirdApi['updateSettings']>[0]) => {
    try {
      setSettings(await api.updateSettings(changes));
    } catch (failure) {
      setError(failure);
    }
  };

  useEffect(() => {
    if (initialProjects) return;
    api.listProjects({}).then(
      (list) => {
        setProjects(list);
        setDocumentId((current) => current ?? list[0]?.documents[0]?.id ?? null);
      },
      setError,
    );
  }, [api, initialProjects]);

  /** Projects and documents added by another window or process (a `pird import` in a terminal) appear by themselves. */
  useEffect(() => {
    const refresh = () => {
      if (window.document.hidden) return;
      api.listProjects({}).then((list) => setProjects((current) => (JSON.stringify(current) === JSON.stringify(list) ? current : list)), () => undefined);
    };
    const timer = window.setInterval(refresh, PROJECTS_POLL_MS);
    window.addEventListener('focus', refresh);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', refresh);
    };
  }, [api]);

  const changeLanguage = async (language: UiLanguage) => {
    await i18n.changeLanguage(language);
    applyDirection(language);
    await updateSettings({ uiLanguage: language });
  };

  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <span className="tagline">{t('app.tagline')}</span>
        <label className="setting">
          {t('settings.userName')}
          <input
            defaultValue={settings?.userName ?? ''}
            key={settings ? 'loaded' : 'loading'}
            onBlur={(event) => void updateSettings({ userName: event.target.value.trim() })}
            data-testid="user-name"
          />
        </label>
        <label className="setting">
          {t('settings.role')}
          <select
            value={settings?.role ?? 'translator'}
            onChange={(event) => void updateSettings({ role: event.target.value as Settings['role'] })}
            data-testid="role"
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`settings.roles.${role}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="language-picker">
          {t('settings.language')}
          <select
            value={i18n.language}
            onChange={(event) => void changeLanguage(event.target.value as UiLanguage)}
            data-testid="ui-language"
          >
            {UI_LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(`languages.${language}`)}
              </option>
            ))}
          </select>
        </label>
      </header>
      <div className="app-body">
        <ProjectList
          api={api}
          projects={projects}
          documentId={documentId}
          onOpen={(id) => {
            setDashboard(null);
            setDashboardProject(null);
            setGlossaryOpen(false);
            setDocumentId(id);
          }}
          onDashboard={(projectId) => {
            setGlossaryOpen(false);
            setDashboard(projectId);
            setDashboardProject(projectId);
          }}
          onGlossary={() => {
            setDashboard(null);
            setGlossaryOpen(true);
          }}
          onChanged={async () => {
            setProjects(await api.listProjects({}));
          }}
        />
        <main className="workspace">
          {error !== null && <ErrorBanner error={error} />}
          {glossaryOpen ? <GlossaryManager api={api} glossary={glossary} project={openProject} /> : dashboard ? <Dashboard api={api} projectId={dashboard} project={projects?.find((p) => p.id === dashboard)} onProjectChanged={async () => setProjects(await api.listProjects({}))} /> : documentId ? <DocumentView
            api={api} documentId={documentId} role={settings?.role ?? 'translator'} firstPage={firstPage} glossary={glossary} projectName={documentProject?.name}
            qaSettings={documentProject?.qa} tmSettings={documentProject?.tm} focusUnitId={focusUnitId} onActiveUnit={notePlace}
            onOpenDocument={(id, unitId) => {
              setFocusUnitId(unitId);
              setDocumentId(id);
            }}
          /> : error === null && <p>{t('document.choose')}</p>}
        </main>
      </div>
    </div>
  );
}
