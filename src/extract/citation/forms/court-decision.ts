/**
 * Constitutional Court decisions by case number.
 *
 * Handles: "Putusan MK Nomor 90/PUU-XXI/2023", "putusan MK Nomor 135/PUU-XII/2024", "Putusan
 * Mahkamah Konstitusi (MK) Nomor 60/PUU-XXII/2024", "putusan 135/PUU-XXII/2024", "putusan MK
 * 55/PUUXVII/2019" (hyphen dropped), "Putusan MK No. 55/PUU-XVII/2019", "perkara nomor
 * 90/PUU-XXI/2023", "Putusan Nomor 1/PHPU.PRES-XXII/2024", "Putusan MK 135/2015" (number/year).
 * Not here: "Putusan MK No. 135" (no year), "putusan DKPP", "putusan ini" (instrument-anaphor.ts).
 */
import { mention, type InstrumentForm } from '../mention.js';
import { wordAnchors } from '../../word-anchors.js';

const CASE = String.raw`(?<n>\d{1,4})\s*\/\s*(?<type>PUU|PHPU(?:\.[A-Z]+)?|PHP(?:\.[A-Z]+)?|SKLN)\s*-?\s*(?<roman>[IVXLC]+)\s*\/\s*(?<y>(?:19|20)\d{2})`;
const SHORT_CASE = String.raw`(?<n2>\d{1,4})\s*\/\s*(?<y2>(?:19|20)\d{2})`;
const MK = String.raw`(?:MK|M[Aa][Hh][Kk][Aa][Mm][Aa][Hh]\s+K[Oo][Nn][Ss][Tt][Ii][Tt][Uu][Ss][Ii])(?:\s*\(\s*MK\s*\))?`;

// A match starts after no letter or digit with "putusan", "MK", "Mahkamah" or "perkara", a whole
// run of letters, except that "Nomor"/"No" may be glued to it ("PutusanNomor 90/...": only `\s*`
// stands between them; "Mahkamah" is followed by "Konstitusi").
const ANCHORS = wordAnchors({ word: ['putusan', 'mk', 'mahkamah', 'perkara'].flatMap((w) => [w, `${w}nomor`, `${w}no`]) });

export const courtDecision: InstrumentForm = {
  id: 'citation/court-decision',
  rank: 50,
  anchors: ANCHORS,
  pattern: new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:(?<putusan>[Pp]utusan|PUTUSAN)(?:\s+(?<mk>${MK}))?|(?<mk2>${MK})|[Pp]erkara)(?:\s+RI)?\s*(?:(?:[Nn]omor|NOMOR|[Nn]o|NO)\s*\.?\s*:?\s*)?(?:${CASE}|${SHORT_CASE})(?![\p{L}\p{N}])`,
    'uy',
  ),
  read(m) {
    const g = m.groups!;
    let number: string;
    if (g.n) {
      number = `${Number(g.n)}/${g.type}-${g.roman}/${g.y}`;
    } else {
      // "Putusan MK 135/2015": only with both "putusan" and the court named
      if (!g.putusan || !g.mk) return null;
      number = `${Number(g.n2)}/${g.y2}`;
    }
    return mention({ form: 'citation/court-decision', start: m.index, end: m.index + m[0].length, kind: 'PUTUSAN-MK', instrument: `PUTUSAN-MK ${number}` });
  },
};
