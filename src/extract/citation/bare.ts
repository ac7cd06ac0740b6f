/**
 * Citations of a whole instrument: every instrument mention that no pinpoint took.
 *
 * Handles: "Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum", "UU No 10 Tahun 2016", "UUD
 * Tahun 1945", "putusan MK Nomor 135/PUU-XII/2024", "Perpu Nomor 1 Tahun 2016" inside another
 * title ("Undang-Undang Nomor 17 Tahun 2016 Tentang Penetapan Perpu Nomor 1 Tahun 2016 ..."),
 * "KUHP"; "UU tersebut" and "UU Pemilu" as pending facts for the resolvers.
 * Not here: an instrument a pinpoint took ("Pasal 76e Undang-Undang Nomor 23 Tahun 2002" is one
 * citation, not two); a bare "UUD" (only as the instrument of a pinpoint); a short title inside a
 * title.
 */
import type { ScanExtractor } from '../types.js';
import type { CitationFact } from '../../types.js';
import { instrumentMentions } from './mention.js';
import { pinpointAnalysis } from './pinpoint.js';
import { setNested, setPending } from '../../resolve/citation-pending.js';

export const bare: ScanExtractor<'citation'> = {
  id: 'citation/bare',
  kind: 'citation',
  scan(ctx) {
    const { doc } = ctx;
    const { consumed } = pinpointAnalysis(doc);
    const out: CitationFact[] = [];
    for (const m of instrumentMentions(doc)) {
      if (consumed.has(m)) continue;
      if (m.implied.length > 0) continue;
      if (m.nested && m.instrument === null) continue;
      const fact = ctx.fact(
        m.start,
        m.end,
        { instrument: m.instrument ?? '', instrumentKind: m.kind, pasal: null, ayat: null, huruf: null, title: m.title, resolved: false },
        { lexicon: m.lexicon, confidence: m.instrument ? 0.9 : 0.6 },
      );
      if (m.anaphor) setPending(doc, fact, { type: 'anaphor', kind: m.kind });
      else if (m.instrument === null) setPending(doc, fact, { type: 'short', mention: m });
      else if (m.nested) setNested(doc, fact);
      out.push(fact);
    }
    return out;
  },
};
