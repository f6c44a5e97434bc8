/**
 * A seeded synthetic contacts export for the staging benchmark: one row per police or
 * outreach contact, with the quoting real exports have (commas and line breaks inside
 * quoted notes). Written in batches so the file never sits in memory whole.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const PROGRAMS = ['Outreach', 'Shelter', 'Diversion', 'Co-responder', 'Youth Services'];
const AREAS = ['North', 'South', 'East', 'West', 'Central', 'Harbor'];
const TYPES = ['911', 'ONVIEW', 'TELEPHONE OTHER', 'REFERRAL', 'WALK-IN'];
const OUTCOMES = ['Referred', 'Placed', 'Declined', 'Arrest', 'No further action'];
const NOTES = [
  'Follow-up scheduled',
  '"Client asked for shelter, bed found"',
  '"Met at 4th & Main;\nreturned next day"',
  'No contact',
  '"Said ""not today"", will call back"',
];
const STREETS = [
  'N ERVAY ST',
  'FERGUSON RD',
  'MARTIN LUTHER KING JR BLVD',
  'ELM ST',
  'HARBOR WAY',
];
const HEADER =
  'contact_id,incident_number,contact_date,contact_time,program,area,call_type,address,age,gender,use_of_force,outcome,officer_id,notes\n';

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');

/** Writes `rows` contacts to path and resolves with the file's size in bytes. */
export async function writeContacts(path, rows, seed) {
  const next = random(seed);
  const pick = (items) => items[Math.floor(next() * items.length)];
  const out = createWriteStream(path);
  let bytes = 0;
  let batch = HEADER;
  for (let id = 1; id <= rows; id++) {
    const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(next() * 1095) * 86_400_000);
    const date = day.toISOString().slice(0, 10);
    const time = `${pad(Math.floor(next() * 24))}:${pad(Math.floor(next() * 60))}`;
    const age = next() < 0.05 ? 'Unknown' : String(12 + Math.floor(next() * 70));
    const incident = `${date.slice(0, 4)}-${String(id).padStart(9, '0')}`;
    const address = `"${100 + Math.floor(next() * 9900)} ${pick(STREETS)}, Dallas, TX"`;
    batch += `${1_000_000 + id},${incident},${date},${time},${pick(PROGRAMS)},${pick(AREAS)},${pick(TYPES)},${address},${age},${pick(['F', 'M', 'X', 'U'])},${next() < 0.03 ? 'Y' : 'N'},${pick(OUTCOMES)},P${Math.floor(next() * 5000)},${pick(NOTES)}\n`;
    if (batch.length > 1_000_000 || id === rows) {
      bytes += Buffer.byteLength(batch);
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}
