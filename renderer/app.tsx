import { FluentProvider, Input, Select } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PirdApi } from '../shared/api';
import { DIGIT_STYLES, ROLES, THEMES, UI_LANGUAGES, type DigitStyle, type Project, type Settings, type UiLanguage } from '../shared/project';
import { setSoraniDigits } from './i18n/digits';
import { CommandPalette, type RecentDocument } from './shell/command-palette';
import { CommandsProvider, useCommand } from './shell/commands';
import { MenuBar } from './shell/menu-bar';
import { ShortcutsDialog } from './shell/shortcuts-dialog';
import { FLUENT_THEMES } from './shell/themes';
import { ReportToaster, useReport } from './shell/toasts';
import { JobStatusBar, JobsProvider } from './shell/jobs';
import { NewProjectWizard, type CreatedProject } from './project/new-project-wizard';
import { documentNameIn } from './project/import-files';
import type { FirstPage } from './api/boot';
import { latestOnly } from './api/latest-only';
import { DocumentView } from './translate/document-view';
import { Dashboard } from './dashboard/dashboard';
import { ErrorBanner } from './widgets/error-banner';
import { ProjectList } from './project/project-list';
import { GlossaryManager } from './glossary/glossary-manager';
import { useGlossary } from './glossary/use-glossary';
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

/** The design system's theme and direction around the command registry and the workbench. */
export function App(props: AppProps) {
  const { i18n } = useTranslation();
  const [settings, setSettings] = useState<Settings | null>(props.initialSettings);
  const theme = settings?.theme ?? 'light';
  return (
    <FluentProvider theme={FLUENT_THEMES[theme]} dir={i18n.dir()} className={`fluent-root theme-${theme}`}>
      <CommandsProvider shortcuts={settings?.shortcuts}>
        <JobsProvider api={props.api}>
          <Workbench {...props} settings={settings} setSettings={setSettings} />
        </JobsProvider>
      </CommandsProvider>
    </FluentProvider>
  );
}

/** One of the header's settings: a labelled choice among fixed values. */
function SettingSelect<Value extends string>({ label, testId, value, options, optionLabel, onChange, className = 'setting' }: {
  readonly label: string; readonly testId: string; readonly value: Value; readonly options: readonly Value[];
  readonly optionLabel: (value: Value) => string; readonly onChange: (value: Value) => void; readonly className?: string;
}) {
  return (
    <label className={className}>
      {label}
      <Select size="small" value={value} onChange={(_event, data) => onChange(data.value as Value)} data-testid={testId}>
        {options.map((option) => <option key={option} value={option}>{optionLabel(option)}</option>)}
      </Select>
    </label>
  );
}

interface WorkbenchProps extends AppProps {
  readonly settings: Settings | null;
  readonly setSettings: (settings: Settings) => void;
}

function Workbench({ api, initialSettings, initialProjects, firstPage, settings, setSettings }: WorkbenchProps) {
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
  const pendingPlace = useRef<{ documentId: string; unitId: string } | null>(null);
  const savePlace = useCallback((place: { documentId: string; unitId: string }) => {
    void api.updateSettings({ lastPlace: place }).then((saved) => setRecentIds(saved.recentDocuments ?? []), () => undefined);
  }, [api]);
  const notePlace = useCallback((openDocument: string, unitId: string) => {
    window.clearTimeout(placeTimer.current);
    // A document left before its place was saved is still one opened lately.
    const pending = pendingPlace.current;
    if (pending && pending.documentId !== openDocument) savePlace(pending);
    const place = { documentId: openDocument, unitId };
    pendingPlace.current = place;
    placeTimer.current = window.setTimeout(() => {
      pendingPlace.current = null;
      savePlace(place);
    }, PLACE_SAVE_MS);
  }, [savePlace]);
  /** The documents opened lately, as the service keeps them (it puts each place saved first). */
  const [recentIds, setRecentIds] = useState<readonly string[]>(initialSettings?.recentDocuments ?? []);
  const [dashboard, setDashboard] = useState<string | null>(null);
  const glossary = useGlossary(api, setError);
  const [glossaryOpen, setGlossaryOpen] = useState(false);
  /** The project last worked in (its dashboard or one of its documents): where a project-only glossary entry goes. */
  const [dashboardProject, setDashboardProject] = useState<string | null>(null);
  const documentProject = projects?.find((p) => p.documents.some((d) => d.id === documentId));
  const openProject = (dashboardProject !== null ? projects?.find((p) => p.id === dashboardProject) : undefined) ?? documentProject;

  useEffect(() => {
    if (!initialSettings) api.getSettings({}).then(setSettings, setError);
  }, [api, initialSettings, setSettings]);

  const updateSettings = async (changes: Parameters<PirdApi['updateSettings']>[0]) => {
    try {
      setSettings(await api.updateSettings(changes));
    } catch (failure) {
      setError(failure);
    }
  };

  /** The project list asked for; a slower answer to an earlier ask is dropped. */
  const listProjects = useMemo(() => latestOnly(() => api.listProjects({})), [api]);
  const refreshProjects = useCallback(async () => {
    const list = await listProjects();
    setProjects((current) => (JSON.stringify(current) === JSON.stringify(list) ? current : list));
  }, [listProjects]);

  useEffect(() => {
    if (initialProjects) return;
    listProjects().then(
      (list) => {
        setProjects(list);
        setDocumentId((current) => current ?? list[0]?.documents[0]?.id ?? null);
      },
      setError,
    );
  }, [listProjects, initialProjects]);

  /** Projects and documents added by another window or process (a `pird import` in a terminal) appear by themselves. */
  useEffect(() => {
    const refresh = () => {
      if (window.document.hidden) return;
      refreshProjects().catch(() => undefined);
    };
    const timer = window.setInterval(refresh, PROJECTS_POLL_MS);
    window.addEventListener('focus', refresh);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', refresh);
    };
  }, [refreshProjects]);

  const changeLanguage = async (language: UiLanguage) => {
    await i18n.changeLanguage(language);
    applyDirection(language);
    await updateSettings({ uiLanguage: language });
  };

  /** The new-project wizard, open with the name typed so far (null: closed). */
  const [wizardName, setWizardName] = useState<string | null>(null);
  const report = useReport();
  const projectCreated = async (created: CreatedProject) => {
    setWizardName(null);
    await refreshProjects();
    await glossary.reload();
    const [first] = created.documentIds;
    if (first) openDocument(first);
    report({
      title: t('wizard.created', { name: created.name }),
      lines: created.lines,
      intent: created.failed > 0 ? 'warning' : 'success',
      ...(first ? {} : { action: { label: t('wizard.openDashboard'), run: () => openDashboard(created.projectId) } }),
    });
  };

  const changeDigits = async (style: DigitStyle) => {
    setSoraniDigits(style);
    await updateSettings({ digits: style });
    // Every message and number is written again with the new digits.
    await i18n.changeLanguage(i18n.language);
  };

  const openDocument = useCallback((id: string) => {
    setDashboard(null);
    setDashboardProject(null);
    setGlossaryOpen(false);
    setFocusUnitId(undefined);
    setDocumentId(id);
  }, []);
  const recent = useMemo((): RecentDocument[] => recentIds.flatMap((id) => {
    const project = projects?.find((p) => p.documents.some((d) => d.id === id));
    const document = project?.documents.find((d) => d.id === id);
    return project && document && id !== documentId ? [{ documentId: id, name: document.name, projectName: project.name }] : [];
  }), [recentIds, projects, documentId]);
  const [palette, setPalette] = useState<'commands' | 'recent' | null>(null);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  useCommand('view.palette', () => setPalette('commands'));
  useCommand('file.openRecent', () => setPalette('recent'), recent.length > 0);
  useCommand('help.shortcuts', () => setShortcutsOpen(true));
  const openGlossary = () => {
    setDashboard(null);
    setGlossaryOpen(true);
  };
  useCommand('view.glossary', openGlossary);
  const openDashboard = (projectId: string) => {
    setGlossaryOpen(false);
    setDashboard(projectId);
    setDashboardProject(projectId);
  };
  useCommand('view.dashboard', () => openProject && openDashboard(openProject.id), openProject !== undefined && dashboard === null);
  // A document's export sits on its project's dashboard.
  useCommand('file.exportDocument', () => documentProject && openDashboard(documentProject.id), documentProject !== undefined);
  useCommand('view.switchLanguage', () => void changeLanguage(i18n.language === 'ckb' ? 'en' : 'ckb'));

  return (
    <div className="app">
      <MenuBar recent={recent} onOpenDocument={openDocument} />
      {palette !== null && <CommandPalette mode={palette} recent={recent} onOpenDocument={openDocument} onClose={() => setPalette(null)} />}
      {shortcutsOpen && (
        <ShortcutsDialog
          overrides={settings?.shortcuts}
          onSave={async (shortcuts) => setSettings(await api.updateSettings({ shortcuts }))}
          onClose={() => setShortcutsOpen(false)}
        />
      )}
      {wizardName !== null && (
        <NewProjectWizard
          api={api}
          initialName={wizardName}
          glossarySize={glossary.entries.length}
          nameOf={(id) => documentNameIn(projects, id)}
          onClose={() => setWizardName(null)}
          onCreated={(created) => void projectCreated(created)}
        />
      )}
      <ReportToaster />
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <span className="tagline">{t('app.tagline')}</span>
        <label className="setting">
          {t('settings.userName')}
          <Input
            size="small"
            defaultValue={settings?.userName ?? ''}
            key={settings ? 'loaded' : 'loading'}
            onBlur={(event) => void updateSettings({ userName: event.target.value.trim() })}
            data-testid="user-name"
          />
        </label>
        <SettingSelect label={t('settings.role')} testId="role" value={settings?.role ?? 'translator'} options={ROLES}
          optionLabel={(role) => t(`settings.roles.${role}`)} onChange={(role) => void updateSettings({ role })} />
        <SettingSelect label={t('settings.theme')} testId="theme" value={settings?.theme ?? 'light'} options={THEMES}
          optionLabel={(theme) => t(`settings.themes.${theme}`)} onChange={(theme) => void updateSettings({ theme })} />
        {i18n.language === 'ckb' && (
          <SettingSelect label={t('settings.digits')} testId="digits" value={settings?.digits ?? 'eastern'} options={DIGIT_STYLES}
            optionLabel={(style) => t(`settings.digitStyles.${style}`)} onChange={(style) => void changeDigits(style)} />
        )}
        <SettingSelect label={t('settings.language')} testId="ui-language" value={i18n.language as UiLanguage} options={UI_LANGUAGES}
          optionLabel={(language) => t(`languages.${language}`)} onChange={(language) => void changeLanguage(language)} className="language-picker" />
      </header>
      <div className="app-body">
        <ProjectList
          api={api}
          projects={projects}
          documentId={documentId}
          onOpen={openDocument}
          onDashboard={openDashboard}
          onGlossary={openGlossary}
          onChanged={refreshProjects}
          onNewProject={setWizardName}
        />
        <main className="workspace">
          {error !== null && <ErrorBanner error={error} />}
          {glossaryOpen ? <GlossaryManager api={api} glossary={glossary} project={openProject} /> : dashboard ? <Dashboard api={api} projectId={dashboard} project={projects?.find((p) => p.id === dashboard)} onProjectChanged={refreshProjects} /> : documentId ? <DocumentView
            api={api} documentId={documentId} role={settings?.role ?? 'translator'} firstPage={firstPage} glossary={glossary} projectName={documentProject?.name}
            qaSettings={documentProject?.qa} tmSettings={documentProject?.tm} focusUnitId={focusUnitId} onActiveUnit={notePlace}
            onOpenDocument={(id, unitId) => {
              setFocusUnitId(unitId);
              setDocumentId(id);
            }}
          /> : error === null && <p>{t('document.choose')}</p>}
        </main>
      </div>
      <JobStatusBar />
    </div>
  );
}
