/**
 * NAME + comma + OFFICE: the person first, the office after a comma, closed by punctuation or
 * a lower-case word.
 *
 * Handles: "Erwan Bustami, Ketua KPU Provinsi Lampung, menyampaikan ...", "Azwar Anas, Bupati
 * Banyuwangi saat ini", "Brigjen Pol. Moehammad Syafrial, perwakilan Desk Pilkada Serentak
 * Kemenko Polhukam, menekankan ...".
 * Not here: an office followed by a name ("Naldi Rinara, Ketua KPU X Erwan" gives Erwan the
 * office: office-name), a name already bound to the office before it ("Ketua KPU Lampung,
 * Erwan Bustami, anggota ..."), offices without a body or region.
 */
import type { ScanExtractor } from '../types.js';
import type { OfficialFact } from '../../types.js';
import { titleViews } from './context.js';
import { nameAt, nameEndingAt, officeEndsAt, officialFact } from './bind.js';
import { officeComplete, parseOfficeChain, titleAt } from './office.js';
import { startsLower } from '../../text/tokenize.js';


export const nameOffice: ScanExtractor<'official'> = {
  id: 'official/name-office',
  kind: 'official',
  scan(ctx) {
    const out: OfficialFact[] = [];
    for (const v of titleViews(ctx.doc)) {
      for (let i = 2; i < v.toks.length; i++) {
        if (v.toks[i - 1].text !== ',' || !titleAt(v, i)) continue;
        const chain = parseOfficeChain(v, i);
        const offices = chain.filter((o) => officeComplete(o) && o.anchored);
        if (offices.length === 0) continue;
        const end = chain[chain.length - 1].to;
        const after = end < v.toks.length ? v.toks[end] : undefined;
        // closed: end, punctuation, or a lower-case word ("saat ini", "menyampaikan")
        if (after && !(after.type === 'punct' || startsLower(after.text))) continue;
        if (after && after.text === ',' && nameAt(v, chain[chain.length - 1].to + 1) && !startsLower(v.toks[chain[chain.length - 1].to + 1].text)) {
          // "X, Ketua KPU, Erwan Bustami": the name after the office is the holder
          continue;
        }
        const name = nameEndingAt(v, i - 1);
        if (!name) continue;
        const nameFrom = v.toks.findIndex((t) => t.start === name.start);
        if (nameFrom > 0 && (officeEndsAt(v, nameFrom) || (v.toks[nameFrom - 1].text === ',' && officeEndsAt(v, nameFrom - 1)))) continue;
        for (const o of offices) out.push(officialFact(ctx, o, name, { confidence: 0.85 }));
      }
    }
    return out;
  },
};
