/**
 * Back-references to earlier citations, in text order, never guessed.
 *
 * Handles: "Masih dalam pasal yang sama di ayat kedua" -> the previous pinpoint's instrument and
 * pasal with ayat 2 (UU 7/2017 Pasal 434 ayat 2 after "Pasal 434 Ayat (1) Undang-Undang Nomor 7
 * Tahun 2017"); "pasal itu" (the same pinpoint); a lone "di ayat (4)"; "Pasal 36 ayat (3)
 * undang-undang itu" and "UU tersebut" -> the latest instrument of that kind; "pasal 36 ayat (4)"
 * with no instrument -> the instrument of the latest Pasal 36; "pasal 57 tersebut" likewise;
 * "Selain itu, ... juga melanggar Pasal 280 ayat 1" right after a pinpoint of one instrument
 * (flag "inherited-instrument").
 * Every result is marked `resolved`.
 * Not here (dropped, with an info message): an antecedent too far back (more than
 * PINPOINT_REACH / INSTRUMENT_REACH sentences), two different instruments of the kind in the
 * antecedent's sentence ("UU tersebut" after two laws), a pinpoint whose pasal was not cited
 * before ("Pasal 27A, Pasal 45 ayat (4)" with no law named), short titles left unresolved.
 */
import type { Resolver } from '../extract/types.js';
import type { CitationFact } from '../types.js';
import { compareFacts } from '../refine/common.js';
import { isNested, pendingOf, settle } from './citation-pending.js';

/** sentences back that a pasal back-reference may reach */
const PINPOINT_REACH = 4;
/** characters back that a pinpoint without instrument may borrow one from the pinpoint before */
const ORPHAN_REACH = 200;
/** sentences back that "UU tersebut" may reach */
const INSTRUMENT_REACH = 8;

// words that set a pinpoint against the one before (a constitutional review): not the same law
const OPPOSED = /(?:bertentangan|bertolak belakang|tidak sesuai|diuji|menguji|uji materi|terhadap|dengan)\s+(?:dengan\s+)?$/i;

const sentenceOf = (f: CitationFact): number => f.evidence.sentence;

function inherit(fact: CitationFact, from: CitationFact, parts: { pasal: string | null; ayat: string | null; huruf: string | null }): void {
  Object.assign(fact, { instrument: from.instrument, instrumentKind: from.instrumentKind, title: fact.title ?? from.title, resolved: true, ...parts });
  fact.confidence = Math.min(fact.confidence, 0.85);
}

export const anaphorResolver: Resolver<'citation'> = {
  id: 'citation/anaphor',
  resolve(facts, doc) {
    const sorted = [...facts].sort(compareFacts);
    const history: CitationFact[] = [];
    const dropped = new Set<CitationFact>();
    const drop = (f: CitationFact, why: string) => {
      dropped.add(f);
      doc.messages.push({ level: 'info', code: 'citation/unresolved', message: `"${f.text}": ${why}`, start: f.start, end: f.end });
    };
    for (const fact of sorted) {
      const pending = pendingOf(doc, fact);
      if (!pending) {
        if (fact.instrument && !isNested(doc, fact)) history.push(fact);
        continue;
      }
      const s = sentenceOf(fact);
      switch (pending.type) {
        case 'short':
          drop(fact, 'short title not defined in the article nor unambiguous for its date');
          continue;
        case 'anaphor': {
          const candidates = history.filter((h) => h.instrumentKind === pending.kind && s - sentenceOf(h) <= INSTRUMENT_REACH);
          const ante = candidates[candidates.length - 1];
          if (!ante) {
            drop(fact, `no earlier ${pending.kind} to refer to`);
            continue;
          }
          const rivals = new Set(candidates.filter((h) => sentenceOf(h) >= sentenceOf(ante)).map((h) => h.instrument));
          if (rivals.size > 1) {
            drop(fact, `ambiguous: ${[...rivals].join(', ')}`);
            continue;
          }
          inherit(fact, ante, { pasal: fact.pasal, ayat: fact.ayat, huruf: fact.huruf });
          break;
        }
        case 'pasal-anaphor': {
          const ante = [...history].reverse().find((h) => h.pasal !== null);
          if (!ante || s - sentenceOf(ante) > PINPOINT_REACH) {
            drop(fact, 'no pinpoint just before to refer to');
            continue;
          }
          inherit(fact, ante, pending.ayat === null ? { pasal: ante.pasal, ayat: ante.ayat, huruf: ante.huruf } : { pasal: ante.pasal, ayat: pending.ayat, huruf: null });
          break;
        }
        case 'orphan': {
          // 1. the same pasal cited just before: "pasal 36 ayat (4)" after "Pasal 36 ayat (3) ..."
          let ante = [...history].reverse().find((h) => h.pasal === fact.pasal);
          if (ante && s - sentenceOf(ante) > PINPOINT_REACH) ante = undefined;
          // 2. a pinpoint right after one of a single instrument: "... Pasal 299 ayat 3 UU No 7 tahun
          //    2017. Selain itu, ... juga melanggar Pasal 280 ayat 1" — unless the sentence opposes
          //    the two ("bertentangan dengan Pasal 22E ayat (2)": another instrument, the UUD)
          if (!ante && !pending.demonstrative) {
            const last = history[history.length - 1];
            const near = history.filter((h) => fact.start - h.end <= ORPHAN_REACH);
            const before = doc.text.slice(Math.max(doc.sentenceAt(fact.start).start, fact.start - 40), fact.start);
            if (last && last.pasal !== null && fact.start - last.end <= ORPHAN_REACH && new Set(near.map((h) => h.instrument)).size === 1 && !OPPOSED.test(before)) {
              ante = last;
              fact.flags.push('inherited-instrument');
            }
          }
          if (!ante) {
            drop(fact, 'pinpoint without an instrument');
            continue;
          }
          inherit(fact, ante, { pasal: fact.pasal, ayat: fact.ayat, huruf: fact.huruf });
          break;
        }
      }
      settle(doc, fact);
      history.push(fact);
    }
    return facts.filter((f) => !dropped.has(f));
  },
};
