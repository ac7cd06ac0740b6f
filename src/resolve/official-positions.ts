/**
 * Resolver: one office of one person written two ways takes the fuller way, so the facts merge.
 *
 * Handles: "Pj. Sekretaris Daerah Provinsi Lampung, Fredy" and later "Pj. Sekdaprov Lampung,
 * Fredy" → "Pj Sekretaris Daerah"; "Wali Kota" / "Walikota" / "Wako".
 * Not here: different offices of one person ("Ketua" and "Anggota" stay two facts).
 */
import type { Resolver } from '../extract/types.js';
import { canonicalPosition } from '../extract/official/office.js';

export const officialPositions: Resolver<'official'> = {
  id: 'official/positions',
  resolve(facts) {
    const best = new Map<string, string>();
    const keyOf = (f: (typeof facts)[number]) => `${f.name.toLowerCase()}|${f.institution}|${f.region}|${canonicalPosition(f.position)}`;
    for (const f of facts) {
      const k = keyOf(f);
      const cur = best.get(k);
      if (!cur || f.position.length > cur.length) best.set(k, f.position);
    }
    return facts.map((f) => {
      const p = best.get(keyOf(f))!;
      return p === f.position ? f : { ...f, position: p };
    });
  },
};
