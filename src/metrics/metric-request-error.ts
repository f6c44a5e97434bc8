/** The error a metric raises when a request cannot be answered as asked. */
export class MetricRequestError extends Error {
  /** Stable code for the UI and logs. */
  readonly code = 'invalid-metric-request';

  constructor(message: string) {
    super(message);
    this.name = 'MetricRequestError';
  }
}
