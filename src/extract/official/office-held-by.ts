/**
 * OFFICE + "yang dijabat (oleh)" + NAME: the office named first, its holder told with a passive
 * verb of holding.
 *
 * Handles: "Bendahara Umum PAN yang saat ini dijabat oleh Nasrullah", "posisi Menteri
 * Ketenagakerjaan (Menaker) yang ditempati oleh Yassierli", "Jabatan Panglima TNI yang kini
 * diemban Hadi", "jabatan Wakil Presiden RI yang diemban Gibran Rakabuming Raka".
 * Not here: places held ("vila yang ditempati Bieber", "wilayah yang diduduki Israel": no office
 * before the verb); a body ("Polda tipe B yang dijabat oleh Brigjen ...": a Polda is no office);
 * an office held in the past ("yang pernah dijabat"), which the verb's filler does not take.
 */
import type { ScanExtractor } from '../types.js';
import type { OfficialFact } from '../../types.js';
import { titleViews, type SentenceView } from './context.js';
import { contextualOffice, nameAt, officeEndingAt, officialFact } from './bind.js';
import { officeComplete, type OfficePhrase } from './office.js';

const HELD = new Set(['dijabat', 'diemban', 'ditempati', 'diduduki']);
// words between "yang" and the verb: "yang saat ini dijabat", "yang kini diemban"
const NOW = new Set(['kini', 'saat', 'ini', 'sekarang', 'masih']);

// an office with its body or region, or a title the article's body completes ("Kepala Bagian Keamanan")
const held = (o: OfficePhrase): boolean => officeComplete(o) || contextualOffice(o);

// the office that ends right before token `end`: with its bracketed acronym ("Menteri
// Ketenagakerjaan (Menaker)", the title's own short form, is part of the phrase) or, where the
// phrase does not take the bracket in, before it
function officeBefore(v: SentenceView, end: number): OfficePhrase | null {
  const found = officeEndingAt(v, end, held);
  if (found || !(end >= 3 && v.toks[end - 1].text === ')' && v.toks[end - 3].text === '(')) return found;
  return officeEndingAt(v, end - 3, held);
}

export const officeHeldBy: ScanExtractor<'official'> = {
  id: 'official/office-held-by',
  kind: 'official',
  scan(ctx) {
    const out: OfficialFact[] = [];
    for (const v of titleViews(ctx.doc)) {
      for (let k = 2; k < v.toks.length - 1; k++) {
        if (!HELD.has(v.lower[k])) continue;
        let y = k - 1;
        while (y > 0 && NOW.has(v.lower[y]) && k - y <= 2) y--;
        if (v.lower[y] !== 'yang') continue;
        // "(yang dijabat Pak Jalil)": the bracket opens before "yang"
        const office = officeBefore(v, v.toks[y - 1]?.text === '(' ? y - 1 : y);
        if (!office) continue;
        const n = nameAt(v, v.lower[k + 1] === 'oleh' ? k + 2 : k + 1);
        if (!n) continue;
        out.push(officialFact(ctx, office, n, { confidence: 0.8 }));
      }
    }
    return out;
  },
};
