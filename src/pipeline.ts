/**
 * The extraction pipeline: for each fact kind in a fixed order, extractors -> refiners ->
 * resolvers; then the facts of every kind are merged by identity (mentions) and sorted.
 *
 * The kind order matters: dates first (stages link the dates of their clause), institutions
 * before officials (an office binds to its institution), stages and citations last.
 * `defaultPipeline` is frozen; `createPipeline()` clones it with changes (unified's manner).
 */
import { createDoc, makeFact, type Doc } from './doc.js';
import type { ExtractContext, Extractor, KindModule, PatternExtractor } from './extract/types.js';
import { matchesAt, stickyCopy } from './extract/word-anchors.js';
import { dateModule } from './extract/date/index.js';
import { institutionModule } from './extract/institution/index.js';
import { officialModule } from './extract/official/index.js';
import { stageModule } from './extract/stage/index.js';
import { citationModule } from './extract/citation/index.js';
import { mergeMentions } from './refine/common.js';
import type { Article, Fact, FactKind, FactOf, Message } from './types.js';

export interface Pipeline {
  readonly modules: readonly KindModule[];
}

export interface Extraction {
  article: Article;
  facts: Fact[];
  messages: Message[];
}

// Order of kinds: see the module comment.
const DEFAULT_MODULES = [dateModule, institutionModule, officialModule, stageModule, citationModule] as KindModule[];

export const defaultPipeline: Pipeline = Object.freeze({ modules: Object.freeze([...DEFAULT_MODULES]) });

/** A pipeline with only some kinds, or other modules, for experiments and benchmarks. */
export function createPipeline(options: { kinds?: FactKind[]; modules?: KindModule[] } = {}): Pipeline {
  let modules = options.modules ?? [...defaultPipeline.modules];
  if (options.kinds) modules = modules.filter((m) => options.kinds!.includes(m.kind));
  return Object.freeze({ modules: Object.freeze(modules) });
}

function contextFor<K extends FactKind>(doc: Doc, kind: K, rule: string): ExtractContext<K> {
  return {
    doc,
    rule,
    fact: (start, end, value, init) => makeFact(doc, kind, rule, start, end, value, init),
    message(level, code, message, start, end) {
      doc.messages.push({ level, code, message, start: start ?? null, end: end ?? null });
    },
  };
}

// `boilerplate`: the document has a boilerplate sentence, so facts and matches need the check
function runExtractor<K extends FactKind>(doc: Doc, ex: Extractor<K>, boilerplate: boolean): FactOf<K>[] {
  const ctx = contextFor(doc, ex.kind, ex.id);
  if ('scan' in ex) {
    const facts = ex.scan(ctx);
    return boilerplate ? facts.filter((f) => !doc.sentenceAt(f.start).boilerplate) : facts;
  }
  const out: FactOf<K>[] = [];
  const take = (m: RegExpExecArray) => {
    if (boilerplate && doc.sentenceAt(m.index).boilerplate) return;
    const r = ex.extract(m, ctx);
    if (Array.isArray(r)) out.push(...r);
    else if (r) out.push(r);
  };
  if (ex.anchors) {
    for (const m of matchesAt(ex.stickyAt?.(doc) ?? stickyOf(ex), doc.text, ex.anchors(doc))) take(m);
    return out;
  }
  const re = ex.pattern;
  re.lastIndex = 0;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    take(m);
  }
  return out;
}

const STICKY = new WeakMap<PatternExtractor, RegExp>();
function stickyOf(ex: PatternExtractor<FactKind>): RegExp {
  let re = STICKY.get(ex);
  if (!re) STICKY.set(ex, (re = stickyCopy(ex.pattern)));
  return re;
}

/** Extract every fact kind of the pipeline from one article. Never throws on odd text. */
export function extractArticle(article: Article, pipeline: Pipeline = defaultPipeline): Extraction {
  const doc = createDoc(article);
  const boilerplate = doc.sentences.some((s) => s.boilerplate);
  for (const mod of pipeline.modules) {
    let facts: Fact[] = [];
    for (const ex of mod.extractors) {
      try {
        facts.push(...runExtractor(doc, ex as Extractor, boilerplate));
      } catch (err) {
        doc.messages.push({ level: 'warning', code: 'extractor/error', message: `${ex.id}: ${(err as Error).message}`, start: null, end: null });
      }
    }
    for (const r of mod.refiners) facts = r.refine(facts as never[], doc);
    for (const r of mod.resolvers) facts = r.resolve(facts as never[], doc);
    doc.facts.push(...facts);
  }
  // mergeMentions returns the facts in output order (compareFacts)
  const facts = mergeMentions(doc.facts);
  return { article, facts, messages: doc.messages };
}
