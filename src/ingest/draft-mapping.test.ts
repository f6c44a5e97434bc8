import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseFile, type FileAnalysis } from './analyse-file';
import {
  draftMapping,
  followUpEvidence,
  needsDayMonthOrder,
  withDayMonthOrder,
} from './draft-mapping';
import { startingMapping } from './mapping-from-profile';
import { analyse } from './suggest-test-helpers';

const FIXTURES = path.resolve(__dirname, '../../tests/fixtures');

function fileFrom(relative: string) {
  const bytes = readFileSync(path.join(FIXTURES, relative));
  return Object.assign(new Blob([bytes]), { name: path.basename(relative) });
}

const targetOf = (mapping: ReturnType<typeof draftMapping>, column: string) =>
  mapping.columns.find((entry) => entry.column === column)?.target;

describe('draft mapping', () => {
  it(
    'maps the Seattle export to contacts with its date, time, arrest flag and ' +
      'precinct',
    async () => {
      const analysis = await analyseFile(
        fileFrom('real-data/seattle-terry-stops-2015-2017.csv'),
      );
      const mapping = draftMapping(analysis, 'America/Los_Angeles');
      expect(mapping.dataset).toBe('contacts');
      expect(targetOf(mapping, 'Reported_Date')).toEqual({
        kind: 'field',
        field: 'occurred_on',
      });
      expect(targetOf(mapping, 'ArrestFlag')).toEqual({ kind: 'field', field: 'arrest' });
      expect(targetOf(mapping, 'Precinct')).toEqual({ kind: 'field', field: 'area' });
      expect(
        mapping.columns.find((c) => c.column === 'Reported_Date')?.dateFormats,
      ).toEqual(['iso-date']);
    },
  );

  it('maps the LAPD export to arrests read month-first', async () => {
    const analysis = await analyseFile(
      fileFrom('real-data/lapd-arrests-alcohol-2019.csv'),
    );
    const mapping = draftMapping(analysis, 'America/Los_Angeles');
    expect(mapping.dataset).toBe('arrests');
    expect(targetOf(mapping, 'Age')).toEqual({ kind: 'field', field: 'age' });
    expect(needsDayMonthOrder(analysis, mapping)).toEqual([]);
  });

  it('asks for the day/month order when every sample date reads both ways', async () => {
    const analysis: FileAnalysis = await analyseFile(
      fileFrom('bad-inputs/03-ambiguous-ddmm.csv'),
    );
    const mapping = draftMapping(analysis, 'America/New_York');
    const [ambiguous] = needsDayMonthOrder(analysis, mapping);
    expect(ambiguous).toBeDefined();
    const column = mapping.columns.find((entry) => entry.column === ambiguous)!;
    expect(withDayMonthOrder(analysis, column, 'day-first').dateFormats).toContain(
      'day-month-year',
    );
  });

  it('refuses an empty file and a binary file with a plain message', async () => {
    const empty = Object.assign(new Blob([]), { name: 'empty.csv' });
    await expect(analyseFile(empty)).rejects.toMatchObject({ code: 'empty-file' });
    const binary = Object.assign(new Blob([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])]), {
      name: 'book.xlsx',
    });
    await expect(analyseFile(binary)).rejects.toMatchObject({ code: 'not-csv' });
  });
});

describe('target fields', () => {
  it(
    'offers an age band only to datasets with age fields, and a time of day only with ' +
      'a local time',
    async () => {
      const { targetFields } = await import('./draft-mapping');
      expect(targetFields('releases')).not.toContain('age_band');
      expect(targetFields('releases')).not.toContain('time_of_day');
      expect(targetFields('arrests')).toEqual(
        expect.arrayContaining(['age_band', 'time_of_day']),
      );
    },
  );

  it(
    'keeps the Iowa age band as an extra attribute, since releases have no age ' +
      'fields',
    async () => {
      const analysis = await analyseFile(
        fileFrom('real-data/iowa-recidivism-releases-fy2010-2015.csv'),
      );
      const mapping = draftMapping(analysis, 'America/Chicago');
      expect(mapping.dataset).toBe('releases');
      expect(targetOf(mapping, 'Age At Release')).toEqual({ kind: 'extra' });
    },
  );
});

describe('the follow-up of a releases draft', () => {
  const IOWA = 'real-data/iowa-recidivism-releases-fy2010-2015.csv';

  it(
    'fixes the Iowa follow-up at 36 months from its reporting year and keeps that ' +
      'year as an extra attribute',
    async () => {
      const analysis = await analyseFile(fileFrom(IOWA));
      const mapping = draftMapping(analysis, 'America/Chicago');
      expect(mapping.constants).toEqual({ follow_up_months: 36 });
      expect(targetOf(mapping, 'Recidivism Reporting Year')).toEqual({ kind: 'extra' });
      expect(followUpEvidence(analysis, mapping)).toMatchObject({
        releaseColumn: 'Fiscal Year Released',
        reportingColumn: 'Recidivism Reporting Year',
        years: 3,
      });
    },
  );

  it('fixes none when the reporting year lies a varying number of years on', async () => {
    const analysis = await analyse(
      'Fiscal Year Released,Reporting Year,Return to Prison\n' +
        '2010,2013,Yes\n2011,2013,No\n2012,2013,No\n',
    );
    const mapping = draftMapping(analysis, 'America/Chicago');
    expect(mapping.dataset).toBe('releases');
    expect(mapping.constants).toBeUndefined();
  });

  it('fixes none when a column holds each release’s follow-up', async () => {
    const analysis = await analyse(
      'Fiscal Year Released,Reporting Year,Return to Prison,follow_up_months\n' +
        '2010,2013,Yes,36\n2011,2014,No,36\n',
    );
    const mapping = draftMapping(analysis, 'America/Chicago');
    expect(targetOf(mapping, 'follow_up_months')).toEqual({
      kind: 'field',
      field: 'follow_up_months',
    });
    expect(mapping.constants).toBeUndefined();
  });

  it('fixes none in another dataset, and again when releases are chosen', async () => {
    const analysis = await analyseFile(fileFrom(IOWA));
    expect(
      draftMapping(analysis, 'America/Chicago', 'arrests').constants,
    ).toBeUndefined();
    const releases = draftMapping(analysis, 'America/Chicago', 'releases');
    expect(releases.constants).toEqual({ follow_up_months: 36 });
  });

  it('leaves a saved profile’s mapping, with or without a follow-up, as saved', async () => {
    const analysis = await analyseFile(fileFrom(IOWA));
    // A profile saved before follow-ups were suggested holds none.
    const saved = { ...draftMapping(analysis, 'America/Chicago'), constants: {} };
    const profile = {
      name: 'Iowa',
      agency: 'Iowa DOC',
      exportType: 'releases',
      headerSignature: '',
      columns: analysis.dialect.columnNames,
      mapping: saved,
      savedAt: '2026-01-01T00:00:00Z',
    };
    const exact = { kind: 'exact', profile, applyAutomatically: true } as const;
    const applied = startingMapping(analysis, exact, 'America/Chicago').mapping;
    expect(applied.constants).toEqual({});
    const twelve = {
      ...profile,
      mapping: { ...saved, constants: { follow_up_months: 12 } },
    };
    const diff = { added: [], removed: [], renamed: [], reordered: [] };
    const review = {
      kind: 'review',
      profile: twelve,
      diff,
      applyAutomatically: false,
    } as const;
    expect(
      startingMapping(analysis, review, 'America/Chicago').mapping.constants,
    ).toEqual({
      follow_up_months: 12,
    });
  });
});
