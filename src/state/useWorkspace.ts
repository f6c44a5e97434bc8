import { useCallback, useEffect, useRef, useState } from 'react';
import { startBrowserRunner } from '../engine/browser-runner';
import type { QueryRunner } from '../engine/query-runner';
import type { WorkspaceSettings } from '../model/workspace-settings';
import { listEventSources } from './event-source-catalog';
import { logger } from './logger';
import {
  clearSample,
  forgetWorkspace,
  openSample,
  openWorkspace,
  openWorkspaceFile,
  persistWorkspace,
  workspaceFile,
  type WorkspaceContents,
} from './workspace-session';
import { indexedDBWorkspaceStore, type WorkspaceStore } from './workspace-store';

/** The workspace as the app sees it. */
export type Workspace =
  | { readonly status: 'starting' }
  | { readonly status: 'failed'; readonly message: string }
  | (WorkspaceContents & {
      readonly status: 'ready';
      readonly runner: QueryRunner;
      readonly activeId: string;
    });

type Ready = Extract<Workspace, { status: 'ready' }>;

function ready(
  runner: QueryRunner,
  contents: WorkspaceContents,
  activeId?: string,
): Ready {
  const active = contents.sources.find((source) => source.id === activeId);
  return {
    status: 'ready',
    runner,
    ...contents,
    activeId: active?.id ?? contents.sources[0]?.id ?? '',
  };
}

/** Starts DuckDB, opens the saved workspace (or the sample) and keeps it saved. */
export function useWorkspace() {
  const [workspace, setWorkspace] = useState<Workspace>({ status: 'starting' });
  const store = useRef<WorkspaceStore>(indexedDBWorkspaceStore());

  useEffect(() => {
    let current = true;
    (async () => {
      const runner = await startBrowserRunner();
      const contents = await openWorkspace(runner, store.current);
      if (current) setWorkspace(ready(runner, contents));
    })().catch((error: unknown) => {
      logger.error('The workspace could not start', error);
      if (current) setWorkspace({ status: 'failed', message: String(error) });
    });
    return () => {
      current = false;
    };
  }, []);

  /** Applies a change and saves the result in the browser. */
  const commit = useCallback(async (next: Ready) => {
    setWorkspace(next);
    await persistWorkspace(next.runner, store.current, next);
  }, []);

  const actions = {
    selectSource: (activeId: string) =>
      setWorkspace((previous) =>
        previous.status === 'ready' ? { ...previous, activeId } : previous,
      ),
    updateSettings: async (settings: WorkspaceSettings) => {
      if (workspace.status === 'ready') await commit({ ...workspace, settings });
    },
    /** Drops the synthetic sample before the first real import lands. */
    prepareImport: async () => {
      if (workspace.status !== 'ready' || workspace.origin !== 'sample') return;
      // Screens over the sample unmount first, so none queries a table being dropped.
      setWorkspace({ ...workspace, sources: [], activeId: '' });
      await clearSample(workspace.runner);
    },
    afterImport: async (change: Pick<WorkspaceContents, 'profiles' | 'importLog'>) => {
      if (workspace.status !== 'ready') return;
      const sources = await listEventSources(workspace.runner, false);
      await commit(
        ready(
          workspace.runner,
          { ...workspace, ...change, origin: 'analyst', sources },
          workspace.activeId,
        ),
      );
    },
    updateProfiles: async (profiles: WorkspaceContents['profiles']) => {
      if (workspace.status === 'ready') await commit({ ...workspace, profiles });
    },
    /** Puts the sample back when a first import failed after it was cleared. */
    importFailed: async () => {
      if (workspace.status !== 'ready' || workspace.origin !== 'sample') return;
      await clearSample(workspace.runner);
      setWorkspace(ready(workspace.runner, await openSample(workspace.runner)));
    },
    forgetAll: async () => {
      if (workspace.status !== 'ready') return;
      setWorkspace(
        ready(workspace.runner, await forgetWorkspace(workspace.runner, store.current)),
      );
    },
    saveToFile: async () =>
      workspace.status === 'ready' ? workspaceFile(workspace.runner, workspace) : null,
    openFile: async (file: Blob) => {
      if (workspace.status !== 'ready') return;
      const contents = await openWorkspaceFile(workspace.runner, store.current, file);
      setWorkspace(ready(workspace.runner, contents));
    },
  };

  return { workspace, ...actions };
}
