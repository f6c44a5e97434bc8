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
import type { PilotMonth } from './load-pilot';

interface Props {
  readonly months: readonly PilotMonth[];
  readonly launchDate: string;
  readonly caption: string;
}

/** Both groups by month across the two windows, with the launch month marked. */
export function PilotChart({ months, launchDate, caption }: Props) {
  const data = months.map((month) => ({
    ...month,
    label: periodLabel(month.month, 'month'),
  }));
  const launch = periodLabel(launchDate, 'month');
  return (
    <figure className="pilot-chart">
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
