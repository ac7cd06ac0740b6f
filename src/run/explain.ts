/**
 * `pilah explain <file>`: every fact of an article with 30 characters of context either side
 * and the rule that found it, for checking a claim against the text in seconds.
 */
import { readArticles } from '../ingest/index.js';
import { extractArticle } from '../pipeline.js';
import type { Fact } from '../types.js';

const CONTEXT = 30;

function value(f: Fact): string {
  switch (f.kind) {
    case 'date':
      return f.value;
    case 'official':
      return `${f.name} — ${f.position}${f.institution ? ` ${f.institution}` : ''}${f.region ? ` (${f.region})` : ''}`;
    case 'institution':
      return `${f.id}${f.region ? ` (${f.region})` : ''}`;
    case 'stage':
      return f.id + (f.dates.length ? ` ${f.dates.join(', ')}` : '');
    case 'citation':
      return [f.instrument, f.pasal && `Pasal ${f.pasal}`, f.ayat && `ayat (${f.ayat})`, f.huruf && `huruf ${f.huruf}`].filter(Boolean).join(' ');
  }
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ');

export async function explain(inputs: string[], print: (s: string) => void): Promise<number> {
  let n = 0;
  for await (const item of readArticles(inputs)) {
    if (item.type === 'error') {
      print(`! ${item.error.source.path}${item.error.source.line ? `:${item.error.source.line}` : ''}: ${item.error.reason}`);
      continue;
    }
    const { article, facts, messages } = extractArticle(item.article);
    print(`# ${article.id}${article.title ? ` — ${article.title}` : ''}${article.published ? ` (${article.published})` : ''}`);
    for (const f of facts) {
      // the fact once, then each place the article states it, with its context
      const extra = [f.evidence.implied.length ? `implied: ${f.evidence.implied.join(', ')}` : '', f.flags.length ? `flags: ${f.flags.join(', ')}` : '']
        .filter(Boolean)
        .join('; ');
      print(`${f.kind.padEnd(11)} ${value(f)}  (${f.evidence.rule}, confidence ${f.confidence}${extra ? `; ${extra}` : ''})`);
      for (const m of f.mentions) {
        const before = oneLine(article.text.slice(Math.max(0, m.start - CONTEXT), m.start));
        const after = oneLine(article.text.slice(m.end, m.end + CONTEXT));
        print(`  ${String(m.start).padStart(6)}-${String(m.end).padEnd(6)} …${before}[${oneLine(m.text)}]${after}…`);
      }
      n++;
    }
    for (const m of messages) print(`${m.level}: ${m.code}: ${m.message}`);
    print('');
  }
  return n;
}
