import { useState, type ChangeEvent } from 'react';
import type { WorkspaceSettings } from '../../model/workspace-settings';
import { programsToJSON } from '../../state/workspace-programs';
import { downloadText } from '../shared/download';
import { useWorkspaceExtent } from '../shared/useWorkspaceExtent';
import type { ScreenProps } from '../tabs';
import { namesProblem, newProgram, readProgramsFile } from './program-edit';
import { ProgramEditor } from './ProgramEditor';
import { WorkspaceRules } from './WorkspaceRules';
import '../views.css';

type Props = Pick<ScreenProps, 'runner' | 'source' | 'settings' | 'onSettingsChange'>;

type Message = { readonly tone: 'ok' | 'error'; readonly text: string } | null;

/** Program settings and the workspace's rules, edited as a draft and saved together. */
export function ProgramsView({ runner, source, settings, onSettingsChange }: Props) {
  const [draft, setDraft] = useState<WorkspaceSettings>(settings);
  const [message, setMessage] = useState<Message>(null);
  const extent = useWorkspaceExtent(runner, source.id);
  const areas = extent.status === 'done' ? extent.value.areas : [];
  const unsaved = draft !== settings;
  const problem = namesProblem(draft.programs);

  const edit = (next: WorkspaceSettings) => {
    setDraft(next);
    setMessage(null);
  };
  const setProgram = (index: number, program: WorkspaceSettings['programs'][number]) =>
    edit({
      ...draft,
      programs: draft.programs.map((p, i) => (i === index ? program : p)),
    });
  const save = () => {
    onSettingsChange(draft);
    setMessage({ tone: 'ok', text: 'Saved with the workspace.' });
  };
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const result = readProgramsFile(await file.text());
    if ('message' in result) return setMessage({ tone: 'error', text: result.message });
    edit({ ...draft, programs: result.programs });
    setMessage({
      tone: 'ok',
      text: `Read ${result.programs.length} programs from ${file.name}; save to keep them.`,
    });
  };

  return (
    <section className="programs-view" aria-label="Programs">
      <header className="view-header">
        <h2>Programs</h2>
        <p>
          What each partnership is, where it runs and when it started. The CompStat and
          Pilot results screens read these settings.
        </p>
        <div className="controls">
          <button type="button" onClick={save} disabled={!unsaved || problem !== null}>
            Save settings
          </button>
          <button
            type="button"
            onClick={() =>
              downloadText(
                'outcomestat-programs.json',
                programsToJSON(draft.programs),
                'application/json',
              )
            }
          >
            Export programs (JSON)
          </button>
          <label className="file-button">
            Import programs (JSON){' '}
            <input
              type="file"
              accept=".json,application/json"
              onChange={(event) => void importFile(event)}
            />
          </label>
          {unsaved && <span className="note">Unsaved changes</span>}
        </div>
        {problem && (
          <p className="message error" role="alert">
            {problem}
          </p>
        )}
        {message && (
          <p
            className={`message ${message.tone}`}
            role={message.tone === 'error' ? 'alert' : 'status'}
          >
            {message.text}
          </p>
        )}
      </header>
      <WorkspaceRules settings={draft} onChange={edit} />
      {draft.programs.map((program, index) => (
        <ProgramEditor
          // The index keys the editor: a name being typed must not remount it.
          key={index}
          program={program}
          areas={areas}
          onChange={(next) => setProgram(index, next)}
          onRemove={() =>
            edit({ ...draft, programs: draft.programs.filter((_, i) => i !== index) })
          }
        />
      ))}
      <button
        type="button"
        onClick={() =>
          edit({
            ...draft,
            programs: [
              ...draft.programs,
              newProgram(
                `Program ${draft.programs.length + 1}`,
                draft.fiscalYearStartMonth,
              ),
            ],
          })
        }
      >
        Add a program
      </button>
    </section>
  );
}
