import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { periodLabel } from '../../metrics/periods';
import { restsOnSmallCount, type SharingRule } from '../shared/sharing-rule';
import type { PilotMonth } from './load-pilot';

interface Props {
  readonly months: readonly PilotMonth[];
  readonly launchDate: string;
  readonly caption: string;
  readonly sharing: SharingRule;
}

/**
 * Both groups by month across the two windows, with the launch month marked. Left out
 * of print; on screen under suppression a month resting on a small count is a gap.
 */
export function PilotChart({ months, launchDate, caption, sharing }: Props) {
  const shown = (value: number | null, totals: PilotMonth['pilotTotals']) =>
    sharing.onScreen &&
    restsOnSmallCount(totals.numerator, totals.denominator, sharing.preset)
      ? null
      : value;
  const data = months.map((month) => ({
    label: periodLabel(month.month, 'month'),
    pilot: shown(month.pilot, month.pilotTotals),
    comparison: shown(month.comparison, month.comparisonTotals),
  }));
  const launch = periodLabel(launchDate, 'month');
  return (
    <figure className="pilot-chart no-print" data-testid="pilot-chart">
      <figcaption>{caption}</figcaption>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" minTickGap={16} />
          <YAxis />
          <Tooltip formatter={(value) => Number(value).toFixed(1)} />
          <Legend />
          <ReferenceLine x={launch} stroke="#333" strokeDasharray="4 3" label="Launch" />
          <Line
            dataKey="pilot"
            name="Pilot areas"
            stroke="#b5462f"
            dot={{ r: 2 }}
            connectNulls={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="comparison"
            name="Comparison areas"
            stroke="#3b6ea5"
            dot={{ r: 2 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
