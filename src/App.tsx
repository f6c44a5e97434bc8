import { useState } from 'react';
import { ErrorBoundary } from './components/ErrorBoundary';
import { useWorkspace } from './state/useWorkspace';
import { SCREENS } from './views/tabs';

/** The OutcomeStat page: a tab per screen over the one in-browser workspace. */
export function App() {
  const { workspace, addSource, selectSource, updateSettings } = useWorkspace();
  const [screenId, setScreenId] = useState(SCREENS[0]!.id);

  return (
    <div className="app">
      <header className="app-header">
        <h1>OutcomeStat</h1>
        <p className="privacy">
          Runs entirely in this browser: files you add are never uploaded, and nothing is
          sent anywhere.
        </p>
      </header>
      {workspace.status === 'starting' && (
        <p role="status">Starting the in-browser database…</p>
      )}
      {workspace.status === 'failed' && (
        <p role="alert" className="error">
          OutcomeStat could not start its database: {workspace.message}
        </p>
      )}
      {workspace.status === 'ready' && (
        <>
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
                onChange={(event) => selectSource(event.target.value)}
              >
                {workspace.sources.map((source) => (
                  <option key={source.id} value={source.id}>
                    {source.label}
                  </option>
                ))}
              </select>
            </label>
          </nav>
          <main className="layout">
            {SCREENS.map((screen) => (
              // Screens stay mounted so an import in progress survives a tab switch.
              <div key={screen.id} hidden={screen.id !== screenId} role="tabpanel">
                <ErrorBoundary area={screen.title}>
                  {screen.render({
                    runner: workspace.runner,
                    source: workspace.sources.find(
                      (source) => source.id === workspace.activeId,
                    )!,
                    settings: workspace.settings,
                    onSettingsChange: updateSettings,
                    onImported: addSource,
                    onOpenScreen: setScreenId,
                  })}
                </ErrorBoundary>
              </div>
            ))}
          </main>
        </>
      )}
    </div>
  );
}
