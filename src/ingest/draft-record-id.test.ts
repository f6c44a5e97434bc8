import { describe, expect, it } from 'vitest';
import { draftMapping } from './draft-mapping';
import { recordIdEvidence } from './draft-record-id';
import { analyse } from './suggest-test-helpers';

// The id the mapping screen offers for the suggested dataset.
const proposed = async (source: string) => {
  const analysis = await analyse(source);
  return recordIdEvidence(analysis, analysis.suggestion.kind)?.column ?? null;
};

describe('the record id the mapping screen offers', () => {
  it('is offered, never chosen: a first mapping names no record id', async () => {
    const csv = 'Report ID,Arrest Date,Age\nR1,2024-01-02,17\nR2,2024-01-02,30\n';
    expect(await proposed(csv)).toBe('Report ID');
    expect(draftMapping(await analyse(csv), 'America/Chicago').recordIdColumn).toBeNull();
  });

  it('proposes an id column whose sampled values are all present and distinct', async () => {
    const csv =
      'Report ID,Arrest Date,Age\nR1,2024-01-02,17\nR2,2024-01-02,30\nR3,2024-01-03,41\n';
    expect(await proposed(csv)).toBe('Report ID');
    const evidence = recordIdEvidence(await analyse(csv), 'arrests');
    expect(evidence).toEqual({ column: 'Report ID', rows: 3 });
  });

  it('proposes none when an id repeats, since records would fold into one', async () => {
    const csv =
      'Incident ID,Arrest Date,Age\nI1,2024-01-02,17\nI1,2024-01-02,30\nI2,2024-01-03,41\n';
    expect(await proposed(csv)).toBeNull();
  });

  it('proposes none when a row has no id', async () => {
    const csv =
      'Report ID,Arrest Date,Age\nR1,2024-01-02,17\n,2024-01-02,30\nR3,2024-01-03,41\n';
    expect(await proposed(csv)).toBeNull();
  });

  it('proposes none for a header that names no id, however distinct its values', async () => {
    const csv =
      'Officer,Arrest Date,Age\nA,2024-01-02,17\nB,2024-01-02,30\nC,2024-01-03,41\n';
    expect(await proposed(csv)).toBeNull();
  });

  it('proposes none for published figures, told apart by what they measure', async () => {
    const analysis = await analyse('real-data/toronto-shelter-system-flow-2018-2024.csv');
    expect(recordIdEvidence(analysis, 'aggregates')).toBeNull();
  });

  it('proposes the real exports’ own ids: LAPD Report ID, Seattle Terry stop id', async () => {
    expect(await proposed('real-data/lapd-arrests-alcohol-2019.csv')).toBe('Report ID');
    expect(await proposed('real-data/seattle-terry-stops-2015-2017.csv')).toBe(
      'TERRY_STOP_ID',
    );
  });
});

describe('an incident id beside a report id in a use-of-force export', () => {
  it('proposes the report id even when the incident id comes first', async () => {
    const csv =
      'Incident ID,Report ID,Type of Force\nI1,R1,Taser\nI1,R2,Takedown\nI2,R3,Taser\n';
    const analysis = await analyse(csv);
    expect(recordIdEvidence(analysis, 'force_incidents')?.column).toBe('Report ID');
  });

  it('proposes an incident id that never repeats when no report id is beside it', async () => {
    const csv = 'Incident ID,Type of Force\nI1,Taser\nI2,Takedown\nI3,Taser\n';
    const analysis = await analyse(csv);
    expect(recordIdEvidence(analysis, 'force_incidents')?.column).toBe('Incident ID');
  });
});

describe('New Jersey’s three id-like columns', () => {
  it('proposes unique_report_id, not incident_id, which repeats across reports', async () => {
    const analysis = await analyse('real-data/nj-use-of-force-2020-10-to-2021-02.csv');
    expect(recordIdEvidence(analysis, 'force_incidents')?.column).toBe(
      'unique_report_id',
    );
  });
});
