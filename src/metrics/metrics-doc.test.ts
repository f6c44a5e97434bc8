import { describe, expect, it } from 'vitest';
import { renderMetric, renderMetricsDoc } from './metrics-doc';
import { METRIC_FAMILIES, METRICS } from './registry';

describe('metrics documentation', () => {
  it('matches docs/metrics.md, failing when the file is stale', async () => {
    await expect(renderMetricsDoc(METRIC_FAMILIES)).toMatchFileSnapshot(
      '../../docs/metrics.md',
    );
  });

  it('documents every metric in the registry', () => {
    const doc = renderMetricsDoc(METRIC_FAMILIES);
    for (const metric of METRICS) expect(doc).toContain(`\`${metric.id}\``);
  });

  it('names numerator, denominator and caveats in words', () => {
    const [first] = METRICS;
    if (!first) throw new Error('The registry is empty.');
    const section = renderMetric({
      ...first,
      denominator: 'Crisis contacts',
      caveats: ['Read with care.'],
    });
    expect(section).toContain(`- Numerator: ${first.numerator}`);
    expect(section).toContain('- Denominator: Crisis contacts');
    expect(section).toContain('  - Read with care.');
  });
});
