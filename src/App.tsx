import { useState } from 'react';
import { ErrorBoundary } from './components/ErrorBoundary';
import { useWorkspace } from './state/useWorkspace';
import { SCREENS, type ScreenProps } from './views/tabs';

const FRESH_ON_CHANGE = new Set(['month', 'compstat', 'pilot', 'programs', 'records']);

/** The OutcomeStat page: a tab per screen over the one in-browser workspace. */
export function App() {
  const session = useWorkspace();
  const { workspace } = session;
  const [screenId, setScreenId] = useState(SCREENS[0]!.id);

  if (workspace.status !== 'ready') {
    return (
      <div className="app">
        <AppHeader />
        {workspace.status === 'starting' ? (
          <p role="status">Starting the in-browser database…</p>
        ) : (
          <p role="alert" className="error">
            OutcomeStat could not start its database: {workspace.message}
          </p>
        )}
      </div>
    );
  }

  const source = workspace.sources.find(
    (candidate) => candidate.id === workspace.activeId,
  );
  const props: Omit<ScreenProps, 'source'> = {
    runner: workspace.runner,
    settings: workspace.settings,
    onSettingsChange: (settings) => void session.updateSettings(settings),
    onOpenScreen: setScreenId,
    imports: {
      profiles: workspace.profiles,
      importLog: workspace.importLog,
      prepareImport: session.prepareImport,
      afterImport: session.afterImport,
      importFailed: session.importFailed,
      onProfilesChange: session.updateProfiles,
    },
    storage: {
      origin: workspace.origin,
      importLog: workspace.importLog,
      saveToFile: session.saveToFile,
      openFile: session.openFile,
      forgetAll: session.forgetAll,
    },
  };

  return (
    <div className="app">
      <AppHeader />
      <nav className="tabs" aria-label="Screens">
        {SCREENS.map((screen) => (
          <button
            type="button"
            key={screen.id}
            role="tab"
            aria-selected={screen.id === screenId}
            onClick={() => setScreenId(screen.id)}
          >
            {screen.title}
          </button>
        ))}
        <label className="source-picker">
          Data{' '}
          <select
            name="source"
            value={workspace.activeId}
            onChange={(event) => session.selectSource(event.target.value)}
          >
            {workspace.sources.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.label}
              </option>
            ))}
          </select>
        </label>
      </nav>
      <main className="layout">
        {SCREENS.map((screen) => (
          // Screens stay mounted so an import in progress survives a tab switch.
          <div
            // Screens over the data start afresh when the data changes; the import
            // and workspace screens keep their state (reports, queued files).
            key={
              FRESH_ON_CHANGE.has(screen.id)
                ? `${screen.id}:${session.dataVersion}`
                : screen.id
            }
            hidden={screen.id !== screenId}
            role="tabpanel"
          >
            <ErrorBoundary area={screen.title}>
              {source || ['import', 'workspace', 'records'].includes(screen.id) ? (
                screen.render({ ...props, source: source! })
              ) : (
                <p>No records yet: import an export on the Import tab.</p>
              )}
            </ErrorBoundary>
          </div>
        ))}
      </main>
    </div>
  );
}

function AppHeader() {
  return (
    <header className="app-header">
      <h1>OutcomeStat</h1>
      <p className="privacy">
        Runs entirely in this browser: files you add are never uploaded, and nothing is
        sent anywhere.
      </p>
    </header>
  );
}
