import { readsAsAge, type AgeWords } from '../../ingest/ages';

interface Props {
  readonly values: readonly [string, number][];
  readonly ageWords: AgeWords;
  readonly onChange: (next: AgeWords) => void;
}

const CHOICES = {
  juvenile: { label: 'under 18 (juvenile)', ages: { min: null, max: 17 } },
  adult: { label: '18 or older', ages: { min: 18, max: null } },
  unknown: { label: 'unknown (report)', ages: null },
} as const;

type Choice = keyof typeof CHOICES;

/** Asks what words in an age column (e.g. `Juvenile`) stand for. */
export function AgeWordsEditor({ values, ageWords, onChange }: Props) {
  // Values the import reads by itself (`56 and Above`) need no word.
  const words = values.filter(([value]) => !readsAsAge(value));
  if (words.length === 0) return null;
  const choiceOf = (word: string): Choice => {
    const ages = ageWords[word.toLowerCase()];
    if (!ages) return 'unknown';
    return ages.max === 17 ? 'juvenile' : 'adult';
  };
  const set = (word: string, choice: Choice) => {
    const next: Record<string, { min: number | null; max: number | null }> = {
      ...ageWords,
    };
    delete next[word.toLowerCase()];
    const ages = CHOICES[choice].ages;
    if (ages) next[word.toLowerCase()] = ages;
    onChange(next);
  };
  return (
    <span className="value-editor">
      {words.slice(0, 8).map(([word, count]) => (
        <label key={word} className="value-choice">
          <code>{word}</code> <span className="count">×{count}</span>{' '}
          <select
            aria-label={`Age meant by ${word}`}
            value={choiceOf(word)}
            onChange={(event) => set(word, event.target.value as Choice)}
          >
            {(Object.keys(CHOICES) as Choice[]).map((choice) => (
              <option key={choice} value={choice}>
                {CHOICES[choice].label}
              </option>
            ))}
          </select>
        </label>
      ))}
    </span>
  );
}
