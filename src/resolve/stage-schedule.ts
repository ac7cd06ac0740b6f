/**
 * A check against the official schedules (stage-schedule-2024.json): a stage date outside every
 * official window of its stage gets the flag "outside-official-schedule" and a warning message.
 *
 * The schedule is chosen from the stage's election ("Pemilu 2024", "Pilpres 2024", "Pileg 2024"
 * -> Pemilu 2024; "Pilkada ... 2024", "Pilgub ... 2024" ... -> Pilkada 2024), else from the
 * article when it names only one of the two.
 * Handles: "pemungutan suara Pemilu 2024 pada 14 Februari 2024" (inside: no flag); "masa kampanye
 * Pemilu 2024 dimulai 1 Januari 2023" (outside: flagged).
 * Not here: stages without dates, other elections (no official schedule in the data), rows
 * without dates ("Penetapan hasil": relative to the MK ruling).
 */
import type { Resolver } from '../extract/types.js';
import { SCHEDULE } from '../extract/stage/lexicon.js';
import { electionMentions } from '../extract/stage/election.js';
import { mapPacked } from '../extract/packed.js';

interface Window {
  start: string;
  end: string;
}

// windows per election and stage id: a stage may have several rows (pencalonan of DPD, DPR, Presiden)
const WINDOWS = new Map<string, Window[]>();
for (const row of SCHEDULE.entries) {
  if (!row.start && !row.end) continue;
  for (const stage of row.stages) {
    const key = `${row.election}|${stage}`;
    const list = WINDOWS.get(key) ?? [];
    list.push({ start: row.start ?? '0000-01-01', end: row.end ?? '9999-12-31' });
    WINDOWS.set(key, list);
  }
}

function scheduleOf(election: string): string | null {
  if (!/(?:^|\s)2024$/.test(election)) return null;
  if (/^(?:Pemilu|Pilpres|Pileg)(?:\s|$)/.test(election)) return 'Pemilu 2024';
  if (/^(?:Pilkada|Pilgub|Pilbup|Pilwalkot)(?:\s|$)/.test(election)) return 'Pilkada 2024';
  return null;
}

/** [first day, last day] of an ISO date value: day, month, interval or datetime. */
function span(value: string): [string, string] {
  const [a, b = a] = value.split('/');
  const first = a.length === 7 ? `${a}-01` : a.slice(0, 10);
  const last = b.length === 7 ? `${b}-31` : b.slice(0, 10);
  return [first, last];
}

export const stageScheduleResolver: Resolver<'stage'> = {
  id: 'stage/schedule',
  resolve(facts, doc) {
    // only dated stages are checked: no election to look up without them
    if (!facts.some((f) => f.dates.length > 0)) return facts;
    const docSchedules = new Set(mapPacked(electionMentions(doc), (e) => scheduleOf(e.name)).filter((s): s is string => s !== null));
    for (const f of facts) {
      if (f.dates.length === 0) continue;
      const own = f.election ? scheduleOf(f.election) : null;
      const schedule = own ?? (docSchedules.size === 1 ? [...docSchedules][0] : null);
      if (!schedule) continue;
      const windows = WINDOWS.get(`${schedule}|${f.id}`);
      if (!windows) continue;
      const outside = f.dates.filter((d) => {
        const [first, last] = span(d);
        return windows.every((w) => last < w.start || first > w.end);
      });
      if (outside.length === 0) continue;
      f.flags.push('outside-official-schedule');
      doc.messages.push({
        level: 'warning',
        code: 'stage/outside-official-schedule',
        message: `${f.id} on ${outside.join(', ')}: outside the official ${schedule} schedule (${windows.map((w) => `${w.start}/${w.end}`).join(', ')})`,
        start: f.start,
        end: f.end,
      });
    }
    return facts;
  },
};
