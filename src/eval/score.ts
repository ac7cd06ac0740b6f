/**
 * Scoring against gold in the `shared/gold` format, exactly by the rules of its README:
 * per article and kind, gold and extracted facts are matched as sets of keys (dates by value;
 * officials by normalized name, one-letter variants accepted, strictly by
 * name+position+institution+region; institutions by id, strictly id+region, parties ignoring
 * region; stages by id; citations by instrument, strictly instrument+pasal+ayat), summed over
 * articles (micro average). A gold line without a kind's key is not scored for that kind.
 * Institutions outside the vocabulary and citations of other kinds are neither rewarded nor
 * penalized; a citation whose instrument number does not occur in the article is not counted.
 */
import { withinOneEdit } from '../text/edit-distance.js';
import type { Fact } from '../types.js';

export type ScoredKind = 'date' | 'official' | 'institution' | 'stage' | 'citation';
export const SCORED_KINDS: ScoredKind[] = ['date', 'official', 'institution', 'stage', 'citation'];
export const GOLD_FIELD: Record<ScoredKind, string> = {
  date: 'dates',
  official: 'officials',
  institution: 'institutions',
  stage: 'stages',
  citation: 'citations',
};

/** A gold or extracted fact reduced to the fields the scorer reads. */
export type Item = Record<string, unknown>;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface KindScore {
  lenient: Counts;
  strict: Counts;
  /** officials: matched by name, and of those how many with the same position */
  positionMatched?: number;
  positionTotal?: number;
  articles: number;
}

export interface ArticleDiff {
  id: string;
  kind: ScoredKind;
  missed: string[];
  spurious: string[];
  strictMissed: string[];
  strictSpurious: string[];
}

const CITATION_KINDS = new Set(['UUD', 'UU', 'PERPPU', 'PP', 'PERPRES', 'PERMENDAGRI', 'PKPU', 'PERBAWASLU', 'PUTUSAN-MK', 'KUHP', 'KUHAP']);

const normName = (s: unknown) => String(s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
const normPos = (s: unknown) => String(s ?? '').toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** A one-letter variant (the gold README: the scorer accepts one): at most one edit. */
export const oneLetterVariant = withinOneEdit;

function lenientKey(kind: ScoredKind, f: Item): string {
  switch (kind) {
    case 'date':
      return str(f.value);
    case 'official':
      return normName(f.name);
    case 'institution':
      return str(f.id);
    case 'stage':
      return str(f.id);
    case 'citation':
      return str(f.instrument);
  }
}

function strictKey(kind: ScoredKind, f: Item): string {
  switch (kind) {
    case 'official':
      return [normName(f.name), normPos(f.position), str(f.institution), str(f.region)].join('|');
    case 'institution':
      return String(f.id).startsWith('partai:') ? str(f.id) : `${str(f.id)}|${str(f.region)}`;
    case 'citation':
      return [str(f.instrument), str(f.pasal), str(f.ayat)].join('|');
    default:
      return lenientKey(kind, f);
  }
}

/**
 * Is the instrument's number written in the article, as an instrument number? The gold scores a
 * citation only then ("UU Pemilu" alone is not scored): "Nomor 7 Tahun 2017", "No. 7/2017",
 * "7 Thn 2017", "90/PUU-XXI/2023", "Nomor 13/PRT/M/2016". The number and the year must stand
 * together (a slash, or "Tahun"/"Th."/"Thn."), so a date such as "Selasa (7/2/2017)" or
 * "7 Juli 2017" does not count for "UU 7/2017". KUHP and KUHAP have no number.
 */
export function instrumentNumberInText(instrument: string, text: string): boolean {
  const m = /^[A-Z-]+ (.+)$/.exec(instrument);
  if (!m) return true; // KUHP, KUHAP: no number
  const parts = m[1].split('/');
  if (parts.length === 1) return new RegExp(`(?<![\\p{N}])${escapeRegex(parts[0])}(?![\\p{N}])`, 'u').test(text); // UUD 1945
  const esc = (part: string) => escapeRegex(part).replace(/-/g, '\\s*-\\s*');
  const [number, ...rest] = parts;
  const year = rest.pop()!;
  const middle = rest.map((part) => `\\s*/\\s*${esc(part)}`).join('');
  const pattern = `(?<![\\p{N}])0*${esc(number.replace(/^0+(?=\d)/, ''))}${middle}(?:\\s*/\\s*|\\s+(?:tahun|thn?\\.?)\\s+)${esc(year)}(?![\\p{N}])`;
  return new RegExp(pattern, 'iu').test(text);
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Match two key sets; names match with a one-letter variant (officials). */
function matchSets(gold: string[], pred: string[], fuzzyName: boolean): { tp: [string, string][]; fn: string[]; fp: string[] } {
  const g = [...new Set(gold)];
  const p = [...new Set(pred)];
  const usedP = new Set<number>();
  const tp: [string, string][] = [];
  const fn: string[] = [];
  // exact first, then fuzzy
  const pending: string[] = [];
  for (const gk of g) {
    const j = p.findIndex((pk, idx) => !usedP.has(idx) && pk === gk);
    if (j >= 0) {
      usedP.add(j);
      tp.push([gk, p[j]]);
    } else pending.push(gk);
  }
  for (const gk of pending) {
    const j = fuzzyName ? p.findIndex((pk, idx) => !usedP.has(idx) && fuzzyEqual(gk, pk)) : -1;
    if (j >= 0) {
      usedP.add(j);
      tp.push([gk, p[j]]);
    } else fn.push(gk);
  }
  const fp = p.filter((_, idx) => !usedP.has(idx));
  return { tp, fn, fp };
}

// officials' keys: name first, other fields exact
function fuzzyEqual(a: string, b: string): boolean {
  const [an, ...ar] = a.split('|');
  const [bn, ...br] = b.split('|');
  return ar.join('|') === br.join('|') && oneLetterVariant(an, bn);
}

/** Reduce extracted facts of a kind to scorer items. */
export function factsToItems(facts: Fact[], kind: ScoredKind): Item[] {
  return facts.filter((f) => f.kind === kind) as unknown as Item[];
}

export interface ScoreInput {
  id: string;
  text: string;
  gold: Record<string, unknown>;
  predicted: Record<ScoredKind, Item[]>;
}

export function emptyScore(): KindScore {
  return { lenient: { tp: 0, fp: 0, fn: 0 }, strict: { tp: 0, fp: 0, fn: 0 }, positionMatched: 0, positionTotal: 0, articles: 0 };
}

/** Add one article's comparison to the running scores; returns the differences for reports. */
export function scoreArticle(
  input: ScoreInput,
  scores: Record<ScoredKind, KindScore>,
  institutionVocab: Set<string>,
  kinds: ScoredKind[] = SCORED_KINDS,
): ArticleDiff[] {
  const diffs: ArticleDiff[] = [];
  for (const kind of kinds) {
    const goldItems = input.gold[GOLD_FIELD[kind]];
    if (!Array.isArray(goldItems)) continue; // not scored for this kind
    let gold = goldItems as Item[];
    let pred = input.predicted[kind] ?? [];
    if (kind === 'institution') {
      gold = gold.filter((g) => institutionVocab.has(String(g.id)));
      pred = pred.filter((p) => institutionVocab.has(String(p.id)));
    }
    if (kind === 'citation') {
      const goldInstruments = new Set(gold.map((g) => String(g.instrument)));
      pred = pred.filter((p) => {
        const inst = String(p.instrument);
        const kindOf = inst.split(' ')[0];
        if (!CITATION_KINDS.has(kindOf)) return false;
        return goldInstruments.has(inst) || instrumentNumberInText(inst, input.text);
      });
    }
    const s = scores[kind];
    s.articles++;
    const fuzzy = kind === 'official';
    const len = matchSets(gold.map((g) => lenientKey(kind, g)), pred.map((p) => lenientKey(kind, p)), fuzzy);
    const strict = matchSets(gold.map((g) => strictKey(kind, g)), pred.map((p) => strictKey(kind, p)), fuzzy);
    s.lenient.tp += len.tp.length;
    s.lenient.fp += len.fp.length;
    s.lenient.fn += len.fn.length;
    s.strict.tp += strict.tp.length;
    s.strict.fp += strict.fp.length;
    s.strict.fn += strict.fn.length;
    if (kind === 'official') {
      // position accuracy among officials matched by name: per gold (name, position) entry
      for (const g of gold) {
        const gName = normName(g.name);
        const same = pred.filter((p) => oneLetterVariant(normName(p.name), gName));
        if (same.length === 0) continue;
        s.positionTotal! += 1;
        if (same.some((p) => normPos(p.position) === normPos(g.position))) s.positionMatched! += 1;
      }
    }
    if (len.fn.length || len.fp.length || strict.fn.length || strict.fp.length) {
      diffs.push({ id: input.id, kind, missed: len.fn, spurious: len.fp, strictMissed: strict.fn, strictSpurious: strict.fp });
    }
  }
  return diffs;
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}
