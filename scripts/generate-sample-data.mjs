// Writes a synthetic OutcomeStat workspace (CSV exports, workspace.json, README.md).
// Usage: node scripts/generate-sample-data.mjs [output folder, default sample-data/]
//
// Deterministic by design: one seeded PRNG, calendar arithmetic on UTC day numbers
// only (never the machine's zone), no locale formatting and no Math.exp/log/cos,
// whose last bits are not guaranteed across engines. Same seed, same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SEED = 20230101;
const FIRST_YEAR = 2023;
const MONTHS = 36;
const END_DAY = dayNumber(2025, 12, 31);
const AREAS = ['North', 'South', 'East', 'West', 'Central'];
const PILOT_AREAS = ['North', 'East'];
const CIT = 'Crisis Intervention Team';
const CORESP = 'Co-Responder Pilot';
const HOT = 'Homeless Outreach Team';
const JDP = 'Juvenile Diversion Program';
const REENTRY = 'Reentry Support Program';
/** Month index of the CIT training roll-out (2024-01) and the pilot launch (2024-07). */
const CIT_TRAINING = 12;
const PILOT_LAUNCH = 18;
/** The documented gap: the outreach team was stood down in February 2024. */
const EMPTY = { program: HOT, month: '2024-02', index: 13 };
// Spring-forward dates in America/Chicago; 02:00-02:59 does not exist on them.
const DST_GAPS = new Set(['2023-03-12', '2024-03-10', '2025-03-09']);

const RECORD = ['record_key', 'program', 'area'];
const WHEN = ['occurred_on', 'occurred_at'];
const AGE = ['age', 'birth_date', 'age_min', 'age_max'];
const COLUMNS = {
  contacts: [
    ...RECORD,
    ...WHEN,
    'contact_type',
    'disposition',
    'crisis',
    'call_for_service',
    'use_of_force',
    'arrest',
    'assessment',
    'referral_made',
    'diversion_path',
    'police_involved',
    'person_id',
    ...AGE,
  ],
  force_incidents: [
    ...RECORD,
    ...WHEN,
    'incident_key',
    'force_type',
    'subject_id',
    'crisis_related',
    'contact_key',
  ],
  referrals: [...RECORD, ...WHEN, 'person_id', 'service', 'status'],
  placements: [...RECORD, ...WHEN, 'person_id', 'destination', 'destination_class'],
  releases: [
    ...RECORD,
    'person_id',
    'released_on',
    'release_fiscal_year',
    'release_type',
    'returned',
    'days_to_return',
    'return_type',
    'follow_up_months',
  ],
  responses: [
    ...RECORD,
    ...WHEN,
    'received_at',
    'dispatched_at',
    'arrived_at',
    'responder_type',
  ],
};

// ---- random numbers ----------------------------------------------------------------

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = mulberry32(SEED);
const chance = (p) => rand() < p;
const between = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

/** Index drawn with probability proportional to its weight. */
function pickIndex(weights) {
  const total = weights.reduce((sum, w) => sum + w, 0);
  let r = rand() * total;
  for (let i = 0; i < weights.length; i++) {
    if ((r -= weights[i]) < 0) return i;
  }
  return weights.length - 1;
}

/** One key of `{ value: weight }`, drawn in proportion to its weight. */
const pick = (weighted) => Object.keys(weighted)[pickIndex(Object.values(weighted))];

/** Count near `expected` with Poisson-like spread (Irwin-Hall; sqrt is exact in IEEE). */
function noisyCount(expected) {
  const z = (rand() + rand() + rand() - 1.5) * 2;
  return Math.max(0, Math.round(expected + z * Math.sqrt(expected)));
}

// ---- calendar (UTC day numbers, never the local zone) -------------------------------

function dayNumber(y, m, d) {
  return Date.UTC(y, m - 1, d) / 86400000;
}
const pad = (n, w = 2) => String(n).padStart(w, '0');
function isoDate(day) {
  const d = new Date(day * 86400000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
/** Wall-clock timestamp from a day number and seconds after local midnight. */
function stamp(day, secs) {
  const d = day + Math.floor(secs / 86400);
  const s = secs % 86400;
  const clock = `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
  return `${isoDate(d)} ${clock}`;
}
/** Moves a wall-clock time out of the spring-forward hour, as a real clock would. */
function validSecs(day, secs) {
  const hour = Math.floor((secs % 86400) / 3600);
  const onGapDay = DST_GAPS.has(isoDate(day + Math.floor(secs / 86400)));
  return onGapDay && hour === 2 ? secs + 3600 : secs;
}
const monthOf = (index) => ({
  y: FIRST_YEAR + Math.floor(index / 12),
  m: (index % 12) + 1,
});
const monthKey = (index) => `${monthOf(index).y}-${pad(monthOf(index).m)}`;
const daysIn = (y, m) => dayNumber(y, m + 1, 1) - dayNumber(y, m, 1);
const ageOn = (birth, day) => {
  const [b, e] = [isoDate(birth), isoDate(day)];
  const years = Number(e.slice(0, 4)) - Number(b.slice(0, 4));
  return e.slice(5) < b.slice(5) ? years - 1 : years;
};

// Busier afternoons and evenings; weights per local hour 00-23.
const HOURS = [3, 2, 2, 1, 1, 1, 2, 3, 4, 5, 6, 6, 6, 7, 7, 7, 8, 8, 8, 7, 6, 5, 4, 4];
const randomSecs = () => pickIndex(HOURS) * 3600 + between(0, 3599);

// ---- people -------------------------------------------------------------------------

function makePeople() {
  const people = [];
  for (let i = 0; i < 8000; i++) {
    const age2024 =
      18 + Math.floor(((rand() + rand()) / 2) * 50) + (chance(0.15) ? between(0, 14) : 0);
    people.push(dayNumber(2024 - age2024, 1, 1) - between(1, 365));
  }
  for (let i = 0; i < 1500; i++) people.push(dayNumber(2006, 1, 1) + between(0, 8 * 365));
  return people.map((birth, i) => ({ id: `P${pad(i + 1, 5)}`, birth }));
}
const people = makePeople();
/** A person from a slice of the pool, skewed towards its start (frequent contacts). */
const personFrom = (lo, hi) => people[lo + Math.floor((hi - lo) * rand() * rand())];

function juvenileOn(day) {
  for (;;) {
    const person = personFrom(8000, 9500);
    const age = ageOn(person.birth, day);
    if (age >= 10 && age <= 17) return person;
  }
}

// ---- contacts -----------------------------------------------------------------------

// Seasonal multipliers, January first.
const SUMMER = [0.86, 0.84, 0.93, 0.97, 1.04, 1.12, 1.18, 1.16, 1.05, 0.99, 0.94, 0.9];
const WINTER = [1.22, 1.2, 1.05, 0.95, 0.9, 0.86, 0.88, 0.9, 0.92, 0.98, 1.08, 1.2];
const SCHOOL = [1.05, 1.08, 1.1, 1.06, 1.04, 0.82, 0.7, 0.76, 1.06, 1.14, 1.1, 0.86];

const PLAN = [
  { program: CIT, season: SUMMER, perArea: [32, 30, 26, 24, 38] },
  { program: CORESP, season: SUMMER, perArea: [26, 26, 26, 26, 26] },
  { program: HOT, season: WINTER, perArea: [6, 24, 6, 20, 44] },
  { program: JDP, season: SCHOOL, perArea: [9, 12, 9, 10, 8] },
];
const FILL = {
  [CIT]: citContact,
  [CORESP]: coResponderContact,
  [HOT]: outreachContact,
  [JDP]: youthContact,
};

function makeContacts() {
  const contacts = [];
  for (let index = 0; index < MONTHS; index++) {
    const { y, m } = monthOf(index);
    for (const { program, season, perArea } of PLAN) {
      if (program === EMPTY.program && index === EMPTY.index) continue;
      AREAS.forEach((area, a) => {
        const n = noisyCount(perArea[a] * season[m - 1]);
        for (let k = 0; k < n; k++) {
          const day = dayNumber(y, m, between(1, daysIn(y, m)));
          const secs = validSecs(day, randomSecs());
          const base = { program, area, index, day, secs, occurred_on: isoDate(day) };
          contacts.push(FILL[program]({ ...base, occurred_at: stamp(day, secs) }));
        }
      });
    }
  }
  contacts.sort((a, b) =>
    a.occurred_at < b.occurred_at ? -1 : a.occurred_at > b.occurred_at ? 1 : 0,
  );
  contacts.forEach((c, i) => (c.record_key = `CT-${pad(i + 1, 6)}`));
  return contacts;
}

function withAge(c, person, style) {
  const age = ageOn(person.birth, c.day);
  const birth_date = isoDate(person.birth);
  if (style === 'band') return { ...c, person_id: person.id, age_min: 10, age_max: 17 };
  if (style === 'age') return { ...c, person_id: person.id, age };
  if (style === 'birth') return { ...c, person_id: person.id, birth_date };
  if (style === 'none') return { ...c, person_id: person.id };
  return { ...c, person_id: person.id, age, birth_date };
}

/** CIT: use of force in crisis contacts falls from 9% to 4% across 2024 after training. */
function citForceRate(index) {
  if (index < CIT_TRAINING) return 0.09;
  return Math.max(0.04, 0.09 - (0.05 * (index - CIT_TRAINING + 1)) / 12);
}

function citContact(c) {
  const crisis = chance(0.8);
  const contact_type = chance(0.1)
    ? 'Follow-up visit'
    : crisis
      ? 'Crisis call'
      : 'Welfare check';
  const arrest = chance(crisis ? 0.05 : 0.12);
  const assessment = chance(crisis ? 0.35 : 0.05);
  const referral_made = chance(crisis ? 0.3 : 0.1);
  const diverted = crisis && !arrest && chance(0.1);
  const disposition = arrest
    ? 'Arrest'
    : assessment && chance(0.4)
      ? 'Emergency detention'
      : referral_made
        ? 'Referred to services'
        : pick({
            'Resolved on scene': 5,
            'Voluntary transport to crisis center': 2,
            'Transported to hospital': 1,
          });
  const flags = {
    contact_type,
    disposition,
    crisis,
    call_for_service: contact_type !== 'Follow-up visit',
    use_of_force: chance(crisis ? citForceRate(c.index) : 0.06),
    arrest,
    assessment,
    referral_made,
    diversion_path: diverted ? 'Crisis center diversion' : '',
    police_involved: true,
  };
  const style = pick({ both: 89, age: 8, none: 3 });
  return withAge({ ...c, ...flags }, personFrom(0, 4000), style);
}

function coResponderContact(c) {
  const pilotOn = c.index >= PILOT_LAUNCH && PILOT_AREAS.includes(c.area);
  const responder = pilotOn && chance(0.6) ? 'Mobile crisis team' : 'Police';
  const police_involved = responder === 'Police' || chance(0.25);
  const assessment = chance(pilotOn ? 0.5 : c.index >= PILOT_LAUNCH ? 0.17 : 0.15);
  const arrest = chance(!police_involved ? 0.01 : pilotOn ? 0.05 : 0.08);
  const referral_made = chance(assessment ? 0.6 : 0.15);
  const disposition = arrest
    ? 'Arrest'
    : referral_made
      ? 'Referred to services'
      : pick({
          'Resolved on scene': 6,
          'Transported for evaluation': 2,
          'Gone on arrival': 1,
        });
  const flags = {
    contact_type: 'Behavioral health call',
    disposition,
    crisis: chance(0.9),
    call_for_service: true,
    arrest,
    assessment,
    referral_made,
    diversion_path: '',
    use_of_force: police_involved && chance(pilotOn ? 0.035 : 0.06),
    police_involved,
  };
  return withAge({ ...c, ...flags, responder }, personFrom(2000, 6000), 'age');
}

function outreachContact(c) {
  const contact_type = pick({
    'Street outreach': 60,
    'Encampment visit': 25,
    'Call for service': 15,
  });
  const police_involved = contact_type === 'Call for service' || chance(0.3);
  const referral_made = chance(0.45);
  const flags = {
    contact_type,
    crisis: chance(0.2),
    police_involved,
    referral_made,
    call_for_service: chance(0.05) ? '' : contact_type === 'Call for service',
    use_of_force: police_involved && chance(0.015),
    arrest: police_involved && chance(0.03),
    assessment: chance(0.08) ? '' : chance(0.15),
    diversion_path: '',
    disposition: referral_made
      ? 'Referred to services'
      : pick({
          'Engaged, no referral': 5,
          'Declined services': 3,
          'Provided supplies': 2,
        }),
  };
  const style = pick({ both: 50, birth: 10, age: 30, none: 10 });
  return withAge({ ...c, ...flags }, personFrom(3000, 5000), style);
}

/** Juvenile diversion: the diverted share rises from 55% to 72% over the three years. */
const diversionRate = (index) => 0.55 + (0.17 * index) / (MONTHS - 1);

function youthContact(c) {
  const contact_type = pick({
    'Youth stop': 40,
    'Call for service': 40,
    'School referral': 20,
  });
  const police_involved = contact_type !== 'School referral';
  const diverted = chance(diversionRate(c.index));
  const arrest = !diverted && police_involved && chance(0.9);
  const path = {
    'Restorative justice conference': 3,
    'Community service': 3,
    'Family counseling': 2,
    'Youth court': 2,
  };
  const flags = {
    contact_type,
    crisis: chance(0.06),
    call_for_service: contact_type === 'Call for service',
    disposition: diverted ? 'Diverted' : arrest ? 'Arrest' : 'Warned and released',
    use_of_force: police_involved && chance(0.02),
    arrest,
    assessment: chance(0.1),
    referral_made: chance(diverted ? 0.7 : 0.1),
    diversion_path: diverted ? pick(path) : '',
    police_involved,
  };
  const style = pick({ both: 70, band: 20, age: 10 });
  return withAge({ ...c, ...flags }, juvenileOn(c.day), style);
}

// ---- records that follow contacts ---------------------------------------------------

const FORCE_TYPES = {
  'Control hold': 40,
  Takedown: 25,
  'Taser (CEW)': 12,
  'Pointing firearm': 10,
  'OC spray': 8,
  Strike: 5,
};

/**
 * One row per force type used; about 15% of contacts with force have two. The rows of
 * one contact are one incident, so they share its incident_key and count once.
 */
function makeForce(contacts) {
  const rows = [];
  for (const c of contacts.filter((x) => x.use_of_force === true)) {
    const first = pick(FORCE_TYPES);
    const types = chance(0.15) ? [first, pick({ ...FORCE_TYPES, [first]: 0 })] : [first];
    for (const force_type of types) {
      rows.push({
        ...carry(c),
        incident_key: `INC-${c.record_key}`,
        force_type,
        subject_id: c.person_id,
        crisis_related: c.crisis,
        contact_key: c.record_key,
      });
    }
  }
  return keyed(rows, 'UF');
}

const SERVICES = {
  [CIT]: {
    'Outpatient mental health': 4,
    'Crisis stabilization unit': 2,
    'Substance use treatment': 2,
    'Mobile crisis follow-up': 2,
  },
  [HOT]: {
    'Emergency shelter': 35,
    'Rapid rehousing': 20,
    'Permanent supportive housing': 15,
    'Substance use treatment': 15,
    'Outpatient mental health': 15,
  },
  [JDP]: {
    'Youth mentoring': 4,
    'Family counseling': 3,
    'Substance use education': 2,
    'Restorative justice': 2,
  },
};
SERVICES[CORESP] = SERVICES[CIT];

function makeReferrals(contacts) {
  const rows = contacts
    .filter((c) => c.referral_made === true)
    .map((c) => {
      const recent = END_DAY - c.day < 60;
      const status =
        recent && chance(0.5)
          ? 'Pending'
          : pick({ Completed: 55, Declined: 15, 'No show': 15, Pending: 15 });
      return {
        ...carry(c),
        person_id: c.person_id,
        service: pick(SERVICES[c.program]),
        status,
        day: c.day,
      };
    });
  return keyed(rows, 'RF');
}

// Destinations as a housing export names them, by the service referred to.
const DESTINATIONS = {
  'Emergency shelter': {
    'Emergency shelter': 50,
    'Staying with friends, temporary tenure': 15,
    'Transitional housing': 10,
    'Place not meant for habitation': 12,
    'Client refused or unknown': 5,
    'Psychiatric hospital': 4,
    'Jail or prison': 4,
  },
  'Rapid rehousing': {
    'Rental by client, with ongoing housing subsidy': 60,
    'Staying with family, permanent tenure': 15,
    'Transitional housing': 15,
    'Client refused or unknown': 10,
  },
  'Permanent supportive housing': {
    'Permanent supportive housing': 75,
    'Substance use treatment facility': 10,
    'Emergency shelter': 10,
    'Client refused or unknown': 5,
  },
};
/** HUD-style class of each destination. */
const DESTINATION_CLASS = {
  'Emergency shelter': 'temporary',
  'Staying with friends, temporary tenure': 'temporary',
  'Transitional housing': 'temporary',
  'Place not meant for habitation': 'street_unknown',
  'Client refused or unknown': 'street_unknown',
  'Psychiatric hospital': 'institution',
  'Jail or prison': 'institution',
  'Substance use treatment facility': 'institution',
  'Rental by client, with ongoing housing subsidy': 'permanent',
  'Staying with family, permanent tenure': 'permanent',
  'Permanent supportive housing': 'permanent',
};
const LAG_DAYS = {
  'Emergency shelter': [0, 7],
  'Rapid rehousing': [20, 90],
  'Permanent supportive housing': [30, 150],
};

/** Completed outreach housing referrals lead to a placement; later than the export, none. */
function makePlacements(referrals) {
  const rows = [];
  for (const r of referrals) {
    const options = DESTINATIONS[r.service];
    if (r.program !== HOT || r.status !== 'Completed' || !options) continue;
    const destination = pick(options);
    let day = r.day + between(...LAG_DAYS[r.service]);
    if (isoDate(day).startsWith(EMPTY.month)) day += 29;
    if (day > END_DAY) continue;
    const secs = between(8 * 3600, 18 * 3600);
    rows.push({
      program: HOT,
      area: r.area,
      occurred_on: isoDate(day),
      occurred_at: stamp(day, secs),
      person_id: r.person_id,
      destination,
      destination_class: DESTINATION_CLASS[destination],
      day,
      secs,
    });
  }
  rows.sort((a, b) => a.day - b.day || a.secs - b.secs);
  return keyed(rows, 'PL');
}

/** Calls to the co-responder program, timed from receipt to the first arrival. */
function makeResponses(contacts) {
  const rows = contacts
    .filter((c) => c.program === CORESP)
    .map((c) => {
      const mobile = c.responder === 'Mobile crisis team';
      const dispatched = c.secs + between(60, 360);
      const travel = mobile
        ? between(c.index < 30 ? 900 : 600, c.index < 30 ? 2100 : 1500)
        : between(360, 1080);
      const arrived = chance(mobile ? 0.08 : 0.03)
        ? ''
        : stamp(c.day, validSecs(c.day, dispatched + travel));
      return {
        ...carry(c),
        received_at: c.occurred_at,
        dispatched_at: stamp(c.day, validSecs(c.day, dispatched)),
        arrived_at: arrived,
        responder_type: c.responder,
      };
    });
  return keyed(rows, 'RS');
}

const RETURN_RISK = { Parole: 0.35, 'End of sentence': 0.3, 'Program completion': 0.18 };

/** A reentry cohort; outcomes are as known on 2025-12-31, so late cohorts are partial. */
function makeReleases() {
  const rows = [];
  for (let index = 0; index < MONTHS; index++) {
    const { y, m } = monthOf(index);
    for (let k = noisyCount(30); k > 0; k--) {
      const day = dayNumber(y, m, between(1, daysIn(y, m)));
      const release_type = pick({
        Parole: 45,
        'End of sentence': 30,
        'Program completion': 25,
      });
      const followUp = Math.min(12, fullMonths(day, END_DAY));
      const due = chance(RETURN_RISK[release_type])
        ? 10 + Math.floor(355 * rand() * (0.5 + 0.5 * rand()))
        : null;
      const returned = due !== null && due <= windowDays(y, m, day, followUp);
      rows.push({
        program: REENTRY,
        area: AREAS[pickIndex([2, 3, 2, 2, 4])],
        person_id: personFrom(5000, 8000).id,
        released_on: isoDate(day),
        day,
        release_fiscal_year: m >= 7 ? y + 1 : y,
        release_type,
        returned,
        days_to_return: returned ? due : '',
        return_type: returned
          ? pick({ 'New offense': 45, 'Technical violation': 55 })
          : '',
        follow_up_months: followUp,
      });
    }
  }
  rows.sort((a, b) => a.day - b.day);
  return keyed(rows, 'RL');
}

/** Days from a release to the same day of the month `months` later (clamped). */
function windowDays(y, m, day, months) {
  const d = Number(isoDate(day).slice(8));
  return dayNumber(y, m + months, Math.min(d, daysIn(y, m + months))) - day;
}

function fullMonths(from, to) {
  const [a, b] = [isoDate(from), isoDate(to)];
  const months =
    (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 +
    Number(b.slice(5, 7)) -
    Number(a.slice(5, 7));
  return b.slice(8) < a.slice(8) ? months - 1 : months;
}

/** The record and date fields a follow-on record copies from its contact. */
function carry(c) {
  const { program, area, occurred_on, occurred_at } = c;
  return { program, area, occurred_on, occurred_at };
}

function keyed(rows, prefix) {
  rows.forEach((r, i) => (r.record_key = `${prefix}-${pad(i + 1, 6)}`));
  return rows;
}

// ---- output -------------------------------------------------------------------------

function csvField(value) {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function toCSV(columns, rows) {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(','));
  return lines.join('\n') + '\n';
}

function programSettings() {
  const everywhere = { pilotAreas: AREAS, comparisonAreas: [], fiscalYearStartMonth: 7 };
  return [
    {
      name: CIT,
      kind: 'crisis_intervention',
      launchDate: '2024-01-01',
      ...everywhere,
      targets: { crisis_contacts_with_force_pct: 5 },
    },
    {
      name: CORESP,
      kind: 'co_responder',
      launchDate: '2024-07-01',
      pilotAreas: PILOT_AREAS,
      comparisonAreas: AREAS.filter((a) => !PILOT_AREAS.includes(a)),
      targets: { assessments_pct_of_contacts: 40 },
      fiscalYearStartMonth: 7,
    },
    {
      name: HOT,
      kind: 'homeless_outreach',
      ...everywhere,
      targets: { placed_within_days_pct: 30 },
    },
    {
      name: JDP,
      kind: 'juvenile_diversion',
      ...everywhere,
      targets: {},
    },
    {
      name: REENTRY,
      kind: 'reentry',
      ...everywhere,
      followUpMonths: 12,
      targets: { recidivism_returned: 25 },
    },
  ];
}

function generate() {
  const contacts = makeContacts();
  const referrals = makeReferrals(contacts);
  const data = {
    contacts,
    force_incidents: makeForce(contacts),
    referrals,
    placements: makePlacements(referrals),
    responses: makeResponses(contacts),
    releases: makeReleases(),
  };
  const files = Object.entries(data).map(([dataset, rows]) => ({
    dataset,
    file: `${dataset}.csv`,
    rows: rows.length,
  }));
  const workspace = {
    synthetic: true,
    generatedBy: 'scripts/generate-sample-data.mjs',
    seed: SEED,
    timeZone: 'America/Chicago',
    fiscalYearStartMonth: 7,
    programs: programSettings(),
    files,
  };
  const out = {
    'workspace.json': JSON.stringify(workspace, null, 2) + '\n',
    'README.md': readme(data, files),
  };
  for (const { dataset, file } of files)
    out[file] = toCSV(COLUMNS[dataset], data[dataset]);
  return out;
}

// ---- README: what is built in, with the figures a tester can assert on --------------

const pct = (num, den) =>
  den === 0 ? 'n/a' : `${((100 * num) / den).toFixed(1)}% (${num}/${den})`;
const share = (rows, test) => pct(rows.filter(test).length, rows.length);
const yearOf = (row) => row.occurred_on.slice(0, 4);
const YEARS = ['2023', '2024', '2025'];

function median(values) {
  if (values.length === 0) return 'n/a';
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return (s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2).toFixed(1);
}

function wallSeconds(text) {
  const [y, m, d] = text.slice(0, 10).split('-').map(Number);
  const [hh, mm, ss] = text.slice(11).split(':').map(Number);
  return dayNumber(y, m, d) * 86400 + hh * 3600 + mm * 60 + ss;
}

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function monthlyTable(contacts) {
  const programs = PLAN.map((p) => p.program);
  const rows = [];
  for (let index = 0; index < MONTHS; index++) {
    const inMonth = contacts.filter((c) => c.index === index);
    rows.push([
      monthKey(index),
      ...programs.map((p) => inMonth.filter((c) => c.program === p).length),
    ]);
  }
  return table(['Month', ...programs], rows);
}

function forceSection(contacts) {
  const crisis = contacts.filter((c) => c.program === CIT && c.crisis);
  const halves = [];
  for (const y of YEARS) {
    for (const [h, months] of [
      ['H1', '01-06'],
      ['H2', '07-12'],
    ]) {
      const rows = crisis.filter(
        (c) => yearOf(c) === y && c.occurred_on.slice(5, 7) <= '06' === (h === 'H1'),
      );
      halves.push([`${y} ${h} (${months})`, share(rows, (c) => c.use_of_force)]);
    }
  }
  return table(['CIT crisis contacts', 'Use of force'], halves);
}

function pilotSection(contacts) {
  const rows = contacts.filter((c) => c.program === CORESP);
  const cell = (pilot, post) =>
    share(
      rows.filter(
        (c) => PILOT_AREAS.includes(c.area) === pilot && c.index >= PILOT_LAUNCH === post,
      ),
      (c) => c.assessment,
    );
  return table(
    [
      'Co-responder calls',
      'Before launch (2023-01 to 2024-06)',
      'After launch (2024-07 to 2025-12)',
    ],
    [
      ['Pilot areas (North, East)', cell(true, false), cell(true, true)],
      ['Comparison areas (South, West, Central)', cell(false, false), cell(false, true)],
    ],
  );
}

function responseSection(responses) {
  const rows = [];
  for (const type of ['Police', 'Mobile crisis team']) {
    for (const y of YEARS) {
      const set = responses.filter((r) => r.responder_type === type && yearOf(r) === y);
      if (set.length === 0) continue;
      const timed = set.filter((r) => r.arrived_at !== '');
      const minutes = timed.map(
        (r) => (wallSeconds(r.arrived_at) - wallSeconds(r.received_at)) / 60,
      );
      rows.push([type, y, set.length, set.length - timed.length, median(minutes)]);
    }
  }
  return table(
    [
      'Responder',
      'Year',
      'Calls',
      'No arrival time',
      'Median minutes, received to arrived',
    ],
    rows,
  );
}

function youthSection(contacts) {
  const youth = contacts.filter((c) => c.program === JDP);
  return table(
    ['Juvenile Diversion Program', 'Diverted (diversion_path set)'],
    YEARS.map((y) => [
      y,
      share(
        youth.filter((c) => yearOf(c) === y),
        (c) => c.diversion_path !== '',
      ),
    ]),
  );
}

function releaseSection(releases) {
  const rows = [];
  for (const fy of [2023, 2024, 2025, 2026]) {
    const cohort = releases.filter((r) => r.release_fiscal_year === fy);
    const full = cohort.filter((r) => r.follow_up_months === 12);
    rows.push([`FY${fy}`, cohort.length, full.length, share(full, (r) => r.returned)]);
  }
  return table(
    [
      'Release fiscal year',
      'Releases',
      'With 12 months follow-up',
      'Returned within 12 months',
    ],
    rows,
  );
}

function placementSection(placements) {
  return table(
    ['Destination class', 'Placements'],
    ['permanent', 'temporary', 'institution', 'street_unknown'].map((k) => [
      k,
      placements.filter((p) => p.destination_class === k).length,
    ]),
  );
}

function readme(data, files) {
  const { contacts, force_incidents, placements, responses, releases } = data;
  const lastDay = contacts.filter(
    (c) => c.day + 1 === dayNumber(monthOf(c.index).y, monthOf(c.index).m + 1, 1),
  );
  const forceContacts = new Set(force_incidents.map((f) => f.contact_key)).size;
  return `# Sample data (synthetic)

**Every record in this folder is made up.** No row describes a real person, call or
agency. The files are written by \`scripts/generate-sample-data.mjs\` from a seeded
pseudo-random generator (mulberry32, seed ${SEED}), so the same script always writes
the same bytes. Regenerate with:

\`\`\`sh
npm run sample                                   # writes sample-data/
node scripts/generate-sample-data.mjs other-dir  # writes elsewhere
\`\`\`

\`tests/unit/sample-data.test.ts\` fails when this folder differs from a fresh run, so
commit the regenerated files with any change to the script. This README is generated
too: edit the script, not this file.

## Files

${table(
  ['File', 'Dataset', 'Rows'],
  files.map((f) => [f.file, f.dataset, f.rows]),
)}

Each CSV has exactly the canonical columns of its dataset (src/model/datasets.ts) minus
\`import_id\` and \`source_line\`, in model order. Booleans are \`true\`/\`false\`; a
missing value is an empty field; fields holding a comma are double-quoted; lines end
in \`\\n\`. Times are wall-clock times in America/Chicago, with no offset.
\`workspace.json\` holds the program settings (fiscal year starts in July).

Span: 2023-01-01 to 2025-12-31, fixed. Records that would fall after 2025-12-31 (late
placements) are left out, as an export taken on that day would.

## Programs

- **${CIT}** (crisis_intervention): all five precincts; CIT training rolled out in
  January 2024 (\`launchDate\` 2024-01-01).
- **${CORESP}** (co_responder): calls in all five precincts; the pilot launched
  2024-07-01 in North and East; South, West and Central are the comparison areas.
- **${HOT}** (homeless_outreach): mostly Central, South and West; winter peak.
- **${JDP}** (juvenile_diversion): ages 10-17 only; dips in summer and December.
- **${REENTRY}** (reentry): releases only, 12-month follow-up.

## Built-in patterns

**Empty month.** ${HOT} has no records of any kind in **${EMPTY.month}** (team stood
down). Its contacts for that month are 0, not missing: a chart should show a zero.
Placements that would have fallen in that month are moved 29 days later.

**Use of force after CIT training.** For CIT crisis contacts the chance of force is 9%
through 2023, falls evenly through 2024 and stays at 4% in 2025. Non-crisis CIT
contacts stay at 6%.

${forceSection(contacts)}

**Assessments after the co-responder launch.** Assessment chance: 15% everywhere
before 2024-07; after launch 50% in pilot areas and 17% in comparison areas.
After launch about 60% of pilot-area calls get the mobile crisis team, and most of
those are handled without police (\`police_involved\` false).

${pilotSection(contacts)}

**Response times** (responses.csv, co-responder calls only). Dispatch follows receipt
by 1-6 minutes; police travel 6-18 minutes; the mobile crisis team travels 15-35
minutes until mid-2025 (2025-07) and 10-25 minutes after. About 3% of police and 8%
of mobile crisis team calls have no arrival time.

${responseSection(responses)}

**Juvenile diversion.** The share diverted rises evenly from 55% (2023-01) to 72%
(2025-12). Non-diverted youth contacts with police end in arrest 90% of the time.

${youthSection(contacts)}

**Reentry returns.** Outcomes are as known on 2025-12-31, so \`follow_up_months\` is
12 only for releases at least a year before that; later cohorts carry fewer months and
fewer returns. \`release_fiscal_year\` is named by the year the fiscal year ends in
(FY2024 = 2023-07-01 to 2024-06-30). Return chance: parole 35%, end of sentence 30%,
program completion 18%.

${releaseSection(releases)}

**Placements** follow completed outreach referrals to emergency shelter, rapid
rehousing or permanent supportive housing, 0-150 days later.

${placementSection(placements)}

**Force incidents** have one row per force type: ${force_incidents.length} rows for
${forceContacts} contacts with \`use_of_force\` true. The rows of one contact are one
incident and share its \`incident_key\` (\`INC-\` and the contact's key), so the app
counts ${forceContacts} incidents; count distinct \`incident_key\` to check it.
\`crisis_related\` equals the contact's \`crisis\`.

**Referrals** are one per contact with \`referral_made\` true, on the contact's date
and time. Referrals in the last 60 days are more often still \`Pending\`.

**Month ends, time zone and ages.** ${lastDay.length} contacts fall on the last day of
a month. No time falls in the spring-forward hour (02:00-02:59 on 2023-03-12,
2024-03-10 and 2025-03-09); a call spanning it shows an extra hour on the wall clock.
Ages: CIT gives age and birth date (some only age, some neither); co-responder gives
age only; outreach mixes age, birth date, both and neither; juvenile rows give age and
birth date, age only, or the band \`age_min\` 10 / \`age_max\` 17 only. A handful of
contacts in the adult programs involve someone aged 17. Some outreach rows leave
\`call_for_service\` or \`assessment\` empty.

## Contacts per month

${monthlyTable(contacts)}
`;
}

function main() {
  const folder = resolve(
    process.argv[2] ?? join(fileURLToPath(new URL('..', import.meta.url)), 'sample-data'),
  );
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of Object.entries(generate()))
    writeFileSync(join(folder, name), text);
  console.log(`Wrote synthetic sample data to ${folder}`);
}

main();
