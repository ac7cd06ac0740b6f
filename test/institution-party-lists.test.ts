/**
 * Institutions in party tables and boards, table-driven with sentences of our own: PAN in a
 * numbered list of parties split into lines, not in "MenPAN-RB"; a party board of the first or
 * second level ("DPD II Golkar") is the party, not Dewan Perwakilan Daerah; a field of study
 * named after a body ("Ilmu Kepolisian") is not the body.
 */
import { createPipeline, extractArticle } from '../src/pipeline.js';
import type { InstitutionFact } from '../src/types.js';
import { testArticle } from './helpers/shared.js';

const pipeline = createPipeline({ kinds: ['institution'] });
const institutions = (text: string) => extractArticle(testArticle(text), pipeline).facts.filter((f): f is InstitutionFact => f.kind === 'institution');

type Row = [sentence: string, text: string, id: string, region: string | null];

describe('institutions in party lists and boards', () => {
  test.each<Row>([
    ['Perolehan kursi DPRD:\n6. Demokrat\n7. PAN\n8. PKB', 'PAN', 'partai:PAN', null],
    ['Ketua DPD II Golkar Jakarta Selatan membuka musyawarah daerah.', 'DPD II Golkar Jakarta Selatan', 'partai:Golkar', '31.74'],
    ['Rapat pleno DPD I Golkar Jawa Barat digelar di Bandung.', 'DPD I Golkar Jawa Barat', 'partai:Golkar', '32'],
  ])('%s → %s', (sentence, text, id, region) => {
    const f = institutions(sentence).find((x) => x.id === id);
    expect(f).toBeDefined();
    expect(f!.text).toBe(text);
    expect(f!.start).toBe(sentence.indexOf(text));
    expect(f!.region).toBe(region);
  });

  test.each<[sentence: string, absent: string]>([
    ['Ketua DPD II Golkar Jakarta Selatan membuka musyawarah daerah.', 'DPD'],
    ['Guru Besar Perguruan Tinggi Ilmu Kepolisian itu meminta semua pihak menahan diri.', 'Polri'],
    ['Surat edaran MenPAN-RB mengatur jam kerja ASN, 7. PAN-RB menyusun aturannya bersama Demokrat.', 'partai:PAN'],
  ])('%s: no %s', (sentence, absent) => {
    expect(institutions(sentence).map((f) => f.id)).not.toContain(absent);
  });
});
