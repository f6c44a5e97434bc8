import { ErrorBoundary } from './components/ErrorBoundary';
import { useWorkspace } from './state/useWorkspace';
import { ImportPanel } from './views/import/ImportPanel';
import { MonthView } from './views/month/MonthView';

/** The OutcomeStat page: the month view of the chosen source, and imports beside it. */
export function App() {
  const { workspace, addSource, selectSource } = useWorkspace();

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
        <main className="layout">
          <nav className="sources" aria-label="Data sources">
            <label>
              Showing{' '}
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
          <ErrorBoundary area="Month view" key={workspace.activeId}>
            <MonthView
              key={workspace.activeId}
              runner={workspace.runner}
              source={workspace.sources.find(
                (source) => source.id === workspace.activeId,
              )!}
            />
          </ErrorBoundary>
          <ErrorBoundary area="Import">
            <ImportPanel runner={workspace.runner} onImported={addSource} />
          </ErrorBoundary>
        </main>
      )}
    </div>
  );
}
