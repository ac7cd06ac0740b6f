/**
 * The official extractors, in the order they run, then the refiners and resolvers.
 *
 * Extractors (each reads the institution facts and region mentions of the document):
 * 1. office-name: "Ketua KPU Provinsi Lampung, Erwan Bustami" and lists after a plural title,
 *    the commonest form, first;
 * 2. name-office: "Erwan Bustami, Ketua KPU ...";
 * 3. name-paren-office: "Brigjen Pol. Ramadhan (Wakapolda Lampung)";
 * 4. name-selaku-office: "Adi Susanto selaku Ketua ...", "yang saat ini menjabat ...";
 * 5. office-held-by: "Bendahara Umum PAN yang saat ini dijabat oleh Nasrullah".
 * Refiners: duplicates of one mention found by two forms are dropped, then, in an article set
 * abroad, offices that name no Indonesian body, region or "RI" (foreign offices: "Presiden Obama"),
 * then candidate pairs read as a name ("Wakil Gubernur DKI Basuki-Djarot").
 * Resolvers (src/resolve): names first ("Ramadhan" → "Ahmad Ramadhan", "M Tio Aliasnyah" → "M.
 * Tio Aliansyah"), then bodies from context for titles written without one (they need final
 * names: "M. Tio Aliansyah" is anggota KPU), then regions from context for regional heads
 * written without one ("Wakil Gubernur Deddy Mizwar" after "Wagub Jabar"), then positions of one
 * person ("Pj Sekdaprov" → "Pj Sekretaris Daerah"; before merging, so after the regions), then
 * every mention ("kata Erwan", "Pj Wako menjelaskan") once names
 * and positions are final.
 */
import type { KindModule } from '../types.js';
import { officeName } from './office-name.js';
import { nameOffice } from './name-office.js';
import { nameParenOffice } from './name-paren-office.js';
import { nameSelakuOffice } from './name-selaku-office.js';
import { officeHeldBy } from './office-held-by.js';
import { dedupeOfficials } from './dedupe.js';
import { ticketNames } from './ticket.js';
import { officialNames } from '../../resolve/official-names.js';
import { officialContext } from '../../resolve/official-context.js';
import { officialPositions } from '../../resolve/official-positions.js';
import { officialRegion } from '../../resolve/official-region.js';
import { officialMentions } from '../../resolve/official-mentions.js';

export const officialModule: KindModule<'official'> = {
  kind: 'official',
  extractors: [officeName, nameOffice, nameParenOffice, nameSelakuOffice, officeHeldBy],
  refiners: [dedupeOfficials, ticketNames],
  resolvers: [officialNames, officialContext, officialRegion, officialPositions, officialMentions],
};
