/**
 * Acronyms that name an institution only in some contexts, decided from the sentence and the
 * article; when the context does not decide, the mention is not emitted.
 *
 * Handles: PPK (Panitia Pemilihan Kecamatan vs "Hendri selaku PPK", Pejabat Pembuat Komitmen),
 * MA (Mahkamah Agung vs Madrasah Aliyah), MK (Mahkamah Konstitusi), PAN, PBB (Partai Bulan Bintang
 * vs Perserikatan Bangsa-Bangsa), Demokrat (vs the US Democratic Party), KIP (Komisi Independen
 * Pemilihan in Aceh vs Kartu Indonesia Pintar), DPD (Dewan Perwakilan Daerah vs a party's regional
 * board: "kepengurusan partai di tingkat DPD").
 * Not here: party boards followed by the party ("DPD PDIP Sumut", extract/institution/build.ts).
 */
import type { Doc } from '../../doc.js';
import { PARTY_ALTERNATION } from './lexicon.js';

export interface AcronymContext {
  doc: Doc;
  /** the acronym as matched */
  acronym: string;
  start: number;
  end: number;
  /** the sentence around it */
  sentence: string;
}

// "Panitia Pemilihan Kecamatan" spelled out, or election ad-hoc bodies and places in the sentence
const PPK_FULL = /panitia\s+pemilihan\s+kecamatan/i;
const PPK_ELECTION = /\b(?:PPS|KPPS|Pantarlih|Panwascam|Panwaslu\s+Kecamatan|kecamatan|ad\s*hoc|adhoc|TPS|rekapitulasi|pleno)\b/i;
const PPK_PROCUREMENT = /pejabat\s+pembuat\s+komitmen|pengadaan|anggaran|proyek|tender|lelang|kontrak/i;

const MA_FULL = /mahkamah\s+agung/i;
const MA_COURT = /\b(?:putusan|kasasi|hakim|peninjauan\s+kembali|uji\s+materi(?:il|l)?|gugatan|menggugat|digugat|judicial\s+review|perma)\b/i;
const MA_SCHOOL = /madrasah|aliyah|siswa|sekolah|pesantren|santri/i;

const MK_FULL = /mahkamah\s+konstitusi/i;
const MK_COURT = /\b(?:putusan|hakim|gugatan|menggugat|digugat|sengketa|PHPU|uji\s+materi(?:il|l)?|judicial\s+review|sidang|konstitusi|perkara|MKMK)\b/i;
// "berinisial MK": the article names a person by these initials
const MK_INITIALS = /inisial\s+MK\b/;
// "S-217/MK.02/2017", "Magnum MK 1": a letter's number or a model, not the court
const MK_CODE_AFTER = /^[.\s]?\d/;

// words of party politics in the sentence: "politisi PAN", "dengan PKS, Demokrat, dan PAN"
const PARTY_WORDS = /\b(?:partai|parpol|fraksi|kader|koalisi|politisi|politikus|DPP|DPW|DPD|DPC|ketua\s+umum|ketum|sekjen|sekretaris\s+jenderal|mengusung|diusung|usungan|berkoalisi|pengurus)\b/i;
const OTHER_PARTY = new RegExp(`(?<![\\p{L}\\p{N}])(?:${PARTY_ALTERNATION})(?![\\p{L}\\p{N}])`, 'gu');
const PBB_OTHER = /perserikatan\s+bangsa|pajak|bumi\s+dan\s+bangunan|dewan\s+keamanan|sekjen\s+PBB|sekretaris\s+jenderal\s+PBB/i;
// the American parties: "Trump menjadi calon Presiden Amerika Serikat dari Partai Republik"
const US_POLITICS = /partai\s+republik|amerika\s+serikat|hillary|clinton|biden|obama|kamala|trump/i;

// DPD as the chamber: "calon anggota DPD", "DPD RI", "Sidang Bersama DPR RI-DPD RI"
const DPD_CHAMBER_BEFORE = /(?:anggota|calon|caleg|senator|bacaleg|pimpinan|DPR(?:\s+RI)?\s*[-–\/])\s*$/i;
const DPD_CHAMBER_AFTER = /^\s*(?:RI\b|Republik\s+Indonesia)/;
const PAN_RB_AFTER = /^[\s-]*RB\b/;
// "PAN" after a word of party politics anywhere in the article, a board, a member or a party
// officer's title ("Ketum PAN Zulkifli Hasan", "elite PAN"): the letters are the party there
const PAN_PARTY_IN_DOC = /\b(?:DPP|DPW|DPD|DPC|[Kk]ader|[Pp]olitisi|[Pp]olitikus|[Ff]raksi|[Pp]artai|[Ee]lite?|Ketum|Waketum|Ketua\s+Umum|Sekjen|Wasekjen)\s+PAN\b(?![\s-]*RB\b)/;
const DPD_LEVEL_AFTER = /^[ \t]+I{1,2}\b/;
const DPD_FULL = /dewan\s+perwakilan\s+daerah|senator/i;
// party structure: "kepengurusan partai di tingkat DPD", "Konferda", "PAC", "ranting"
const PARTY_STRUCTURE = /\b(?:DPP|DPC|DPW|PAC|kader|Konferda|Konfercab|Musda|Musyawarah\s+Daerah|ranting|kepengurusan|musancab)\b/;

function hasOtherParty(sentence: string, acronym: string): boolean {
  OTHER_PARTY.lastIndex = 0;
  for (let m = OTHER_PARTY.exec(sentence); m; m = OTHER_PARTY.exec(sentence)) if (m[0] !== acronym) return true;
  return false;
}

function partyContext(c: AcronymContext, full: RegExp): boolean {
  return full.test(c.doc.text) || PARTY_WORDS.test(c.sentence) || hasOtherParty(c.sentence, c.acronym);
}

/**
 * Does this context-only acronym name its institution here? For KIP the caller checks the
 * region (an Aceh kabupaten/kota or Aceh itself); DPD returns false when it is a party board.
 */
export function acronymCounts(c: AcronymContext): boolean {
  const { doc, sentence } = c;
  switch (c.acronym) {
    case 'PPK':
      if (PPK_PROCUREMENT.test(sentence)) return false;
      return PPK_FULL.test(doc.text) || PPK_ELECTION.test(sentence);
    case 'MA':
      if (MA_SCHOOL.test(sentence)) return false;
      return MA_FULL.test(doc.text) || MA_COURT.test(sentence);
    case 'MK':
      if (MK_FULL.test(doc.text) || MK_COURT.test(sentence)) return true;
      // a bare "MK" is the court ("keputusan MK", "MK pernah mendiskualifikasi semua paslon")
      // unless the article uses the letters for a person, a letter's number or a model
      return !MK_INITIALS.test(doc.text) && doc.text.charAt(c.start - 1) !== '/' && !MK_CODE_AFTER.test(doc.text.slice(c.end, c.end + 2));
    case 'PAN': {
      // "MenPAN-RB", "PAN RB": the ministry of administrative reform
      if (PAN_RB_AFTER.test(doc.text.slice(c.end, c.end + 4))) return false;
      if (partyContext(c, /partai\s+amanat\s+nasional/i)) return true;
      // the article names the party so elsewhere: "DPP PAN" ... "Bendahara PAN Jatim, Agus Maimun"
      // (read once per article: a long one may write "PAN" many times)
      if (doc.memo('institution/pan-party', () => PAN_PARTY_IN_DOC.test(doc.text))) return true;
      // a numbered or tabled list of parties split into sentences: "6. Demokrat 7. PAN 8. PKB"
      return hasOtherParty(doc.text.slice(Math.max(0, c.start - 40), Math.min(doc.text.length, c.end + 40)), c.acronym);
    }
    case 'PBB':
      if (PBB_OTHER.test(sentence)) return false;
      return partyContext(c, /partai\s+bulan\s+bintang/i);
    case 'Demokrat':
      if (US_POLITICS.test(sentence) || /partai\s+republik/i.test(doc.text)) return false;
      return true;
    case 'DPD': {
      const before = doc.text.slice(Math.max(0, c.start - 40), c.start);
      const after = doc.text.slice(c.end, c.end + 25);
      // "DPD II Golkar", "DPD I Partai Golkar": a party's board of the first or second level
      if (DPD_LEVEL_AFTER.test(after)) return false;
      if (DPD_CHAMBER_AFTER.test(after) || DPD_CHAMBER_BEFORE.test(before)) return true;
      if (DPD_FULL.test(doc.text)) return true;
      return !PARTY_STRUCTURE.test(doc.text);
    }
    case 'KIP':
      return true;
    default:
      return false;
  }
}
