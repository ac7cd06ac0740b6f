/**
 * NAME + (OFFICE): the office in brackets after the person.
 *
 * Handles: "Brigjen Pol. Ramadhan (Wakapolda Lampung)", "Hasto(Kristiyanto; Sekjen PDIP)" (the
 * bracket finishes the name before the office).
 * Not here: bracketed nicknames "Bambang Soesatyo (Bamsoet)" (name.ts) and abbreviations.
 */
import type { ScanExtractor } from '../types.js';
import type { OfficialFact } from '../../types.js';
import { titleViews } from './context.js';
import { nameAt, nameEndingAt, officeReaches, officialFact } from './bind.js';
import { officeComplete, parseOfficeChain, titleAt } from './office.js';
import { withName } from './name.js';

export const nameParenOffice: ScanExtractor<'official'> = {
  id: 'official/name-paren-office',
  kind: 'official',
  scan(ctx) {
    const out: OfficialFact[] = [];
    for (const v of titleViews(ctx.doc)) {
      for (let j = 1; j < v.toks.length - 2; j++) {
        if (v.toks[j].text !== '(') continue;
        let k = j + 1;
        // "(Kristiyanto; Sekjen PDIP)": the rest of the name first
        const inner = titleAt(v, k) ? null : nameAt(v, k);
        if (inner && (v.toks[inner.next]?.text === ';' || v.toks[inner.next]?.text === ',')) k = inner.next + 1;
        else if (!titleAt(v, k)) continue;
        const chain = parseOfficeChain(v, k);
        const offices = chain.filter((o) => officeComplete(o) && (o.anchored || o.capitalized));
        if (offices.length === 0) continue;
        const end = chain[chain.length - 1].to;
        if (end >= v.toks.length || v.toks[end].text !== ')') continue;
        let name = nameEndingAt(v, j);
        if (!name) continue;
        // "Menteri Komunikasi dan Informatika (Menkominfo)": the bracket shortens the office before it
        if (!inner && officeReaches(v, j)) continue;
        if (k > j + 1 && inner) name = withName(name, { name: `${name.name} ${inner.name}`, end: inner.end });
        for (const o of offices) out.push(officialFact(ctx, o, name));
      }
    }
    return out;
  },
};
