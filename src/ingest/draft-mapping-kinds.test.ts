import { describe, expect, it } from 'vitest';
import { draftMapping } from './draft-mapping';
import { analyse, draftTargets } from './suggest-test-helpers';

describe('the measure and kind of a long table of published figures', () => {
  it.each([
    [
      'an offence index beside a rate',
      'state,index,rate,year\nOhio,Violent Crime,330,2015\nOhio,Weapons,116,2015\n' +
        'Iowa,Violent Crime,149,2015\nIowa,Weapons,90,2015\n',
      'index',
      'rate',
      { period_grain: 'year', value_kind: 'rate' },
    ],
    [
      'an offense column beside a rate per 100,000',
      'year,offense,"rate per 100,000"\n2015,Robbery,41.5\n2015,Larceny,310.2\n' +
        '2016,Robbery,39.8\n2016,Larceny,301.7\n',
      'offense',
      'rate per 100,000',
      { period_grain: 'year', value_kind: 'rate', unit: 'per 100,000' },
    ],
    [
      'an indicator beside a rate per 1k',
      'year,indicator,rate per 1k\n2015,Referrals,4.1\n2015,Placements,2.2\n' +
        '2016,Referrals,3.9\n2016,Placements,2.4\n',
      'indicator',
      'rate per 1k',
      { period_grain: 'year', value_kind: 'rate', unit: 'per 1,000' },
    ],
    [
      'a category beside a plain count',
      'month,category,count\n2024-01,Referrals,12\n2024-01,Placements,4\n' +
        '2024-02,Referrals,9\n2024-02,Placements,3\n',
      'category',
      'count',
      { period_grain: 'month' },
    ],
  ])(
    'names each row by its %s',
    async (_name, csv, measureColumn, valueColumn, constants) => {
      const mapping = draftMapping(await analyse(csv), 'UTC');
      expect(mapping.dataset).toBe('aggregates');
      expect(draftTargets(mapping, [measureColumn, valueColumn])).toEqual({
        [measureColumn]: 'measure',
        [valueColumn]: 'value',
      });
      expect(mapping.measures).toBeUndefined();
      expect(mapping.constants).toEqual(constants);
    },
  );

  it('takes a rate from a unit column whose every unit names one', async () => {
    const csv =
      'year,measure,value,unit\n2015,arrest rate,330,per 100000\n' +
      '2015,force rate,12,per 100000\n2016,arrest rate,301,per 100000\n';
    // Nothing here votes for a kind, so the analyst chooses aggregates.
    const mapping = draftMapping(await analyse(csv), 'UTC', 'aggregates');
    expect(draftTargets(mapping, ['measure', 'value', 'unit'])).toEqual({
      measure: 'measure',
      value: 'value',
      unit: 'unit',
    });
    // The file's own unit column fills unit; only the kind is fixed.
    expect(mapping.constants).toEqual({ period_grain: 'year', value_kind: 'rate' });
  });
});

describe('the kind of each measure of a wide table', () => {
  const csv =
    'month,actively_homeless,newly_identified,moved_to_housing,returned_to_shelter,' +
    'beds_occupied,youth_population,caseload,arrest_rate_per_100k,share_housed\n' +
    '2024-01,7958,1106,508,494,610,3200,45,330.5,31.8%\n' +
    '2024-02,8010,1040,512,470,615,3210,47,328.1,30.2%\n';

  it.each([
    ['actively_homeless', 'stock', undefined],
    ['beds_occupied', 'stock', undefined],
    ['youth_population', 'stock', undefined],
    ['caseload', 'stock', undefined],
    ['newly_identified', 'count', undefined],
    ['moved_to_housing', 'count', undefined],
    ['returned_to_shelter', 'count', undefined],
    ['arrest_rate_per_100k', 'rate', 'per 100,000'],
    ['share_housed', 'rate', '%'],
  ])('reads %s as a %s with unit %s', async (column, valueKind, unit) => {
    const mapping = draftMapping(await analyse(csv), 'UTC');
    const measure = mapping.measures?.find((m) => m.column === column);
    expect(measure?.valueKind).toBe(valueKind);
    expect(measure?.unit).toBe(unit);
  });

  it('reads the Toronto stock as a stock and its flows as counts', async () => {
    const analysis = await analyse('real-data/toronto-shelter-system-flow-2018-2024.csv');
    const kinds = Object.fromEntries(
      (draftMapping(analysis, 'America/Toronto').measures ?? []).map((m) => [
        m.column,
        m.valueKind,
      ]),
    );
    expect(kinds).toMatchObject({
      actively_homeless: 'stock',
      newly_identified: 'count',
      moved_to_housing: 'count',
      returned_from_housing: 'count',
      returned_to_shelter: 'count',
      became_inactive: 'count',
      population_group_percentage: 'rate',
    });
  });
});
