// Writes the larger metric fixtures in tests/fixtures/metrics/ from a fixed construction,
// so their right answers can be worked out by hand (tests/fixtures/metrics/README.md).
// Deterministic: no randomness, no clock. Run: node scripts/generate-metric-fixtures.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'tests', 'fixtures', 'metrics');

const DAY_MS = 86_400_000;
// Day arithmetic on UTC epoch days only: the fixtures' dates are calendar dates.
const isoDay = (year, dayOfYear) =>
  new Date(Date.UTC(year, 0, 1) + dayOfYear * DAY_MS).toISOString().slice(0, 10);
const daysInMonth = (year, month) => new Date(Date.UTC(year, month, 0)).getUTCDate();
// No fixture value holds a comma or quote, so cells need no CSV quoting.
const cell = (value) => (value === null || value === undefined ? '' : String(value));

function writeCsv(relative, columns, rows) {
  const file = path.join(out, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  const lines = [
    columns.join(','),
    ...rows.map((row) => columns.map((c) => cell(row[c])).join(',')),
  ];
  writeFileSync(file, lines.join('\n') + '\n');
}

// Spreads n rows over a month so the last row falls on its last day.
const dayInMonth = (index, count, year, month) =>
  1 + Math.floor((index * daysInMonth(year, month)) / count);

// ---------------------------------------------------------------- crisis team (2024)
// Each month lists groups of contacts: [count, crisis, use_of_force, call_for_service].
const crisisMonths = [
  {
    month: 1,
    groups: [
      [4, true, true, 4],
      [1, true, null, 1],
      [25, true, false, 20],
      [1, false, true, 1],
      [29, false, false, 24],
    ],
  },
  { month: 2, groups: [] },
  {
    month: 3,
    groups: [
      [3, true, true, 3],
      [17, true, false, 14],
      [15, false, false, 10],
    ],
  },
  { month: 4, groups: [[5, false, false, 3]] },
];

function crisisContacts() {
  const rows = [];
  for (const { month, groups } of crisisMonths) {
    const total = groups.reduce((sum, [count]) => sum + count, 0);
    let index = 0;
    for (const [count, crisis, force, callsForService] of groups) {
      for (let k = 0; k < count; k++, index++) {
        const day = dayInMonth(index, total, 2024, month);
        const date = `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        rows.push({
          record_key: `CT-${month}-${index}`,
          program: 'crisis_team',
          area: index % 2 === 0 ? 'North' : 'South',
          occurred_on: date,
          occurred_at: `${date} 23:59:00`,
          contact_type: crisis ? 'crisis' : 'welfare check',
          crisis,
          call_for_service: k < callsForService,
          use_of_force: force,
        });
      }
    }
  }
  return rows;
}

// [month, crisis_related, force_type] per incident.
const forceRows = [
  [1, true, 'Taser'],
  [1, true, 'Takedown'],
  [1, true, 'Takedown'],
  [1, true, 'Taser'],
  [1, false, 'Firearm pointed'],
  [1, false, 'Takedown'],
  [3, true, 'Taser'],
  [3, true, 'Takedown'],
  [3, true, 'Taser'],
  [3, false, 'Takedown'],
];

function forceIncidents() {
  return forceRows.map(([month, crisisRelated, forceType], index) => ({
    record_key: `UOF-${index}`,
    program: 'crisis_team',
    area: index % 2 === 0 ? 'North' : 'South',
    occurred_on: `2024-0${month}-${String(3 * index + 1).padStart(2, '0')}`,
    force_type: forceType,
    crisis_related: crisisRelated,
  }));
}

writeCsv(
  'crisis-team/contacts.csv',
  [
    'record_key',
    'program',
    'area',
    'occurred_on',
    'occurred_at',
    'contact_type',
    'crisis',
    'call_for_service',
    'use_of_force',
  ],
  crisisContacts(),
);
writeCsv(
  'crisis-team/force_incidents.csv',
  ['record_key', 'program', 'area', 'occurred_on', 'force_type', 'crisis_related'],
  forceIncidents(),
);

// ------------------------------------------------------------ outreach team (2023)
const SERVICES = ['shelter', 'housing_navigation', 'substance_use'];
const person = (number) => `P${String(number).padStart(4, '0')}`;
const firstReferralDay = (personNumber) => Math.floor((personNumber - 1) / 4);

function referrals() {
  const rows = [];
  for (let i = 0; i < 1554; i++) {
    // 1,036 people referred once; people 519–1,036 referred again 30 days later.
    const personNumber = i < 1036 ? i + 1 : 519 + (i - 1036);
    const day = firstReferralDay(personNumber) + (i < 1036 ? 0 : 30);
    rows.push({
      record_key: `REF-${i}`,
      program: 'outreach',
      area: i % 2 === 0 ? 'Downtown' : 'Riverside',
      occurred_on: isoDay(2023, day),
      person_id: person(personNumber),
      service: SERVICES[i % 3],
      status: 'accepted',
    });
  }
  return rows;
}

function destinationOf(k) {
  if (k < 40) return ['Rental by client with no ongoing subsidy', 'permanent'];
  if (k < 60) return ['Emergency shelter', 'temporary'];
  if (k < 66) return ['Psychiatric hospital', 'institution'];
  return ['Place not meant for habitation', 'street_unknown'];
}

function placements() {
  return Array.from({ length: 70 }, (_, k) => {
    const [destination, destinationClass] = destinationOf(k);
    return {
      record_key: `PLC-${k}`,
      program: 'outreach',
      area: k % 2 === 0 ? 'Downtown' : 'Riverside',
      occurred_on: isoDay(2023, firstReferralDay(k + 1) + 2 * k + 1),
      person_id: person(k + 1),
      destination,
      destination_class: destinationClass,
    };
  });
}

function outreachContacts() {
  return Array.from({ length: 777 }, (_, i) => ({
    record_key: `OC-${i}`,
    program: 'outreach',
    area: i % 2 === 0 ? 'Downtown' : 'Riverside',
    occurred_on: isoDay(2023, Math.floor((i * 365) / 777)),
    contact_type: 'outreach',
  }));
}

writeCsv(
  'outreach/referrals.csv',
  ['record_key', 'program', 'area', 'occurred_on', 'person_id', 'service', 'status'],
  referrals(),
);
writeCsv(
  'outreach/placements.csv',
  [
    'record_key',
    'program',
    'area',
    'occurred_on',
    'person_id',
    'destination',
    'destination_class',
  ],
  placements(),
);
writeCsv(
  'outreach/contacts.csv',
  ['record_key', 'program', 'area', 'occurred_on', 'contact_type'],
  outreachContacts(),
);

// ------------------------------------------------- precinct pilot (launch 2024-01-01)
// [year, precinct, contacts, assessments]
const pilotCells = [
  [2023, 1, 600, 30],
  [2023, 2, 600, 30],
  [2023, 3, 300, 15],
  [2023, 4, 300, 15],
  [2023, 5, 300, 15],
  [2024, 1, 800, 180],
  [2024, 2, 700, 152],
  [2024, 3, 300, 15],
  [2024, 4, 300, 15],
  [2024, 5, 300, 15],
];

function pilotContacts() {
  const rows = [];
  for (const [year, precinct, contacts, assessments] of pilotCells) {
    for (let i = 0; i < contacts; i++) {
      rows.push({
        record_key: `PC-${year}-${precinct}-${i}`,
        program: 'crisis_intervention',
        area: `Precinct ${precinct}`,
        occurred_on: isoDay(year, Math.floor((i * 365) / contacts)),
        // Exactly `assessments` of the rows, spread evenly through the year.
        assessment:
          Math.floor(((i + 1) * assessments) / contacts) >
          Math.floor((i * assessments) / contacts),
      });
    }
  }
  return rows;
}

writeCsv(
  'precinct-pilot/contacts.csv',
  ['record_key', 'program', 'area', 'occurred_on', 'assessment'],
  pilotContacts(),
);
