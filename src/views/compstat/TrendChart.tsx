import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { MetricDefinition } from '../../metrics/metric';
import { bridgePartial, type TrendPoint } from './trend-points';

interface Props {
  readonly definition: MetricDefinition;
  readonly points: readonly TrendPoint[];
}

/** A metric by period with its 95% band; incomplete periods dashed and labelled. */
export function TrendChart({ definition, points }: Props) {
  const data = bridgePartial(points).map((point) => ({
    ...point,
    band: point.band ? [...point.band] : null,
  }));
  return (
    <ResponsiveContainer width="100%" height={260}>
      <ComposedChart data={data}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" minTickGap={16} />
        <YAxis />
        <Tooltip
          formatter={(value) =>
            Array.isArray(value)
              ? value.map((end) => Number(end).toFixed(1)).join(' – ')
              : Number(value).toFixed(1)
          }
        />
        <Legend />
        <Area
          dataKey="band"
          name="95% interval"
          stroke="none"
          fill="#3b6ea5"
          fillOpacity={0.18}
          isAnimationActive={false}
          connectNulls={false}
        />
        <Line
          dataKey="value"
          name={definition.name}
          stroke="#3b6ea5"
          dot={{ r: 2 }}
          connectNulls={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="partialValue"
          name="Incomplete period"
          stroke="#b5462f"
          strokeDasharray="5 4"
          dot={{ r: 4, fill: '#fff' }}
          connectNulls={false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
