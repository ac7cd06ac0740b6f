/**
 * Elections named in the text, to tell which election a stage belongs to.
 *
 * Handles: "Pemilu 2024", "Pemilu Tahun 2024", "Pemilu Serentak Tahun 2024" -> "Pemilu 2024";
 * "Pilkada Serentak 2024" -> "Pilkada 2024"; "Pemilihan Kepala Daerah (Pilkada) Kota Pagar Alam
 * 2024" -> "Pilkada Kota Pagar Alam 2024"; "Pilgub Jatim 2018", "Pilgub DKI Jakarta 2017",
 * "Pilpres 2019"; "Pilgub Jabar" (a region, no year).
 * Not here: a bare "Pemilu" or "pilkada" (no year, no region: not a named election); the words
 * of a body's name ("Komisi Pemilihan Umum Provinsi Lampung", "Pengawas Pemilihan Umum
 * Kelurahan/Desa"); a chamber or a rank after the election ("Pemilihan Umum Anggota Dewan
 * Perwakilan Rakyat" names no region).
 */
import type { Doc } from '../../doc.js';
import { surfacePattern } from '../citation/lexicon.js';

const KINDS: Readonly<Record<string, string>> = {
  pemilu: 'Pemilu',
  'pemilihan umum': 'Pemilu',
  pilkada: 'Pilkada',
  'pemilihan kepala daerah': 'Pilkada',
  pilpres: 'Pilpres',
  'pemilihan presiden': 'Pilpres',
  pileg: 'Pileg',
  'pemilihan legislatif': 'Pileg',
  pilgub: 'Pilgub',
  'pemilihan gubernur': 'Pilgub',
  pilbup: 'Pilbup',
  'pemilihan bupati': 'Pilbup',
  pilwalkot: 'Pilwalkot',
  pilwali: 'Pilwalkot',
  'pemilihan wali kota': 'Pilwalkot',
  'pemilihan walikota': 'Pilwalkot',
};
const KIND_ALT = Object.keys(KINDS)
  .sort((a, b) => b.length - a.length)
  .map(surfacePattern)
  .join('|');
// region words: "Jatim", "DKI Jakarta", "Kota Pagar Alam"; not a body ("Pemilu KPU Kota Makassar")
const REGION_WORD = String.raw`\s+(?!(?:Serentak|Tahun|Pemilu|Pilkada|KPU|KPUD|Bawaslu|DPR|DPRD|DPD|MK|TPS|PPK|PPS|RI|Anggota|Dewan|Kecamatan|Kelurahan|Desa)(?![\p{L}]))[\p{Lu}][\p{L}]*`;
// "Komisi Pemilihan Umum", "Pengawas Pemilu", "Panitia Pemilihan": a body named after elections
const BODY_BEFORE = String.raw`(?<!(?:[Kk]omisi|[Pp]engawas|[Pp]anitia|[Pp]enyelenggara)\s+)`;
const ELECTION = new RegExp(
  String.raw`(?<![\p{L}])${BODY_BEFORE}(?<kind>${KIND_ALT})(?:\s*\(\s*(?:${KIND_ALT})\s*\))?(?<region>(?:${REGION_WORD}){0,3})(?:\s+[Ss]erentak)?(?:\s+(?:[Tt]ahun|TAHUN))?(?:\s+(?<year>(?:19|20)\d{2}))?(?![\p{N}])`,
  'gu',
);

export interface ElectionMention {
  start: number;
  end: number;
  name: string;
}

/** Named elections in the document, in text order, computed once. */
export function electionMentions(doc: Doc): ElectionMention[] {
  return doc.memo('stage/elections', () => {
    const out: ElectionMention[] = [];
    ELECTION.lastIndex = 0;
    for (let m = ELECTION.exec(doc.text); m; m = ELECTION.exec(doc.text)) {
      const g = m.groups!;
      const region = g.region.trim().replace(/\s+/g, ' ');
      if (!g.year && !region) continue;
      const kind = KINDS[g.kind.toLowerCase().replace(/\s+/g, ' ')];
      if (!kind) continue;
      out.push({ start: m.index, end: m.index + m[0].length, name: [kind, region, g.year].filter(Boolean).join(' ') });
    }
    return out;
  });
}
