import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { DataTable, type TABLE_FEATURES } from '../../components/DataTable';
import type { QueryRunner } from '../../engine/query-runner';
import {
  continuousSeries,
  publishedMeasuresOf,
  publishedMeasuresQuery,
  publishedSeriesQuery,
  type PublishedArea,
  summableAcrossAreas,
  type PublishedMeasure,
  type PublishedPoint,
} from '../../metrics/published-figures';
import { useQueryRows } from '../../state/useQueryRows';

interface Props {
  readonly runner: QueryRunner;
}

const ALL = '\u0000all';
const NO_AREA = '\u0000none';
const measureName = (m: PublishedMeasure) =>
  m.group === null ? m.measure : `${m.measure} (${m.group})`;
const areaValue = (area: string | null) => area ?? NO_AREA;

/** Published counts and rates by period, read only: one measure and area at a time. */
export function PublishedFigures({ runner }: Props) {
  const listed = useQueryRows(runner, publishedMeasuresQuery());
  if (listed.status === 'failed') throw listed.error;
  if (listed.status === 'loading') return <p role="status">Reading published figures…</p>;
  const measures = publishedMeasuresOf(listed.rows);
  if (measures.length === 0) return <p>No published figures name a measure.</p>;
  return <MeasureSeries runner={runner} measures={measures} />;
}

const KIND_NOTES: Readonly<Record<string, string>> = {
  count: 'A count: areas may be added up.',
  stock:
    'A point-in-time count: areas may be added up within a period, never across periods.',
  rate: 'A rate: shown as published, never added across areas or periods.',
};

function MeasureSeries(props: Props & { measures: readonly PublishedMeasure[] }) {
  const [index, setIndex] = useState(0);
  const measure = props.measures[index] ?? props.measures[0]!;
  const summable = summableAcrossAreas(measure.valueKind) && measure.areas.length > 1;
  const [areaChoice, setAreaChoice] = useState<string>('');
  const areaKey = areaChoice || (summable ? ALL : areaValue(measure.areas[0]!));
  const area: PublishedArea =
    areaKey === ALL ? { all: true } : { area: areaKey === NO_AREA ? null : areaKey };
  const series = useQueryRows(props.runner, publishedSeriesQuery(measure, area));
  const points = useMemo(
    () => (series.status === 'done' ? continuousSeries(series.rows, measure.grain) : []),
    [series, measure.grain],
  );
  if (series.status === 'failed') throw series.error;

  return (
    <section className="published-figures" aria-label="Published figures">
      <h3>Published figures</h3>
      <div className="controls">
        <label>
          Measure{' '}
          <select
            name="published-measure"
            value={index}
            onChange={(event) => {
              setIndex(Number(event.target.value));
              setAreaChoice('');
            }}
          >
            {props.measures.map((m, i) => (
              <option key={`${m.measure}|${m.group}`} value={i}>
                {measureName(m)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Area{' '}
          <select
            name="published-area"
            value={areaKey}
            onChange={(event) => setAreaChoice(event.target.value)}
          >
            {summable && <option value={ALL}>All areas (counts summed)</option>}
            {measure.areas.map((a) => (
              <option key={areaValue(a)} value={areaValue(a)}>
                {a ?? 'No area named'}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="note">
        {KIND_NOTES[measure.valueKind] ?? KIND_NOTES.rate} By {measure.grain}
        {measure.unit ? `, in ${measure.unit}` : ''}. A period the export does not hold is
        a gap, not a zero.
      </p>
      {series.status === 'loading' ? (
        <p role="status">Reading the series…</p>
      ) : (
        <SeriesView points={points} name={measureName(measure)} />
      )}
    </section>
  );
}

const format = (value: number | null) =>
  value === null ? '–' : value.toLocaleString('en-US', { maximumFractionDigits: 2 });

const COLUMNS: ColumnDef<typeof TABLE_FEATURES, PublishedPoint>[] = [
  { header: 'Period start', accessorKey: 'periodStart' },
  {
    header: 'Value',
    accessorKey: 'value',
    cell: (info) => <span data-field="value">{format(info.row.original.value)}</span>,
  },
];

function SeriesView({ points, name }: { points: PublishedPoint[]; name: string }) {
  return (
    <>
      <figure className="no-print">
        <figcaption>{name} by period</figcaption>
        <ResponsiveContainer width="100%" height={220}>
          <LineChart data={points}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="periodStart" minTickGap={20} />
            <YAxis />
            <Tooltip />
            <Line
              dataKey="value"
              name={name}
              stroke="#3b6ea5"
              // A figure between two gaps has no line to sit on: its dot shows it.
              dot={{ r: 2 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <DataTable
        columns={COLUMNS}
        rows={points}
        testId="published-series"
        rowData={(point) => ({ period: point.periodStart })}
      />
    </>
  );
}
