/**
 * The institution lexicon (institution-lexicon.json) compiled once: ids of the shared vocabulary
 * (../shared/vocab/institutions.tsv) with their full names (matched case-insensitively),
 * acronyms and regional sub-units (matched case-sensitively), acronyms that count only in
 * context, and the level a surface form implies ("Pemkot" -> kota, "Polda" -> provinsi).
 *
 * Scopes, which decide how a mention without a stated region is bound (resolve/institution-region.ts):
 * - national: exists nationally and regionally (KPU, Bawaslu, Polri, TNI, Gakkumdu, Dukcapil)
 * - national-only: DKPP, DPR, DPD, MPR, MK, MA, KPK, BSSN, Kemendagri, Kemenko Polhukam
 * - regional: only regional (Pemda, Kesbangpol, DPRD, Diskominfo, Forkopimda, Satpol PP, Linmas)
 * - adhoc: election bodies below the kabupaten (PPK, PPS, KPPS, Pantarlih, Panwaslu Kecamatan)
 * - party: political parties (partai:PDIP ...)
 */
import { z } from 'zod';
import { alternation, LexiconEntrySchema, loadLexicon } from '../../lexicon/load.js';
import type { RegionLevel } from '../../lexicon/regions.js';
import { oneEdit } from '../official/lexicon.js';

export type InstitutionScope = 'national' | 'national-only' | 'regional' | 'adhoc' | 'party';

const InstitutionEntrySchema = LexiconEntrySchema.extend({
  scope: z.enum(['national', 'national-only', 'regional', 'adhoc', 'party']),
  /** acronyms and short forms, matched case-sensitively: "KPU", "Pemprov", "PDIP" */
  acronyms: z.array(z.string()).default([]),
  /** acronyms that count only when the context says so (extract/institution/context.ts): PPK, MA, MK, PAN */
  contextAcronyms: z.array(z.string()).default([]),
  /** forms that name a regional unit of a national body: "Polda", "Polres", "Korem", "Kodim", "Kapolda" */
  subunits: z.array(z.string()).default([]),
  /** forms that name the national body itself, never a regional one: its national chief
   *  ("Kapolri"), its headquarters ("Mabes Polri"), a name with "Republik Indonesia" in it */
  nationalForms: z.array(z.string()).default([]),
  /** the region level a form implies: "Pemkot" -> "kota" */
  hints: z.record(z.string(), z.enum(['provinsi', 'kabupaten', 'kota'])).default({}),
  /** full names that count only written with capitals: in lower case "perlindungan masyarakat" is
   *  the ordinary "protection of the public", not Linmas */
  capitalized: z.array(z.string()).default([]),
  /** words that, written right after one of the entry's acronyms, make it another body's name:
   *  "KPU Bea Cukai Batam" is customs' main service office (Kantor Pelayanan Utama), not the
   *  election commission */
  otherMeanings: z.record(z.string(), z.array(z.string())).default({}),
});
export type InstitutionEntry = z.infer<typeof InstitutionEntrySchema>;

const LexiconSchema = z.object({ source: z.string(), entries: z.array(InstitutionEntrySchema) });

export const INSTITUTIONS = loadLexicon('institution-lexicon.json', LexiconSchema).entries;

/** How a surface form maps to its entry. */
export interface InstitutionForm {
  entry: InstitutionEntry;
  form: string;
  subunit: boolean;
  contextOnly: boolean;
  hint: RegionLevel | null;
  /** names the national body itself ("Kapolri", "Mabes Polri"): never bound to a region */
  national: boolean;
  /** a full name that counts only with each word capitalized */
  capitalized: boolean;
}

const BY_NAME = new Map<string, InstitutionForm>(); // lower-cased full names
const BY_ACRONYM = new Map<string, InstitutionForm>(); // exact acronyms
export const BY_ID = new Map<string, InstitutionEntry>();

function claim(map: Map<string, InstitutionForm>, key: string, f: InstitutionForm): void {
  const owner = map.get(key);
  if (owner && owner.entry.id !== f.entry.id) {
    throw new Error(`lexicon institution-lexicon.json: form "${f.form}" of "${f.entry.id}" collides with "${owner.entry.id}"`);
  }
  map.set(key, f);
}

for (const entry of INSTITUTIONS) {
  BY_ID.set(entry.id, entry);
  const hint = (form: string) => entry.hints[form] ?? null;
  for (const a of entry.nationalForms) {
    if (a !== entry.canonical && !entry.aliases.includes(a) && !entry.acronyms.includes(a)) throw new Error(`lexicon institution-lexicon.json: national form "${a}" of "${entry.id}" is not one of its names or acronyms`);
  }
  const national = (form: string) => entry.nationalForms.includes(form);
  for (const a of entry.capitalized) {
    if (a !== entry.canonical && !entry.aliases.includes(a)) throw new Error(`lexicon institution-lexicon.json: capitalized name "${a}" of "${entry.id}" is not one of its names`);
  }
  for (const a of new Set([entry.canonical, ...entry.aliases])) {
    claim(BY_NAME, a.toLowerCase().replace(/\s+/g, ' '), { entry, form: a, subunit: false, contextOnly: false, hint: hint(a), national: national(a), capitalized: entry.capitalized.includes(a) });
  }
  for (const a of entry.acronyms) claim(BY_ACRONYM, a, { entry, form: a, subunit: false, contextOnly: false, hint: hint(a), national: national(a), capitalized: false });
  for (const a of entry.subunits) claim(BY_ACRONYM, a, { entry, form: a, subunit: true, contextOnly: false, hint: hint(a), national: false, capitalized: false });
  for (const a of entry.contextAcronyms) claim(BY_ACRONYM, a, { entry, form: a, subunit: false, contextOnly: true, hint: hint(a), national: false, capitalized: false });
}

/** The form a full-name match stands for ("komisi  pemilihan umum" -> KPU). */
export function formOfName(matched: string): InstitutionForm | null {
  return BY_NAME.get(matched.toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

const OTHER_MEANINGS = new Map<string, RegExp>();
for (const entry of INSTITUTIONS) {
  for (const [acronym, after] of Object.entries(entry.otherMeanings)) {
    if (!entry.acronyms.includes(acronym)) throw new Error(`lexicon institution-lexicon.json: "${acronym}" in otherMeanings of "${entry.id}" is not one of its acronyms`);
    OTHER_MEANINGS.set(acronym, new RegExp(`\\s+(?:${alternation(after)})(?![\\p{L}\\p{N}])`, 'uy'));
  }
}

/** Whether `acronym`, written in `text` up to offset `end`, names another body by the words after
 *  it ("KPU Bea Cukai Batam"; otherMeanings in the lexicon). */
export function namesOtherBody(text: string, acronym: string, end: number): boolean {
  const after = OTHER_MEANINGS.get(acronym);
  if (!after) return false;
  after.lastIndex = end;
  return after.test(text);
}

/** The form an acronym match stands for ("KPU", "Polda"). */
export function formOfAcronym(matched: string): InstitutionForm | null {
  return BY_ACRONYM.get(matched.replace(/\s+/g, ' ')) ?? null;
}

/** Full names as the lexicon writes them (full-name.ts matches them in any case). */
export const NAME_FORMS: readonly string[] = [...BY_NAME.values()].map((f) => f.form);
/** Acronyms, short forms and sub-units as written (acronym.ts matches them case-sensitively). */
export const ACRONYM_FORMS: readonly string[] = [...BY_ACRONYM.keys()];

/**
 * Acronyms and short forms of three letters or more, lower-cased, for lower-case.ts ("bawaslu",
 * "pantarlih"; written there all lower or all upper case), to their form as the lexicon writes
 * it. Not parties ("gelora", "demokrat" are ordinary words); a form two entries share is null.
 */
export const LOWER_FORMS = new Map<string, InstitutionForm | null>();
for (const e of INSTITUTIONS) {
  if (e.scope === 'party') continue;
  for (const a of [...e.acronyms, ...e.subunits]) {
    if (a.length < 3 || !/^\p{L}+$/u.test(a)) continue;
    const form = formOfAcronym(a);
    if (!form) continue;
    const k = a.toLowerCase();
    const cur = LOWER_FORMS.get(k);
    LOWER_FORMS.set(k, cur === undefined || cur?.entry.id === form.entry.id ? (cur ?? form) : null);
  }
}

/** Party acronyms and names, for party boards ("DPD PDIP Sumut") and party context. */
export const PARTY_ALTERNATION = alternation(
  INSTITUTIONS.filter((e) => e.scope === 'party').flatMap((e) => [e.canonical, ...e.aliases, ...e.acronyms, ...e.contextAcronyms]),
);

// party names of one word and six letters or more, lower case: "gerindra", "golkar", "nasdem"
const PARTY_WORDS: [string, string][] = [];
for (const e of INSTITUTIONS) {
  if (e.scope !== 'party') continue;
  for (const f of new Set([e.canonical, ...e.aliases, ...e.acronyms, ...e.contextAcronyms])) {
    const w = f.replace(/^Partai\s+/, '');
    if (/^\p{L}{6,}$/u.test(w) && !PARTY_WORDS.some(([x]) => x === w.toLowerCase())) PARTY_WORDS.push([w.toLowerCase(), e.id]);
  }
}

// a party's board or faction written before its name: "DPD PDIP Sumut", "DPD II Golkar",
// "Fraksi PDIP", "F-PKS"; the party's fact starts with it (build.ts)
const PARTY_BOARD = '\\b(?:DPP|DPD(?:[ \\t]+I{1,2}\\b)?|DPC|DPW|PAC|Fraksi|fraksi|F-)';
/** A party's board or faction right before where the party is named. */
export const PARTY_BOARD_BEFORE = new RegExp(`(?:${PARTY_BOARD})[ \\t]*$`);
/** A party's fact that starts with its board or faction: "DPD Partai NasDem Purwakarta", not "Gerindra". */
export const PARTY_BOARD_FIRST = new RegExp(`^(?:${PARTY_BOARD})`);

/**
 * The party a word names, spelled right or with one slip, for a word written right after an
 * office title: "Ketum Gerinda Prabowo Subianto" → partai:Gerindra. Only names of six letters or
 * more, so that short acronyms ("PKB", "PAN") never match by distance.
 */
export function partyByWord(word: string): string | null {
  const w = word.toLowerCase();
  if (w.length < 5) return null;
  for (const [name, id] of PARTY_WORDS) if (oneEdit(w, name)) return id;
  return null;
}
