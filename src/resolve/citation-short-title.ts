/**
 * Short titles to instruments, never guessed.
 *
 * Handles: "UU LLAJ" after "Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan
 * Jalan (UU LLAJ)" (an alias the article defines), "UU ITE" after "UU Nomor 11 Tahun 2008 tentang
 * ITE" (an earlier title), "UU Pemilu" -> UU 7/2017 in an article published from 2018 on (the
 * lexicon's `shortTitleFrom`: before that the short title may name older laws or the bill).
 * The result is marked `resolved` with the flag "short-title".
 * Not here: a short title in an article without a publication date, or before its
 * `shortTitleFrom` (left pending: dropped by citation-anaphor.ts with a message).
 */
import type { Resolver } from '../extract/types.js';
import { instrumentMentions, type InstrumentMention } from '../extract/citation/mention.js';
import { INSTRUMENT_BY_ID, surfaceKey } from '../extract/citation/lexicon.js';
import { pendingOf, settle } from './citation-pending.js';

// a title short enough to be used as a short title: "ITE", "Pemilihan Umum", "Hak Cipta"
const MAX_TITLE_WORDS = 6;

export const shortTitleResolver: Resolver<'citation'> = {
  id: 'citation/short-title',
  resolve(facts, doc) {
    // most articles cite nothing: no mention to look up
    if (facts.length === 0) return facts;
    const defined = instrumentMentions(doc).filter((m) => m.instrument !== null && !m.anaphor);
    for (const fact of facts) {
      const pending = pendingOf(doc, fact);
      if (pending?.type !== 'short') continue;
      const key = surfaceKey(pending.mention.shortTitle ?? '');
      // 1. an alias or title defined earlier in the article, latest first
      let source: InstrumentMention | undefined;
      for (let i = defined.length - 1; i >= 0; i--) {
        const d = defined[i];
        if (d.start >= fact.start || d.kind !== pending.mention.kind) continue;
        const titleKey = d.title && d.title.split(/\s+/).length <= MAX_TITLE_WORDS ? surfaceKey(d.title) : null;
        if (d.alias === key || titleKey === key) {
          source = d;
          break;
        }
      }
      if (source) {
        Object.assign(fact, { instrument: source.instrument!, instrumentKind: source.kind, title: fact.title ?? source.title, resolved: true });
        fact.flags.push('short-title');
        settle(doc, fact);
        continue;
      }
      // 2. the lexicon, when the publication date makes it unambiguous
      const id = pending.mention.lexicon[0];
      const entry = id ? INSTRUMENT_BY_ID.get(id) : undefined;
      if (!entry || !entry.shortTitleFrom || !doc.published || doc.published < entry.shortTitleFrom) continue;
      Object.assign(fact, { instrument: entry.id, instrumentKind: entry.kind, title: fact.title ?? entry.title, resolved: true });
      fact.flags.push('short-title');
      if (!fact.evidence.implied.includes('instrument')) fact.evidence.implied.push('instrument');
      settle(doc, fact);
    }
    return facts;
  },
};
