import { describe, expect, it } from 'vitest';
import { startNodeRunner } from '../engine/node-runner';
import { createTableStatements } from '../model/create-tables';
import {
  areasQuery,
  dataExtentQuery,
  existingTablesQuery,
  referenceExtentQuery,
} from './data-extent';

describe('the extent of the loaded data', () => {
  it('spans each existing record table by its own date and lists its areas', async () => {
    const runner = await startNodeRunner();
    await runner.execute(
      [createTableStatements('contacts'), createTableStatements('releases')].join(';\n'),
    );
    await runner.execute(`INSERT INTO contacts (record_key, area, occurred_on) VALUES
      ('a', 'North', DATE '2024-01-05'), ('b', ' ', DATE '2024-03-31'), ('c', NULL, NULL)`);
    await runner.execute(`INSERT INTO releases (record_key, area, released_on) VALUES
      ('r', 'South', DATE '2024-06-30')`);
    const tables = (await runner.rows(existingTablesQuery())).map((r) =>
      String(r.table_name),
    );

    const extent = await runner.rows(dataExtentQuery(tables)!);
    expect(extent).toEqual([
      {
        dataset: 'contacts',
        records: 3,
        first_date: '2024-01-05',
        last_date: '2024-03-31',
      },
      {
        dataset: 'releases',
        records: 1,
        first_date: '2024-06-30',
        last_date: '2024-06-30',
      },
    ]);
    const areas = await runner.rows(areasQuery(tables)!);
    expect(areas.map((row) => row.area)).toEqual(['North', 'South']);
  });

  it('spans the population by whole years and the aggregates by period start', async () => {
    const runner = await startNodeRunner();
    await runner.execute(
      [createTableStatements('population'), createTableStatements('aggregates')].join(
        ';\n',
      ),
    );
    await runner.execute(`INSERT INTO population (record_key, year, population) VALUES
      ('p1', 2021, 30000), ('p2', 2023, 32000)`);
    await runner.execute(`INSERT INTO aggregates (record_key, period_start) VALUES
      ('a1', DATE '2016-01-01'), ('a2', DATE '2010-01-01')`);
    const tables = (await runner.rows(existingTablesQuery())).map((r) =>
      String(r.table_name),
    );
    expect(dataExtentQuery(tables)).toBeNull();
    expect(await runner.rows(referenceExtentQuery(tables)!)).toEqual([
      {
        dataset: 'population',
        records: 2,
        first_date: '2021-01-01',
        last_date: '2023-12-31',
      },
      {
        dataset: 'aggregates',
        records: 2,
        first_date: '2010-01-01',
        last_date: '2016-01-01',
      },
    ]);
    expect(referenceExtentQuery(['contacts'])).toBeNull();
  });

  it('asks nothing when no record table exists', () => {
    expect(dataExtentQuery(['something_else'])).toBeNull();
    expect(areasQuery([])).toBeNull();
  });
});
