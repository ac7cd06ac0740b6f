/**
 * Resolver: a regional head's office written without its region ("Wakil Gubernur Deddy Mizwar",
 * "Bupati Azwar Anas") takes the region the article states with that office elsewhere, in order:
 * 1. the same office with a region, held by anyone or no one named ("statusnya sebagai Wakil
 *    Gubernur Jawa Barat", "Wagub Jabar");
 * 2. the office without its modifier ("Gubernur Jabar Ahmad Heryawan" for a Wakil Gubernur).
 * Each step binds only when the article states exactly one region with it.
 * Not here: national offices ("Presiden"), member titles (their body brings the region), offices
 * the article never states with a region, which stay null rather than guessed.
 */
import type { Resolver } from '../extract/types.js';
import type { OfficialFact } from '../types.js';
import { withEvidence, withFields } from '../fact-copy.js';
import { mapPacked } from '../extract/packed.js';
import { titleViews } from '../extract/official/context.js';
import { MODIFIERS, POSITIONS } from '../extract/official/lexicon.js';
import { canonicalPosition, parseOffice, titleAt } from '../extract/official/office.js';

const ENTRY_BY_ID = new Map(POSITIONS.map((e) => [e.id, e]));
const MODIFIER_WORDS = new Set(MODIFIERS.map((m) => m.canonical.toLowerCase()));

// "wakil gubernur", "pj walikota" → "gubernur", "walikota"
function baseOf(canonical: string): string {
  const words = canonical.split(' ');
  let k = 0;
  while (k < words.length - 1 && MODIFIER_WORDS.has(words[k])) k++;
  return words.slice(k).join(' ');
}

// the office entry a fact used (the last title of its lexicon list)
function entryOf(f: OfficialFact) {
  const ids = f.evidence.lexicon.filter((l) => l.startsWith('office:'));
  return ids.length ? ENTRY_BY_ID.get(ids[ids.length - 1].slice('office:'.length)) ?? null : null;
}

const regional = (f: OfficialFact) => {
  if (f.region !== null || f.institution !== null) return false;
  const e = entryOf(f);
  return !!e && e.type === 'head' && !e.national && !!e.regionLevel && e.regionLevel !== 'district';
};

export const officialRegion: Resolver<'official'> = {
  id: 'official/region',
  resolve(facts, doc) {
    if (!facts.some(regional)) return facts;
    // every office phrase of the article with a region, by canonical position
    const stated = new Map<string, Set<string>>();
    for (const v of titleViews(doc)) {
      for (let k = 0; k < v.toks.length; k++) {
        if (!titleAt(v, k)) continue;
        const o = parseOffice(v, k);
        if (!o) continue;
        if (o.region && !o.entry.national && o.entry.type === 'head') {
          const c = canonicalPosition(o.position);
          for (const key of [c, `base:${baseOf(c)}`]) {
            const set = stated.get(key) ?? new Set<string>();
            set.add(o.region);
            stated.set(key, set);
          }
        }
        k = Math.max(k, o.to - 1);
      }
    }
    const only = (key: string) => {
      const set = stated.get(key);
      return set && set.size === 1 ? [...set][0] : null;
    };
    return mapPacked(facts, (f) => {
      if (!regional(f)) return f;
      const c = canonicalPosition(f.position);
      const region = only(c) ?? only(`base:${baseOf(c)}`);
      if (!region) return f;
      return withFields(f, {
        region,
        flags: [...f.flags, 'region-from-context'],
        confidence: Math.min(f.confidence, 0.75),
        evidence: withEvidence(f.evidence, { implied: [...new Set([...f.evidence.implied, 'region'])] }),
      });
    });
  },
};
