/**
 * Resolver: every mention of an official, once names and positions are final. A later mention
 * by the full name, the last or first name alone ("Erwan", "kata Syamsul", "ujar Taufik"), or by
 * the office alone ("kata Pj Walikota", "Pj Wako menjelaskan") is added to the person's facts.
 *
 * Handles: quote attributions, narration by short name, office-only mentions.
 * Not here: pronouns ("ia", "dia", "-nya") and nicknames the article does not tie to the name.
 * A short name shared by two officials ("Ahmad") is left unlinked.
 */
import type { Resolver } from '../extract/types.js';
import type { Mention, OfficialFact } from '../types.js';
import { titleOrWordViews } from '../extract/official/context.js';
import { lowerCaseKeepsOffsets } from '../extract/official/anchors.js';
import { NAME_STOPWORDS } from '../extract/official/lexicon.js';
import { canonicalPosition, parseOffice, titleAt } from '../extract/official/office.js';
import { nameAt } from '../extract/official/bind.js';
import { startsUpper } from '../text/tokenize.js';
import { withFields } from '../fact-copy.js';
import { mapPacked } from '../extract/packed.js';
import { lowerBound } from '../sorted.js';

export const officialMentions: Resolver<'official'> = {
  id: 'official/mentions',
  resolve(facts, doc) {
    if (facts.length === 0) return facts;
    // short forms → facts of the person; a form claimed by two people is dropped
    const byForm = new Map<string, string | null>();
    const claim = (form: string, name: string) => {
      const k = form.toLowerCase();
      if (k.length < 3 || NAME_STOPWORDS.has(k)) return;
      const cur = byForm.get(k);
      byForm.set(k, cur === undefined || cur === name ? name : null);
    };
    for (const f of facts) {
      const words = f.name.split(' ').filter((w) => !/^\p{Lu}\.?$/u.test(w));
      claim(f.name, f.name);
      if (words.length > 1) {
        claim(words[0], f.name);
        claim(words[words.length - 1], f.name);
      }
    }
    const added = new Map<string, Mention[]>();
    const add = (key: string, m: Mention) => {
      const list = added.get(key) ?? [];
      list.push(m);
      added.set(key, list);
    };
    // a mention starts at a title or is a name that holds the longest word of a form: only the
    // sentences that may hold one are read
    const formWords = new Set<string>();
    for (const [form, owner] of byForm) {
      if (owner === null) continue;
      const longest = form.split(' ').reduce((a, b) => (b.length > a.length ? b : a));
      formWords.add(longest.replace(/\.$/, ''));
    }
    const canonical = new Map(facts.map((f) => [f, canonicalPosition(f.position)]));
    // a title or a word of a form written last in a sentence: no mention starts after it (when
    // lower case reads each character alone: anchors.ts)
    const cut = lowerCaseKeepsOffsets(doc);
    for (const v of titleOrWordViews(doc, formWords)) {
      let last = v.toks.length - 1;
      // (a name word is a token's text, or that and a period: "M." of "M" ".")
      const formWordAt = (k: number) => {
        const l = v.toks[k].lower;
        return formWords.has(l) || (l.endsWith('.') && formWords.has(l.slice(0, -1)));
      };
      while (cut && last >= 0 && !formWordAt(last) && !titleAt(v, last)) last--;
      for (let k = 0; k <= last; k++) {
        const t = v.toks[k];
        // a title alone: "kata Pj Walikota", "Pj Wako menjelaskan"
        if (titleAt(v, k)) {
          const o = parseOffice(v, k);
          if (o && !nameAt(v, o.to) && !(v.toks[o.to]?.text === ',' && nameAt(v, o.to + 1))) {
            const cp = canonicalPosition(o.position);
            const holders = facts.filter((f) => canonical.get(f) === cp && (o.institution === null || f.institution === o.institution) && (o.region === null || f.region === o.region));
            const people = new Set(holders.map((f) => f.name));
            if (people.size === 1) add(`person|${holders[0].name}`, { start: o.start, end: o.end, text: doc.text.slice(o.start, o.end), sentence: v.sentence.index });
            k = o.to - 1;
          }
          continue;
        }
        if (t.type !== 'word' || !startsUpper(t.text)) continue;
        const n = nameAt(v, k);
        if (!n) continue;
        const owner = byForm.get(n.name.toLowerCase());
        if (owner) add(`person|${owner}`, { start: n.nameStart, end: n.nameEnd, text: doc.text.slice(n.nameStart, n.nameEnd), sentence: v.sentence.index });
        k = Math.max(k, n.next - 1);
      }
    }
    if (added.size === 0) return facts;
    // a mention inside the span of a fact already found is not a new one
    const found = spanIndex(facts.flatMap((f) => f.mentions));
    for (const [k, list] of added) added.set(k, list.filter((m) => !found.overlaps(m)));
    return mapPacked(facts, (f): OfficialFact => {
      const extra = added.get(`person|${f.name}`);
      if (!extra) return f;
      const own = spanIndex(f.mentions);
      const mentions = [...f.mentions];
      // the added ones in text order (as the loop above found them): one overlaps an earlier one
      // taken when it starts before the furthest end of those
      let far = -1;
      for (const m of [...extra].sort((a, b) => a.start - b.start)) {
        if (own.overlaps(m) || m.start < far) continue;
        mentions.push(m);
        far = Math.max(far, m.end);
      }
      mentions.sort((a, b) => a.start - b.start);
      return withFields(f, { mentions });
    });
  },
};

interface Span {
  start: number;
  end: number;
}

/**
 * Spans sorted by start, with the furthest end reached so far: whether a span overlaps any of
 * them is a binary search (a long article has thousands of mentions: a scan for each was the
 * square of that).
 */
function spanIndex(spans: readonly Span[]): { overlaps(m: Span): boolean } {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((x) => x.start);
  const reach: number[] = [];
  let far = -1;
  for (const x of sorted) reach.push((far = Math.max(far, x.end)));
  return {
    overlaps(m: Span): boolean {
      // the spans that start before m ends: does one of them end after m starts?
      const n = lowerBound(starts, m.end);
      return n > 0 && reach[n - 1] > m.start;
    },
  };
}
