// Pins the time zone so date code is tested against a known zone; the date suites
// re-run themselves under far-west and far-east zones through OUTCOMESTAT_TZ.
export default function pinTimeZone(): void {
  process.env.TZ = process.env.OUTCOMESTAT_TZ ?? 'UTC';
}
