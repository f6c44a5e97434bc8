import { useCallback, useEffect, useState } from 'react';
import { startBrowserRunner } from '../engine/browser-runner';
import type { QueryRunner } from '../engine/query-runner';
import { loadSampleWorkspace, SAMPLE_SETTINGS } from '../ingest/sample-workspace';
import type { EventSource } from '../model/event-source';
import type { WorkspaceSettings } from '../model/workspace-settings';
import { logger } from './logger';

/** The workspace as the app sees it: the database, its sources and its settings. */
export type Workspace =
  | { readonly status: 'starting' }
  | { readonly status: 'failed'; readonly message: string }
  | {
      readonly status: 'ready';
      readonly runner: QueryRunner;
      readonly sources: readonly EventSource[];
      readonly activeId: string;
      readonly settings: WorkspaceSettings;
    };

/** Starts DuckDB, loads the sample, and tracks the sources the analyst adds. */
export function useWorkspace() {
  const [workspace, setWorkspace] = useState<Workspace>({ status: 'starting' });

  useEffect(() => {
    let current = true;
    (async () => {
      const runner = await startBrowserRunner();
      const sample = await loadSampleWorkspace(runner);
      if (!current) return;
      setWorkspace({
        status: 'ready',
        runner,
        sources: [sample],
        activeId: sample.id,
        settings: SAMPLE_SETTINGS,
      });
    })().catch((error: unknown) => {
      logger.error('The workspace could not start', error);
      if (current) setWorkspace({ status: 'failed', message: String(error) });
    });
    return () => {
      current = false;
    };
  }, []);

  const addSource = useCallback((source: EventSource) => {
    setWorkspace((previous) =>
      previous.status === 'ready'
        ? { ...previous, sources: [...previous.sources, source], activeId: source.id }
        : previous,
    );
  }, []);

  const selectSource = useCallback((activeId: string) => {
    setWorkspace((previous) =>
      previous.status === 'ready' ? { ...previous, activeId } : previous,
    );
  }, []);

  const updateSettings = useCallback((settings: WorkspaceSettings) => {
    setWorkspace((previous) =>
      previous.status === 'ready' ? { ...previous, settings } : previous,
    );
  }, []);

  return { workspace, addSource, selectSource, updateSettings };
}
