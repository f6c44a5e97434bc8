/**
 * The month view's event sources over the canonical datasets: for each dataset with
 * an event date, the yes/no outcomes it can rate and the columns it can be broken
 * down by. Defined here, once, so every view reads the same outcome the same way.
 */
import type { DatasetKind } from '../model/datasets';
import type { EventSource } from '../model/event-source';
import type { SqlQuery } from '../model/sql';
import { juvenileConditionSql } from './definitions/juvenile-arrests';
import { bound, identifier, joinFragments, sqlFragment, trusted } from './sql-fragment';

interface OutcomeSpec {
  readonly id: string;
  readonly label: string;
  readonly condition: SqlQuery;
  /** The outcome means something only when one of these fields holds values. */
  readonly fromAny: readonly string[];
}

interface DatasetEvents {
  readonly noun: string;
  readonly outcomes: readonly OutcomeSpec[];
  /** Categorical fields offered as breakdowns besides program and area. */
  readonly categories: readonly { readonly column: string; readonly label: string }[];
}

const flag = (column: string, label: string): OutcomeSpec => ({
  id: column,
  label,
  condition: sqlFragment`coalesce(${identifier(column)}, FALSE)`,
  fromAny: [column],
});

/** Lowest age counted as juvenile unless a program says otherwise. */
export const DEFAULT_JUVENILE_MINIMUM_AGE = 10;

const EVENT_DATASETS: Partial<Record<DatasetKind, DatasetEvents>> = {
  contacts: {
    noun: 'contacts',
    outcomes: [
      flag('use_of_force', 'use of force'),
      flag('arrest', 'arrest'),
      flag('crisis', 'crisis contact'),
      flag('assessment', 'mental-health assessment'),
      flag('referral_made', 'referral made'),
    ],
    categories: [{ column: 'contact_type', label: 'Contact type' }],
  },
  arrests: {
    noun: 'arrests',
    outcomes: [
      {
        id: 'juvenile',
        label: 'juvenile (under 18)',
        condition: juvenileConditionSql(DEFAULT_JUVENILE_MINIMUM_AGE),
        fromAny: ['age', 'birth_date', 'age_max'],
      },
    ],
    categories: [{ column: 'charge', label: 'Charge' }],
  },
  force_incidents: {
    noun: 'force incidents',
    outcomes: [flag('crisis_related', 'crisis-related')],
    categories: [{ column: 'force_type', label: 'Force type' }],
  },
  placements: {
    noun: 'placements',
    outcomes: [
      {
        id: 'permanent',
        label: 'permanent destination',
        condition: sqlFragment`coalesce(destination_class = ${bound('permanent')}, FALSE)`,
        fromAny: ['destination_class'],
      },
    ],
    categories: [{ column: 'destination_class', label: 'Destination class' }],
  },
};

/** Datasets the month view can show. */
export const EVENT_DATASET_KINDS = Object.keys(EVENT_DATASETS) as DatasetKind[];

function relation(
  dataset: DatasetKind,
  events: DatasetEvents,
  outcome: OutcomeSpec,
  extraKeys: readonly string[],
): SqlQuery {
  const columns = [
    sqlFragment`program AS ${identifier('Program')}`,
    sqlFragment`area AS ${identifier('Area')}`,
    ...events.categories.map(
      (category) =>
        sqlFragment`${identifier(category.column)} AS ${identifier(category.label)}`,
    ),
    ...extraKeys.map((key) => sqlFragment`extra[${bound(key)}] AS ${identifier(key)}`),
  ];
  return sqlFragment`SELECT occurred_on, ${outcome.condition} AS outcome,
    ${joinFragments(columns, ', ')} FROM ${identifier(dataset)}`;
}

/**
 * Event sources of one dataset: one per outcome its records hold (an outcome field
 * the export never carried would read as a false 0%). Extra attributes become
 * breakdowns under their own names unless that name is already taken.
 */
export function datasetEventSources(
  dataset: DatasetKind,
  extraKeys: readonly string[],
  synthetic: boolean,
  presentFields?: readonly string[],
): EventSource[] {
  const events = EVENT_DATASETS[dataset];
  if (!events) return [];
  const taken = new Set(['Program', 'Area', ...events.categories.map((c) => c.label)]);
  const extras = extraKeys.filter(
    (key) => !taken.has(key) && key !== 'occurred_on' && key !== 'outcome',
  );
  const origin = synthetic ? 'sample, synthetic' : 'all imports';
  const held = events.outcomes.filter(
    (outcome) => !presentFields || outcome.fromAny.some((f) => presentFields.includes(f)),
  );
  return held.map((outcome) => ({
    id: `${dataset}:${outcome.id}`,
    label: `${events.noun[0]!.toUpperCase()}${events.noun.slice(1)}: ${outcome.label} (${origin})`,
    relation: relation(dataset, events, outcome, extras),
    eventNoun: events.noun,
    outcomeLabel: outcome.label,
    breakdowns: [...taken, ...extras],
    synthetic,
  }));
}

/** Lists the extra-attribute keys present in a dataset's table. */
export function extraKeysQuery(dataset: DatasetKind): SqlQuery {
  return sqlFragment`SELECT DISTINCT unnest(map_keys(extra)) AS key FROM ${identifier(dataset)}
    ORDER BY key LIMIT ${trusted('50')}`;
}
