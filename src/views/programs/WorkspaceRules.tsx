import type {
  SuppressionSetting,
  WorkspaceSettings,
} from '../../model/workspace-settings';
import { MetricOptionsEditor } from './MetricOptionsEditor';
import { MonthSelect } from './MonthSelect';

interface Props {
  readonly settings: WorkspaceSettings;
  readonly onChange: (settings: WorkspaceSettings) => void;
}

const PRESETS: readonly { value: SuppressionSetting; label: string }[] = [
  { value: 'cms', label: 'CMS rule: hide counts of 1 to 10' },
  { value: 'under10', label: 'Hide counts under 10 (1 to 9)' },
  { value: 'under5', label: 'Hide counts under 5 (1 to 4)' },
];

/** The workspace-wide calendar and disclosure rules. */
export function WorkspaceRules({ settings, onChange }: Props) {
  return (
    <fieldset className="program-editor" aria-label="Workspace rules">
      <legend>Workspace</legend>
      <div className="form-grid">
        <label htmlFor="workspace-fiscal">Fiscal year starts</label>
        <MonthSelect
          id="workspace-fiscal"
          value={settings.fiscalYearStartMonth}
          onChange={(month) => onChange({ ...settings, fiscalYearStartMonth: month })}
        />
        <label htmlFor="workspace-suppression">Small-count suppression</label>
        <select
          id="workspace-suppression"
          name="suppression"
          value={settings.suppression}
          onChange={(e) =>
            onChange({ ...settings, suppression: e.target.value as SuppressionSetting })
          }
        >
          {PRESETS.map((preset) => (
            <option key={preset.value} value={preset.value}>
              {preset.label}
            </option>
          ))}
        </select>
        <span />
        <label>
          <input
            type="checkbox"
            name="suppress-on-screen"
            checked={settings.suppressOnScreen}
            onChange={(e) =>
              onChange({ ...settings, suppressOnScreen: e.target.checked })
            }
          />{' '}
          Also suppress on screen (print and CSV always are)
        </label>
      </div>
      <MetricOptionsEditor
        idPrefix="workspace"
        values={settings.metricOptions}
        fallbackWords="the default shown"
        onChange={(metricOptions) => onChange({ ...settings, metricOptions })}
      />
    </fieldset>
  );
}
