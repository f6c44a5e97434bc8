/**
 * Which registry metrics the month review offers for each dataset, and the columns it
 * can be broken down by. No SQL of its own: an outcome is a registry share whose
 * denominator is every record of the dataset, so the month review's events, outcome
 * count and rate are that metric's denominator, numerator and their ratio.
 */
import type { DatasetKind } from '../model/datasets';
import type { BreakdownColumn, EventSource } from '../model/event-source';
import { quoteIdentifier, sql, type SqlQuery } from '../model/sql';
import { metricById } from './registry';

interface MonthOutcome {
  /** Names the source in its id (`contacts:use_of_force`), kept stable across versions. */
  readonly key: string;
  /** Registry id of a percent metric over all the dataset's records. */
  readonly metric: string;
  readonly label: string;
}

interface DatasetOffer {
  readonly noun: string;
  /** Registry id of the plain count of the dataset's events. */
  readonly eventsMetric: string;
  readonly outcomes: readonly MonthOutcome[];
  /** Categorical fields offered as breakdowns besides program and area. */
  readonly categories: readonly BreakdownColumn[];
}

/** The month review's offer per dataset, in the order sources are listed. */
export const MONTH_OFFERS: Readonly<Partial<Record<DatasetKind, DatasetOffer>>> = {
  contacts: {
    noun: 'contacts',
    eventsMetric: 'contacts',
    outcomes: [
      { key: 'use_of_force', metric: 'contacts_with_force_pct', label: 'use of force' },
      { key: 'arrest', metric: 'contacts_with_arrest_pct', label: 'arrest' },
      { key: 'crisis', metric: 'crisis_contacts_pct', label: 'crisis contact' },
      {
        key: 'assessment',
        metric: 'assessments_pct_of_contacts',
        label: 'mental-health assessment',
      },
      { key: 'referral_made', metric: 'referral_made_pct', label: 'referral made' },
    ],
    categories: [{ label: 'Contact type', column: 'contact_type' }],
  },
  arrests: {
    noun: 'arrests',
    eventsMetric: 'arrests',
    outcomes: [
      { key: 'juvenile', metric: 'juvenile_arrests_pct', label: 'juvenile (under 18)' },
    ],
    categories: [{ label: 'Charge', column: 'charge' }],
  },
  force_incidents: {
    noun: 'force incidents',
    eventsMetric: 'force_incidents',
    outcomes: [
      {
        key: 'crisis_related',
        metric: 'force_crisis_related_share_pct',
        label: 'crisis-related',
      },
    ],
    categories: [{ label: 'Force type', column: 'force_type' }],
  },
  placements: {
    noun: 'placements',
    eventsMetric: 'placements',
    outcomes: [
      {
        key: 'permanent',
        metric: 'placements_permanent_pct',
        label: 'permanent destination',
      },
    ],
    categories: [{ label: 'Destination class', column: 'destination_class' }],
  },
  referrals: {
    noun: 'referrals',
    eventsMetric: 'referrals',
    outcomes: [],
    categories: [
      { label: 'Service', column: 'service' },
      { label: 'Status', column: 'status' },
    ],
  },
  responses: {
    noun: 'calls responded to',
    eventsMetric: 'responses',
    outcomes: [],
    categories: [{ label: 'Responder', column: 'responder_type' }],
  },
  releases: {
    noun: 'releases',
    eventsMetric: 'releases',
    outcomes: [],
    categories: [{ label: 'Release type', column: 'release_type' }],
  },
};

/**
 * Why the month review shows no months for records that have none: releases known
 * only by fiscal year, and published figures (aggregates) by their own periods.
 */
export const NOT_MONTHLY: Readonly<Partial<Record<DatasetKind, string>>> = {
  releases:
    'These releases carry a fiscal year of release but no release date, so they ' +
    'cannot be placed in a month. CompStat shows their return rate by fiscal year.',
  aggregates:
    'Published figures are counts or rates an agency already totalled by its own ' +
    'periods; they are shown below as published, by period, not as monthly events.',
  population:
    'Population estimates are by year: they are the denominators of rates such as ' +
    'juvenile arrests per 1,000 youth, not events to count by month.',
};

/** Datasets the month view can show. */
export const EVENT_DATASET_KINDS = Object.keys(MONTH_OFFERS) as DatasetKind[];

const BASE_BREAKDOWNS: readonly BreakdownColumn[] = [
  { label: 'Program', column: 'program' },
  { label: 'Area', column: 'area' },
];

function breakdownsOf(offer: DatasetOffer, extraKeys: readonly string[]) {
  const named = [...BASE_BREAKDOWNS, ...offer.categories];
  const taken = new Set(named.map((column) => column.label));
  const extras = extraKeys
    .filter((key) => !taken.has(key))
    .map((key) => ({ label: key, column: 'extra', extraKey: key }));
  return [...named, ...extras];
}

// A `requires` entry `a|b` is met when either field holds values.
function isHeld(metricId: string, presentFields?: readonly string[]): boolean {
  if (!presentFields) return true;
  const requires = metricById(metricId)?.requires ?? [];
  return requires.every((entry) =>
    entry.split('|').some((field) => presentFields.includes(field)),
  );
}

const originOf = (synthetic: boolean) =>
  synthetic ? 'sample, synthetic' : 'all imports';
const capitalised = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;

/**
 * Event sources of one dataset: one per outcome whose required fields its records
 * hold (an outcome field the export never carried would read as a false 0%). Extra
 * attributes become breakdowns under their own names unless that name is taken.
 */
export function datasetEventSources(
  dataset: DatasetKind,
  extraKeys: readonly string[],
  synthetic: boolean,
  presentFields?: readonly string[],
): EventSource[] {
  const offer = MONTH_OFFERS[dataset];
  if (!offer) return [];
  const held = offer.outcomes.filter((outcome) => isHeld(outcome.metric, presentFields));
  return held.map((outcome) => ({
    id: `${dataset}:${outcome.key}`,
    label: `${capitalised(offer.noun)}: ${outcome.label} (${originOf(synthetic)})`,
    dataset,
    outcomeMetric: outcome.metric,
    eventsMetric: offer.eventsMetric,
    eventNoun: offer.noun,
    outcomeLabel: outcome.label,
    breakdowns: breakdownsOf(offer, extraKeys),
    synthetic,
  }));
}

/** The events-only source of a dataset, for records that hold none of its outcomes. */
export function datasetCountSource(
  dataset: DatasetKind,
  extraKeys: readonly string[],
  synthetic: boolean,
): EventSource | null {
  const offer = MONTH_OFFERS[dataset];
  if (!offer) return null;
  return {
    id: `${dataset}:events`,
    label: `${capitalised(offer.noun)} (${originOf(synthetic)})`,
    dataset,
    outcomeMetric: null,
    eventsMetric: offer.eventsMetric,
    eventNoun: offer.noun,
    outcomeLabel: null,
    breakdowns: breakdownsOf(offer, extraKeys),
    synthetic,
  };
}

/**
 * The source of records the month review cannot place in months (NOT_MONTHLY): the
 * app still opens its screens, and the month review says why it shows no months.
 */
export function notMonthlySource(dataset: DatasetKind, synthetic: boolean): EventSource {
  const reason = NOT_MONTHLY[dataset] ?? 'These records have no date to count by.';
  const noun = dataset === 'aggregates' ? 'published figures' : dataset;
  return {
    id: `${dataset}:not-monthly`,
    label: `${capitalised(noun)} (${originOf(synthetic)})`,
    dataset,
    outcomeMetric: null,
    eventsMetric: '',
    eventNoun: noun,
    outcomeLabel: null,
    breakdowns: [],
    synthetic,
    notMonthly: reason,
  };
}

/**
 * Most distinct values an extra attribute may have to be offered as a breakdown: an id
 * (a stop's, an officer's) would give a table of one row per record.
 */
export const MAX_BREAKDOWN_VALUES = 200;

/** Lists the extra-attribute keys of a dataset's table that can serve as breakdowns. */
export function extraKeysQuery(dataset: DatasetKind): SqlQuery {
  return sql(
    `SELECT entry.key AS key
    FROM (SELECT unnest(map_entries(extra)) AS entry FROM ${quoteIdentifier(dataset)})
    GROUP BY entry.key
    HAVING approx_count_distinct(entry.value) <= ?
    ORDER BY key LIMIT 50`,
    [MAX_BREAKDOWN_VALUES],
  );
}
