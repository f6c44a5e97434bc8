import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { outcomeRate, type MonthCounts } from '../../metrics/month-comparison';
import type { EventSource } from '../../model/event-source';
import { monthLabel } from '../format';
import type { SharingRule } from '../shared/sharing-rule';
import { suppressMonthLine } from './month-suppression';

interface Props {
  readonly months: readonly MonthCounts[];
  readonly source: EventSource;
  readonly sharing: SharingRule;
}

/**
 * Events per month and the outcome rate per month, on one continuous month axis. The
 * charts are left out of print; on screen under suppression a hidden figure is a gap.
 */
export function MonthlyCharts({ months, source, sharing }: Props) {
  const data = months.map((counts) => {
    const rate = outcomeRate(counts);
    const hidden = sharing.onScreen
      ? suppressMonthLine(counts, sharing.preset)
      : { events: false, rate: false };
    // A month without events has no rate: the line shows a gap, not a zero.
    return {
      label: monthLabel(counts.month),
      events: hidden.events ? null : counts.events,
      rate: rate === null || hidden.rate ? null : rate * 100,
    };
  });
  return (
    <div className="charts no-print" data-testid="monthly-charts">
      <figure>
        <figcaption>{source.eventNoun} per month</figcaption>
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={data}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" minTickGap={20} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar
              dataKey="events"
              name={source.eventNoun}
              fill="#3b6ea5"
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      {source.outcomeLabel !== null && (
        <figure>
          <figcaption>
            {source.outcomeLabel} as % of {source.eventNoun}, per month
          </figcaption>
          <ResponsiveContainer width="100%" height={220}>
            <LineChart data={data}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" minTickGap={20} />
              <YAxis unit="%" />
              <Tooltip formatter={(value) => `${Number(value).toFixed(1)}%`} />
              <Line
                dataKey="rate"
                name={`${source.outcomeLabel} rate`}
                stroke="#b5462f"
                dot={false}
                connectNulls={false}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </figure>
      )}
    </div>
  );
}
