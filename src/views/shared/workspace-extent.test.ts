import { describe, expect, it } from 'vitest';
import { dataSpan, hasData, type WorkspaceExtent } from './workspace-extent';

const extent = (presentFields: string[]): WorkspaceExtent => ({
  datasets: [
    {
      dataset: 'arrests',
      records: 10,
      firstDate: '2019-01-01',
      lastDate: '2019-12-31',
      presentFields,
    },
  ],
  areas: [],
  lastDataDate: '2019-12-31',
});

describe('which metrics the data can give', () => {
  it('leaves out a metric whose required field no export carried', () => {
    expect(hasData(extent(['occurred_on']), ['arrests'], ['charge'])).toBe(false);
    expect(hasData(extent(['occurred_on', 'charge']), ['arrests'], ['charge'])).toBe(
      true,
    );
  });

  it('meets an either-or requirement with any one of its fields', () => {
    const juvenile = ['age|birth_date|age_max'];
    expect(hasData(extent(['occurred_on', 'age_max']), ['arrests'], juvenile)).toBe(true);
    expect(hasData(extent(['occurred_on']), ['arrests'], juvenile)).toBe(false);
  });

  it('finds a reference table such as the population beside the records', () => {
    const withPopulation: WorkspaceExtent = {
      ...extent(['occurred_on']),
      reference: [
        {
          dataset: 'population',
          records: 2,
          firstDate: '2018-01-01',
          lastDate: '2019-12-31',
          presentFields: ['population'],
        },
      ],
    };
    expect(hasData(withPopulation, ['arrests', 'population'])).toBe(true);
    expect(dataSpan(withPopulation, ['arrests', 'population'])).toEqual({
      firstDate: '2019-01-01',
      lastDate: '2019-12-31',
    });
  });

  it('needs every dataset the metric reads', () => {
    expect(hasData(extent(['occurred_on']), ['arrests', 'population'])).toBe(false);
  });
});
