import { useCallback, useEffect, useRef, useState } from 'react';
import { startBrowserRunner } from '../engine/browser-runner';
import type { SharedRunner } from '../engine/exclusive-access';
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
      readonly runner: SharedRunner;
      readonly activeId: string;
    });

type Ready = Extract<Workspace, { status: 'ready' }>;

/** The zone this browser runs in: the best first guess of an agency's zone. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function ready(
  runner: SharedRunner,
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
  // Bumped whenever the tables change, so screens read the data again.
  const [dataVersion, setDataVersion] = useState(0);
  const dataChanged = () => setDataVersion((version) => version + 1);
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
    prepareImport: async (inside: QueryRunner) => {
      if (workspace.status !== 'ready' || workspace.origin !== 'sample') return;
      // Screens over the sample unmount first, so none queries a table being dropped.
      // The sample's programs and time zone are not the analyst's.
      const settings = {
        ...workspace.settings,
        programs: [],
        timeZone: browserTimeZone(),
      };
      setWorkspace({ ...workspace, sources: [], activeId: '', settings });
      await clearSample(inside);
    },
    afterImport: async (change: Pick<WorkspaceContents, 'profiles' | 'importLog'>) => {
      if (workspace.status !== 'ready') return;
      const sources = await listEventSources(workspace.runner, false);
      const settings =
        workspace.origin === 'sample'
          ? { ...workspace.settings, programs: [], timeZone: browserTimeZone() }
          : workspace.settings;
      await commit(
        ready(
          workspace.runner,
          { ...workspace, ...change, origin: 'analyst', sources, settings },
          workspace.activeId,
        ),
      );
      dataChanged();
    },
    updateProfiles: async (profiles: WorkspaceContents['profiles']) => {
      if (workspace.status === 'ready') await commit({ ...workspace, profiles });
    },
    /** Puts the sample back when a first import failed after it was cleared. */
    importFailed: async () => {
      if (workspace.status !== 'ready' || workspace.origin !== 'sample') return;
      await clearSample(workspace.runner);
      setWorkspace(ready(workspace.runner, await openSample(workspace.runner)));
      dataChanged();
    },
    forgetAll: async () => {
      if (workspace.status !== 'ready') return;
      setWorkspace(
        ready(
          workspace.runner,
          await workspace.runner.exclusive((inside) =>
            forgetWorkspace(inside, store.current),
          ),
        ),
      );
      dataChanged();
    },
    saveToFile: async () =>
      workspace.status === 'ready' ? workspaceFile(workspace.runner, workspace) : null,
    openFile: async (file: Blob) => {
      if (workspace.status !== 'ready') return;
      const contents = await workspace.runner.exclusive((inside) =>
        openWorkspaceFile(inside, store.current, file),
      );
      setWorkspace(ready(workspace.runner, contents));
      dataChanged();
    },
  };

  return { workspace, dataVersion, ...actions };
}
