/**
 * Resolver: one office of one person written two ways takes the fuller way, so the facts merge.
 *
 * Handles: "Pj. Sekretaris Daerah Provinsi Lampung, Fredy" and later "Pj. Sekdaprov Lampung,
 * Fredy" → "Pj Sekretaris Daerah"; "Wali Kota" / "Walikota" / "Wako"; a portfolio by its
 * acronym, "Menteri PUPR Basuki" after "Menteri Pekerjaan Umum dan Perumahan Rakyat (PUPR)
 * Mochamad Basuki Hadimoeljono" (the acronym is the initials of the written-out portfolio).
 * A contracted title ("Mendagri") takes the head word of the same office written out ("Menteri
 * Dalam Negeri" → "Menteri"); an office in a body written once without its region takes the
 * region written with it elsewhere ("Ketua DPD PDIP Jateng" then "Ketua DPD PDIP").
 * Not here: different offices of one person ("Ketua" and "Anggota" stay two facts).
 */
import type { Resolver } from '../extract/types.js';
import type { OfficialFact } from '../types.js';
import { withFields } from '../fact-copy.js';
import { mapPacked } from '../extract/packed.js';
import { canonicalPosition } from '../extract/official/office.js';
import { POSITION_TRIE } from '../extract/official/lexicon.js';
import { tokenize } from '../text/tokenize.js';

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

// the words are one title and nothing else: "Kabid", "Kepala Bagian" (not "Wakil", a modifier)
function titleOnly(words: string): boolean {
  const lower = mapPacked(tokenize(words), (t) => t.text.toLowerCase());
  const p = POSITION_TRIE.match(lower, 0);
  return p !== null && p.tokens.length === lower.length;
}

// facts of one person up to which `other` reads them all rather than summarize their positions
const FEW_FACTS = 8;

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
    const out = mapPacked(facts, (f) => {
      const p = best.get(keyOf(f))!;
      return p === f.position ? f : withFields(f, { position: p });
    });
    // the look-ups below pair facts of one person in one body only (a search through all facts
    // made a long article's cost grow with the square of its officials): the indexes of such
    // facts, in order; the steps change positions only, so the indexes hold for every step's array
    const samePerson = new Map<string, number[]>();
    const personKey = (f: OfficialFact) => `${f.name}\u0000${f.institution}\u0000${f.region}`;
    for (let n = 0; n < out.length; n++) {
      const k = personKey(out[n]);
      const list = samePerson.get(k);
      if (list) list.push(n);
      else samePerson.set(k, [n]);
    }
    // The first fact of f's person other than f whose position passes `test`: each of the person's
    // positions is tested once, by its first two indexes in `list` (`changed` forgets them when an
    // entry of `list` changes).
    const summaries = new Map<readonly OfficialFact[], Map<number[], { position: string; at: number[] }[]>>();
    const other = (list: readonly OfficialFact[], f: OfficialFact, test: (position: string) => boolean): OfficialFact | undefined => {
      const group = samePerson.get(personKey(f))!;
      // (a person's few facts, as in a news article, are simply read through)
      if (group.length < FEW_FACTS) {
        for (const n of group) if (list[n] !== f && test(list[n].position)) return list[n];
        return undefined;
      }
      let byList = summaries.get(list);
      if (!byList) summaries.set(list, (byList = new Map()));
      let summary = byList.get(group);
      if (!summary) {
        const seen = new Map<string, number[]>();
        summary = [];
        for (const n of group) {
          const at = seen.get(list[n].position);
          if (!at) {
            const entry = { position: list[n].position, at: [n] };
            seen.set(entry.position, entry.at);
            summary.push(entry);
          } else if (at.length < 2) at.push(n);
        }
        byList.set(group, summary);
      }
      let best = -1;
      for (const e of summary) {
        if (!test(e.position)) continue;
        let n = list[e.at[0]] !== f ? e.at[0] : (e.at[1] ?? -1);
        // (one fact twice in the list: the rest of its position's indexes are looked at)
        if (n >= 0 && list[n] === f) n = group.find((i) => i > n && list[i] !== f && list[i].position === e.position) ?? -1;
        if (n >= 0 && (best < 0 || n < best)) best = n;
      }
      return best >= 0 ? list[best] : undefined;
    };
    const changed = (list: readonly OfficialFact[], f: OfficialFact) => summaries.get(list)?.delete(samePerson.get(personKey(f))!);
    // a portfolio acronym of one person's office spelt out elsewhere
    const spelt = mapPacked(out, (f) => {
      if (!WITH_ACRONYM.test(f.position)) return f;
      const full = other(out, f, (position) => spellsOut(f.position, position));
      return full ? withFields(f, { position: full.position }) : f;
    });
    // a contracted title and its head word for one person in one body: "Mendagri Tjahjo Kumolo"
    // and "Menteri Dalam Negeri (Mendagri), Tjahjo Kumolo" (position "Menteri") → "Menteri"
    const headed = mapPacked(spelt, (f) => {
      if (f.institution === null || f.position.includes(' ')) return f;
      const c = canonicalPosition(f.position);
      if (c === f.position.toLowerCase()) return f;
      const head = other(spelt, f, (position) => c.startsWith(`${position.toLowerCase()} `));
      return head ? withFields(f, { position: head.position }) : f;
    });
    // a unit written for its head: "Humas Polda Metro Jaya, Kombes Argo Yuwono" after "Kabid Humas
    // Polda Metro Jaya" → "Kabid Humas" (a title before it, not a modifier: "Wakil Ketua" stays)
    for (let n = 0; n < headed.length; n++) {
      const f = headed[n];
      const head = other(headed, f, (position) => position.endsWith(` ${f.position}`) && titleOnly(position.slice(0, -f.position.length - 1)));
      if (head) {
        headed[n] = withFields(f, { position: head.position });
        changed(headed, f);
      }
    }
    // one office of one person in one body, once with its region and once without: "Ketua DPD
    // PDIP Jateng Bambang Wuryanto", later "Ketua DPD PDIP Bapak Bambang Wuryanto"; "Kadis Kominfo
    // Kota Bengkulu, Eko Agusrianto", later "Kadis Kominfo Eko Agusrianto" (an agency outside the
    // vocabulary: no institution)
    const regionsOf = new Map<string, Set<string>>();
    const bodyKey = (f: OfficialFact) => `${f.name.toLowerCase()}|${f.institution}|${canonicalPosition(f.position)}`;
    for (const f of headed) {
      if (f.region === null) continue;
      const set = regionsOf.get(bodyKey(f)) ?? new Set<string>();
      set.add(f.region);
      regionsOf.set(bodyKey(f), set);
    }
    if (!regionsOf.size) return headed;
    return mapPacked(headed, (f) => {
      if (f.region !== null) return f;
      const set = regionsOf.get(bodyKey(f));
      return set && set.size === 1 ? withFields(f, { region: [...set][0] }) : f;
    });
  },
};
