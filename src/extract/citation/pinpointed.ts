/**
 * Citations with a pinpoint: one fact per pasal (and per ayat of an "ayat (1) dan (2)" list),
 * each with the instrument of its group (pinpoint.ts).
 *
 * Handles: "Pasal 434 Ayat (1) Undang-Undang Nomor 7 Tahun 2017" -> UU 7/2017 434 (1);
 * "Pasal 81 ayat 2 Junto Pasal 76d dan atau Pasal 82 ayat 1 Junto Pasal 76e Undang-Undang Nomor
 * 23 Tahun 2002" -> four citations of UU 23/2002; "Pasal 22E ayat (1) UUD 1945"; "Pasal 365 ayat
 * (3) KUHP"; "Pasal 36 ayat (3) undang-undang itu" and "Pasal 461 UU Pemilu" (pending: resolved
 * later); "pasal 36 ayat (4)" alone (pending orphan).
 * Not here: instruments without a pinpoint (bare.ts).
 */
import type { ScanExtractor } from '../types.js';
import type { CitationFact } from '../../types.js';
import { pinpointAnalysis } from './pinpoint.js';
import { setNested, setPending } from '../../resolve/citation-pending.js';

export const pinpointed: ScanExtractor<'citation'> = {
  id: 'citation/pinpointed',
  kind: 'citation',
  scan(ctx) {
    const { doc } = ctx;
    const out: CitationFact[] = [];
    for (const group of pinpointAnalysis(doc).groups) {
      const m = group.instrument;
      const last = group.items.length - 1;
      group.items.forEach((item, i) => {
        const end = group.attach === 'right' && i === last ? m!.end : item.end;
        const known = m !== null && m.instrument !== null;
        const fact = ctx.fact(
          item.start,
          end,
          {
            instrument: known ? m.instrument! : '',
            instrumentKind: m?.kind ?? '',
            pasal: item.pasal,
            ayat: item.ayat,
            huruf: item.huruf,
            title: m?.title ?? null,
            resolved: known && m.implied.length > 0,
          },
          { implied: known ? m.implied : [], lexicon: m?.lexicon ?? [], confidence: known ? 0.95 : 0.7 },
        );
        if (!m) setPending(doc, fact, { type: 'orphan', demonstrative: group.demonstrative });
        else if (m.anaphor) setPending(doc, fact, { type: 'anaphor', kind: m.kind });
        else if (!known) setPending(doc, fact, { type: 'short', mention: m });
        else if (m.nested) setNested(doc, fact);
        out.push(fact);
      });
    }
    return out;
  },
};
