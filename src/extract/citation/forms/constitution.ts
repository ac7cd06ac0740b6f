/**
 * The 1945 Constitution.
 *
 * Handles: "UUD 1945", "UUD Tahun 1945", "UUD NRI 1945", "UUD NRI Tahun 1945", "UUD RI 1945",
 * "UUD 45", "UUD '45", "UUD ' 45" (IndoSum spacing), "Undang-Undang Dasar 1945", "Undang-Undang Dasar Negara Republik Indonesia
 * Tahun 1945", "Undang-Undang Dasar (UUD) 1945"; a bare "UUD" or "Undang-Undang Dasar" is kept
 * with the year implied, and used only as the instrument of a pinpoint ("Pasal 7 UUD").
 * Not here: "UUD Sementara", "UUD RIS", "konstitusi" alone.
 */
import { mention, type InstrumentForm } from '../mention.js';
import { surfacePattern } from '../lexicon.js';
import { wordAnchors } from '../../word-anchors.js';

const UUD = String.raw`(?:UUD|${surfacePattern('Undang-Undang Dasar')})(?:\s*\(\s*UUD\s*\))?`;
const STATE = String.raw`(?:\s+(?:NRI|RI|${surfacePattern('Negara Republik Indonesia')}))?(?:\s+(?:[Tt]ahun|TAHUN|[Tt]h\.?))?`;

// A match starts after no letter or digit with "UUD" (a bare "UUD" may go on with letters) or
// "Undang" (then a hyphen or a space).
const ANCHORS = wordAnchors({ prefix: ['uud'], word: ['undang'] });

export const constitution: InstrumentForm = {
  id: 'citation/constitution',
  rank: 40,
  anchors: ANCHORS,
  pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])${UUD}(?:${STATE}\s*(?<year>1945|['’${'`'}]\s?45|45)(?![\p{N}])|(?!\s*(?:RIS|Sementara|[Ss]ementara|\d)))`, 'uy'),
  read(m) {
    const bare = !m.groups!.year;
    return mention({
      form: 'citation/constitution',
      start: m.index,
      end: m.index + m[0].length,
      kind: 'UUD',
      instrument: 'UUD 1945',
      implied: bare ? ['year'] : [],
    });
  },
};
