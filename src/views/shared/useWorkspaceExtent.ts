import type { QueryRunner } from '../../engine/query-runner';
import { useAsyncResult } from './useAsyncResult';
import { loadWorkspaceExtent } from './workspace-extent';

/** The workspace's datasets, dates and areas, read again when the data changes. */
export function useWorkspaceExtent(runner: QueryRunner, sourceKey: string) {
  return useAsyncResult(`extent:${sourceKey}`, () => loadWorkspaceExtent(runner));
}
