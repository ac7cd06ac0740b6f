/**
 * Resolver: one office of one person written two ways takes the fuller way, so the facts merge.
 *
 * Handles: "Pj. Sekretaris Daerah Provinsi Lampung, Fredy" and later "Pj. Sekdaprov Lampung,
 * Fredy" → "Pj Sekretaris Daerah"; "Wali Kota" / "Walikota" / "Wako"; a portfolio by its
 * acronym, "Menteri PUPR Basuki" after "Menteri Pekerjaan Umum dan Perumahan Rakyat (PUPR)
 * Mochamad Basuki Hadimoeljono" (the acronym is the initials of the written-out portfolio).
 * Not here: different offices of one person ("Ketua" and "Anggota" stay two facts).
 */
import type { Resolver } from '../extract/types.js';
import type { OfficialFact } from '../types.js';
import { canonicalPosition } from '../extract/official/office.js';

// "Menteri PUPR" → ["menteri", "PUPR"]: a title and an acronym
const WITH_ACRONYM = /^(.+) (\p{Lu}{2,6})$/u;

// "Pekerjaan Umum dan Perumahan Rakyat" → "PUPR"
function initials(words: string): string {
  return words
    .split(/[\s,]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

// the position `full` spells out the acronym of `short`: same title, the acronym its initials
function spellsOut(short: string, full: string): boolean {
  const m = WITH_ACRONYM.exec(short);
  if (!m || !full.startsWith(`${m[1]} `) || full.length <= short.length) return false;
  return initials(full.slice(m[1].length + 1)) === m[2];
}

export const officialPositions: Resolver<'official'> = {
  id: 'official/positions',
  resolve(facts) {
    const best = new Map<string, string>();
    const keyOf = (f: OfficialFact) => `${f.name.toLowerCase()}|${f.institution}|${f.region}|${canonicalPosition(f.position)}`;
    for (const f of facts) {
      const k = keyOf(f);
      const cur = best.get(k);
      if (!cur || f.position.length > cur.length) best.set(k, f.position);
    }
    const out = facts.map((f) => {
      const p = best.get(keyOf(f))!;
      return p === f.position ? f : { ...f, position: p };
    });
    // a portfolio acronym of one person's office spelt out elsewhere
    return out.map((f) => {
      if (!WITH_ACRONYM.test(f.position)) return f;
      const full = out.find((g) => g !== f && g.name === f.name && g.institution === f.institution && g.region === f.region && spellsOut(f.position, g.position));
      return full ? { ...f, position: full.position } : f;
    });
  },
};
