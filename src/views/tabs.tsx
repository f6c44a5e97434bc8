/**
 * The app's screens, one per audience task. Each tab renders with the ready
 * workspace; App shows them as a tab bar.
 */
import type { ReactNode } from 'react';
import type { SharedRunner } from '../engine/exclusive-access';
import type { EventSource } from '../model/event-source';
import type { WorkspaceSettings } from '../model/workspace-settings';
import { CompStatView } from './compstat/CompStatView';
import { browserTimeZone } from '../state/useWorkspace';
import { ImportPanel, type ImportContext } from './import/ImportPanel';
import { WorkspaceView, type StorageActions } from './workspace/WorkspaceView';
import { MonthView } from './month/MonthView';
import { NotMonthlyView } from './published/NotMonthlyView';
import { PilotView } from './pilot/PilotView';
import { ProgramsView } from './programs/ProgramsView';
import { RecordsView } from './records/RecordsView';

/** What every screen receives. */
export interface ScreenProps {
  readonly runner: SharedRunner;
  readonly source: EventSource;
  readonly settings: WorkspaceSettings;
  readonly onSettingsChange: (settings: WorkspaceSettings) => void;
  readonly onOpenScreen: (screenId: string) => void;
  /** The workspace's imports: profiles, log, and the steps around an import. */
  readonly imports: Omit<ImportContext, 'runner' | 'timeZone' | 'onReview'>;
  readonly storage: StorageActions;
}

/** One tab of the app. */
export interface Screen {
  readonly id: string;
  readonly title: string;
  readonly render: (props: ScreenProps) => ReactNode;
}

/** The tabs, in the order they appear. */
export const SCREENS: readonly Screen[] = [
  {
    id: 'month',
    title: 'Month review',
    render: (props) =>
      props.source.notMonthly ? (
        <NotMonthlyView
          key={props.source.id}
          runner={props.runner}
          source={props.source}
          onOpenScreen={props.onOpenScreen}
        />
      ) : (
        <MonthView
          key={props.source.id}
          runner={props.runner}
          source={props.source}
          settings={props.settings}
        />
      ),
  },
  {
    id: 'import',
    title: 'Import',
    render: (props) => (
      <ImportPanel
        {...props.imports}
        runner={props.runner}
        timeZone={
          props.storage.origin === 'sample' ? browserTimeZone() : props.settings.timeZone
        }
        onReview={() => props.onOpenScreen('month')}
      />
    ),
  },
  {
    id: 'compstat',
    title: 'CompStat',
    render: (props) => (
      <CompStatView
        runner={props.runner}
        source={props.source}
        settings={props.settings}
      />
    ),
  },
  {
    id: 'pilot',
    title: 'Pilot results',
    render: (props) => (
      <PilotView runner={props.runner} source={props.source} settings={props.settings} />
    ),
  },
  {
    id: 'programs',
    title: 'Programs',
    render: (props) => (
      <ProgramsView
        runner={props.runner}
        source={props.source}
        settings={props.settings}
        onSettingsChange={props.onSettingsChange}
      />
    ),
  },
  {
    id: 'workspace',
    title: 'Workspace',
    render: (props) => <WorkspaceView storage={props.storage} />,
  },
  {
    id: 'records',
    title: 'Records',
    render: (props) => <RecordsView runner={props.runner} />,
  },
];
