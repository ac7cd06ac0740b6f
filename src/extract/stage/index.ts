/**
 * The stage extractors, in the order they run. Overlapping mentions are settled by the longest
 * ("penetapan calon terpilih" over "penetapan calon"), and an article set abroad keeps no stage;
 * then each mention takes the election and dates of its sentence, mentions of one stage merge,
 * and dates are checked against the official schedules.
 */
import type { KindModule, Refiner } from '../types.js';
import { removeOverlaps } from '../../refine/common.js';
import { variant } from './variant.js';
import { verification } from './verification.js';
import { candidacy, candidacySubmitted } from './candidacy.js';
import { qualification } from './qualification.js';
import { adhocRecruitment } from './adhoc-recruitment.js';
import { logistics } from './logistics.js';
import { voterList } from './voter-list.js';
import { planning } from './planning.js';
import { inauguration } from './inauguration.js';
import { dispute } from './dispute.js';
import { isForeignDoc } from './context.js';
import { stageContextResolver } from '../../resolve/stage-context.js';
import { stageMergeResolver } from '../../resolve/stage-merge.js';
import { stageScheduleResolver } from '../../resolve/stage-schedule.js';

/** Among overlapping stage mentions keep the longest: "rekapitulasi DPT" over "rekapitulasi". */
const overlaps: Refiner<'stage'> = { id: 'stage/overlaps', refine: (facts) => removeOverlaps(facts) };

/**
 * An article set abroad as a whole (context.ts isForeignDoc: Bolivia's Morales, Trump and
 * Clinton) names no stage of an Indonesian election, whatever its words ("tim kampanyenya").
 */
const foreignSetting: Refiner<'stage'> = { id: 'stage/foreign-setting', refine: (facts, doc) => (facts.length > 0 && isForeignDoc(doc) ? [] : facts) };

export const stageModule: KindModule<'stage'> = {
  kind: 'stage',
  extractors: [
    // 1. lexicon variants: "pemuktahiran data pemilih", "coklit", "masa kampanye"
    variant,
    // 2. "verifikasi administrasi/faktual" read by what is verified
    verification,
    // 3. verbs of candidacy: "mendaftarkan diri ke KPU", "mencalonkan diri sebagai Presiden"
    candidacy,
    // 3b. candidacy set or submitted: "penetapan Pak Jokowi sebagai calon", "mengajukan calon presiden"
    candidacySubmitted,
    // 4. "dinyatakan tak lolos" read by who is declared: a candidate or a party
    qualification,
    // 5. verbs of recruiting ad hoc bodies: "merekrut ... ad hoc"
    adhocRecruitment,
    // 6. verbs of handling logistics: "surat suara akan dikirim melalui pos"
    logistics,
    // 7. verbs of listing voters: "kami masukkan dalam daftar pemilih"
    voterList,
    // 8. drafting the commission's regulations: "pembuatan Peraturan KPU"
    planning,
    // 9. inauguration of the elected: "dilantik sebagai presiden", "gubernur terpilih akan dilantik"
    inauguration,
    // 10. a dispute over an election heard by the court: "sidang sengketa Pilkada Jateng di Gedung MK"
    dispute,
  ],
  refiners: [overlaps, foreignSetting],
  resolvers: [
    // 1. election and dates from the mention's own sentence (before merging: per mention)
    stageContextResolver,
    // 2. one fact per stage id, dates and mentions united
    stageMergeResolver,
    // 3. dates against the official schedule (after merging: all dates of the stage)
    stageScheduleResolver,
  ],
};
