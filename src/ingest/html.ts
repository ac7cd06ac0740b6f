/**
 * News HTML -> title, canonical URL, publication time and the article body as plain text.
 *
 * Handles: the body container by common selectors (`[itemprop=articleBody]`, `.detail__body-text`,
 * `.read__content`, `#content_news` … in `ingest-html.json`) checked against a text-density
 * score, or by density alone on unknown templates; nav/script/style/share blocks, photo captions
 * and credits, "Baca juga" / "Berita Terkait" boxes inside the body container, link lists, editor,
 * copyright and initials lines ("Editor: Ade Marboen", "COPYRIGHT © ANTARA 2015", "(fyk/fay)");
 * gallery pages whose only text is photo captions; the title as the visible headline (an h1 that
 * agrees with og:title/<title>, else the <title> without the site name); og:url/canonical (empty
 * ones ignored, utm junk cut); the time from meta tags, JSON-LD `datePublished` or `<time>`;
 * a page declaring iso-8859-1 that is valid UTF-8; a second complete document inlined in <body>;
 * CRLF.
 * Not here: normalization and datelines (article.ts), reading files (index.ts).
 */
import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { z } from 'zod';
import { lexiconPath } from '../lexicon/load.js';
import { readFileSync } from 'node:fs';
import { isBoilerplateLine } from '../text/sentences.js';
import { parseDateline } from '../text/dateline.js';
import { decodeText, type Decoded } from './decode.js';
import { normalizePublished } from './published.js';
import { articleFromText, buildArticle, isProblem, type ArticleProblem } from './article.js';
import type { Article } from '../types.js';
import type { ReadItem } from './index.js';

const HtmlLexiconSchema = z.object({
  source: z.string(),
  bodySelectors: z.array(z.string().min(1)),
  dropTags: z.array(z.string().min(1)),
  dropSelectors: z.array(z.string().min(1)),
  dropClassWords: z.array(z.string().min(1)),
  relatedHeadings: z.array(z.string().min(1)),
});
const LEX = HtmlLexiconSchema.parse(JSON.parse(readFileSync(lexiconPath('ingest-html.json'), 'utf8')));
const DROP_TAGS = new Set(LEX.dropTags);
const DROP_SELECTOR = LEX.dropSelectors.join(', ');
const DROP_CLASS_WORDS = new Set(LEX.dropClassWords.map((w) => w.toLowerCase()));
// "Baca juga", "Berita Terkait:" as the start of a block's text
const RELATED_HEADING = new RegExp(`^\\s*(?:${LEX.relatedHeadings.map((h) => h.replace(/\s+/g, '\\s+')).join('|')})\\b\\s*[:：]?`, 'i');

// Tags whose content is never visible text: dropped from the whole page before anything else.
const INVISIBLE_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'object', 'embed', 'iframe', 'frame', 'frameset', 'map', 'head', 'title', 'meta', 'link', 'button', 'select', 'input', 'textarea', 'option']);
// Block-level tags: a line break before and after their text.
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul', 'body', 'html', 'caption',
]);
// Containers of prose for the density score: their direct text counts as a paragraph.
const PARAGRAPH_TAGS = new Set(['p', 'div', 'td', 'section', 'article', 'blockquote', 'span', 'font', 'li', 'main', 'pre']);

export interface HtmlArticle {
  title: string | null;
  url: string | null;
  published: string | null;
  publishedRaw: string | null;
  siteName: string | null;
  /** body text, paragraphs separated by blank lines (not yet normalized) */
  body: string;
  /** how the body container was chosen: a selector, "density" or "captions" */
  container: string;
}

/** The charset a page declares in its first bytes (<meta charset>, http-equiv), or null. */
export function declaredCharset(buf: Uint8Array): string | null {
  const head = Buffer.from(buf.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1] : null;
}

/** Decode HTML bytes: valid UTF-8 wins over a wrong declaration; a real legacy charset is honoured. */
export function decodeHtml(buf: Uint8Array): Decoded {
  return decodeText(buf, declaredCharset(buf));
}

const isElement = (n: AnyNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';

function removeNode(n: AnyNode): void {
  const parent = n.parent;
  if (!parent) return;
  const i = parent.children.indexOf(n as never);
  if (i >= 0) parent.children.splice(i, 1);
  if (n.prev) n.prev.next = n.next;
  if (n.next) n.next.prev = n.prev;
  n.parent = null;
}

// Remove invisible tags and comments from the whole tree (iteratively: pages nest deeply).
function stripInvisible(root: AnyNode): void {
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (!('children' in n)) continue;
    const kids = (n as Element).children;
    const keep: AnyNode[] = [];
    for (const c of kids) {
      if (c.type === 'comment' || c.type === 'directive' || c.type === 'cdata') continue;
      if (isElement(c) && INVISIBLE_TAGS.has(c.name)) continue;
      keep.push(c);
    }
    if (keep.length !== kids.length) {
      for (let i = 0; i < keep.length; i++) {
        keep[i].prev = keep[i - 1] ?? null;
        keep[i].next = keep[i + 1] ?? null;
      }
      (n as Element).children = keep as Element['children'];
    }
    for (const c of keep) stack.push(c);
  }
}

const WS = /[ \t\n\r\f]+/g;

interface TextStats {
  text: number;
  link: number;
}

interface Measure extends TextStats {
  /** the subtree's text when short (raw length ≤ SMALL_TEXT), else null */
  small: string | null;
  raw: number;
}
const SMALL_TEXT = 1500;
const measures = new WeakMap<AnyNode, Measure>();

// Text, link-text and short-text measures of every node under `root`, in one iterative post-order
// pass (no recursion, no re-walk per ancestor: pages nest thousands of <div>s deep).
function measure(root: AnyNode): Measure {
  const done = measures.get(root);
  if (done) return done;
  const stack: Array<[AnyNode, boolean]> = [[root, false]];
  while (stack.length) {
    const [n, visited] = stack.pop()!;
    if (n.type === 'text') {
      const data = (n as unknown as { data: string }).data;
      measures.set(n, { text: data.replace(WS, ' ').trim().length, link: 0, small: data.length <= SMALL_TEXT ? data : null, raw: data.length });
      continue;
    }
    const kids = 'children' in n ? (n as Element).children : [];
    if (!visited) {
      stack.push([n, true]);
      for (const c of kids) if (!measures.has(c)) stack.push([c, false]);
      continue;
    }
    let text = 0;
    let link = 0;
    let raw = 0;
    for (const c of kids) {
      const m = measures.get(c);
      if (!m) continue;
      text += m.text;
      link += m.link;
      raw += m.raw;
    }
    const small = raw <= SMALL_TEXT ? kids.map((c) => measures.get(c)?.small ?? '').join('') : null;
    if (isElement(n) && n.name === 'a') link = text;
    measures.set(n, { text, link, small, raw });
  }
  return measures.get(root)!;
}

// Visible text length and link text length under a node (measured once per node).
function stats(n: AnyNode): TextStats {
  return measure(n);
}

// The text of a node: from the measure when short, else by walking it.
function textOf($: CheerioAPI, n: AnyNode): string {
  return measure(n).small ?? $(n as Element).text();
}

function classWords(el: Element): string[] {
  const raw = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.toLowerCase();
  if (!raw.trim()) return [];
  const words: string[] = [];
  for (const token of raw.split(/\s+/)) {
    if (!token) continue;
    words.push(token);
    for (const w of token.split(/[-_]+/)) if (w && w !== token) words.push(w);
  }
  return words;
}

/** Plain text of a subtree: blocks on their own lines (blank line between), <br> a line break. */
export function blockText(root: AnyNode): string {
  const out: string[] = [];
  // iterative walk: a string marks the end of a block
  const stack: Array<AnyNode | string> = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (typeof n === 'string') {
      out.push(n);
      continue;
    }
    if (n.type === 'text') {
      out.push((n as unknown as { data: string }).data.replace(WS, ' '));
      continue;
    }
    if (isElement(n) && n.name === 'br') {
      out.push('\n');
      continue;
    }
    if (!('children' in n)) continue;
    const block = isElement(n) && BLOCK_TAGS.has(n.name);
    if (block) {
      out.push('\n\n');
      stack.push('\n\n');
    }
    const kids = (n as Element).children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out.join('');
}

// ---------------------------------------------------------------- container choice

interface Candidate {
  el: Element;
  score: number;
}

/**
 * Readability-style density: every paragraph (a <p> or a block holding one paragraph) scores
 * 1 + commas + length/100 (max 3) for its container and half of that for the container's
 * parent; a block holding several <br>-separated paragraphs scores them for itself. A
 * container's score is discounted by its link density.
 */
function densityWinner($: CheerioAPI, body: Element): Element | null {
  const scores = new Map<Element, number>();
  const add = (el: Element | null, s: number) => {
    if (el && el.type === 'tag') scores.set(el, (scores.get(el) ?? 0) + s);
  };
  const scoreOf = (t: string) => 1 + (t.match(/,/g)?.length ?? 0) + Math.min(Math.floor(t.length / 100), 3);
  const stack: AnyNode[] = [body];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    // the element's own text, cut into paragraphs at <br> and at block children
    const segments: string[] = [];
    let current = '';
    let hasBlock = false;
    const cut = () => {
      const t = current.replace(WS, ' ').trim();
      if (t.length >= 25) segments.push(t);
      current = '';
    };
    for (const c of n.children) {
      if (c.type === 'text') current += (c as unknown as { data: string }).data;
      else if (isElement(c)) {
        stack.push(c);
        if (c.name === 'br') cut();
        else if (BLOCK_TAGS.has(c.name)) {
          hasBlock = true;
          cut();
        } else current += textOf($, c);
      }
    }
    cut();
    if (segments.length === 0 || !PARAGRAPH_TAGS.has(n.name)) continue;
    const parent = (n.parent as Element | null) ?? null;
    if ((segments.length === 1 && !hasBlock) || n.name === 'p') {
      // a paragraph (<p> even with <br>s inside, or a div/span holding one): it scores for its container
      const sc = segments.reduce((sum, t) => sum + scoreOf(t), 0);
      add(parent, sc);
      add((parent?.parent as Element | null) ?? null, sc / 2);
    } else {
      // br-separated paragraphs directly in this element: it is a container itself
      const sc = segments.reduce((sum, t) => sum + scoreOf(t), 0);
      add(n, sc);
      add(parent, sc / 2);
    }
  }
  let best: Candidate | null = null;
  for (const [el, score] of scores) {
    const st = stats(el);
    const adjusted = score * (1 - (st.text ? st.link / st.text : 0));
    if (!best || adjusted > best.score) best = { el, score: adjusted };
  }
  return best?.el ?? null;
}

const CREDIT_BLOCK = /^(?:penulis|editor|reporter|pewarta|sumber|fotografer|penyunting|redaktur|kontributor)\s*:?\s*:?\s*[\p{L}.,' ]{0,80}$/iu;

// Drop boilerplate elements inside the chosen container.
function cleanContainer($: CheerioAPI, container: Element): void {
  const total = stats(container).text || 1;
  $(container).find(DROP_SELECTOR).each((_, el) => {
    if (stats(el).text < total * 0.5) removeNode(el);
  });
  const stack: AnyNode[] = [...container.children];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (DROP_TAGS.has(n.name)) {
      removeNode(n);
      continue;
    }
    const st = stats(n);
    const words = classWords(n);
    if (words.some((w) => DROP_CLASS_WORDS.has(w)) && st.text < total * 0.5) {
      removeNode(n);
      continue;
    }
    const text = st.text < 700 ? textOf($, n).replace(WS, ' ').trim() : '';
    // "Penulis : Ferril Dennys" split over label and value elements (kompas)
    if (text.length < 120 && CREDIT_BLOCK.test(text)) {
      removeNode(n);
      continue;
    }
    // "Baca juga: ..." / "Berita Terkait" boxes; a bare heading takes the list after it along
    if (RELATED_HEADING.test(text) && text.length < 700) {
      if (text.replace(RELATED_HEADING, '').trim().length < 3) removeLinksAfter(n);
      removeNode(n);
      continue;
    }
    // link lists: mostly link text, not much of it
    if (n.name !== 'a' && st.text > 0 && st.link / st.text > 0.6 && st.text < 1500 && st.text < total * 0.5 && (BLOCK_TAGS.has(n.name) || n.name === 'span')) {
      removeNode(n);
      continue;
    }
    removeLinkRuns(n);
    for (const c of n.children) stack.push(c);
  }
  removeLinkRuns(container);
}

const isBlankText = (n: AnyNode) => n.type === 'text' && !(n as unknown as { data: string }).data.trim();

// After a bare "Berita Terkait" / "Jangan Lewatkan" heading: the list, or the run of links and <br>s, that follows.
function removeLinksAfter(heading: AnyNode): void {
  let next = heading.next;
  while (next) {
    const after: AnyNode | null = next.next;
    if (isBlankText(next) || (isElement(next) && (next.name === 'a' || next.name === 'br'))) removeNode(next);
    else if (isElement(next) && (next.name === 'ul' || next.name === 'ol' || stats(next).link > stats(next).text * 0.5)) {
      removeNode(next);
      break;
    } else break;
    next = after;
  }
}

// A run of sibling links separated only by <br> or spaces ("<a>…</a><br/><a>…</a><br/>…") is a link list.
function removeLinkRuns(parent: Element): void {
  let run: AnyNode[] = [];
  let links = 0;
  let breaks = 0;
  const flush = () => {
    if (links >= 3 || (links >= 2 && breaks >= 1)) for (const r of run) removeNode(r);
    run = [];
    links = 0;
    breaks = 0;
  };
  for (const c of [...parent.children]) {
    if (isElement(c) && c.name === 'a') {
      run.push(c);
      links++;
    } else if (isElement(c) && c.name === 'br') {
      run.push(c);
      breaks++;
    } else if (isBlankText(c)) run.push(c);
    else flush();
  }
  flush();
}

// ---------------------------------------------------------------- line clean-up

const CAPTION_LINE = /(?:\b(?:foto|photo|ilustrasi|dok(?:umentasi)?|sumber foto|mandatory credit|getty images|reuters|antara foto|istimewa)\s*[:/]|\b(?:doc|dok)\.\s|©)/i;
const SENTENCE_END = /[.!?"”’)]$/;

/** Characters in lines that read like sentences (end in . ! ? or a closing quote). */
function proseLength(body: string): number {
  let n = 0;
  for (const line of body.split('\n')) if (line.length >= 20 && SENTENCE_END.test(line.trim())) n += line.length;
  return n;
}

// Keep article lines: no boilerplate, no caption or credit lines, no page furniture or repeated
// headline before the lead.
function cleanLines(body: string, title: string | null = null): string {
  const titleKey = title ? title.replace(WS, ' ').trim().toLowerCase() : null;
  const lines = body.split('\n').map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim());
  const kept: string[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (!line) {
      kept.push('');
      continue;
    }
    // a bare "Baca juga:" / "Berita Terkait" line takes the headline lines after it along
    if (RELATED_HEADING.test(line) && line.replace(RELATED_HEADING, '').trim().length < 3) {
      let j = k + 1;
      for (let taken = 0; j < lines.length && taken < 8; j++) {
        if (!lines[j]) continue;
        if (lines[j].length > 150 || SENTENCE_END.test(lines[j]) || /[.!?]["”]?$/.test(lines[j])) break;
        taken++;
      }
      k = j - 1;
      continue;
    }
    if (isBoilerplateLine(line)) continue;
    if (titleKey && kept.length < 12 && line.toLowerCase() === titleKey) continue;
    // "… dikenangMandatory Credit: Ben Radford /Allsport Foto: Ben Radford /Allsport", "Dian Sastro … © instagram.com/…"
    if (CAPTION_LINE.test(line) && !SENTENCE_END.test(line) && line.length < 400) continue;
    kept.push(line);
  }
  // page furniture before the lead: short lines without sentence punctuation ("2", "Home > Ekonomi"),
  // and anything (a photo caption) before a dateline among the first lines ("TEMPO.CO, Jakarta - …")
  let first = 0;
  for (let k = 1, seen = 0; k < kept.length && seen < 4; k++) {
    if (!kept[k]) continue;
    seen++;
    if (parseDateline(kept[k], 0, () => false)) {
      first = k;
      break;
    }
  }
  while (first < kept.length) {
    const l = kept[first];
    if (l === '' || (l.length < 40 && !SENTENCE_END.test(l) && !/[-–—]\s*$/.test(l) && !/,/.test(l))) first++;
    else break;
  }
  // and after the last sentence: bylines ("DINI TEJA"), initials, single words
  let last = kept.length;
  while (last > first) {
    const l = kept[last - 1];
    if (l === '' || (l.length < 40 && !SENTENCE_END.test(l) && (/^[\p{Lu}\s.'’-]+$/u.test(l) || l.split(' ').length <= 3))) last--;
    else break;
  }
  // a dateline alone on its line ("Jakarta -" in a <strong> block) joins its lead
  const out = kept.slice(first, last);
  for (let k = 0; k < Math.min(out.length - 1, 6); k++) {
    if (/^[^.!?\n]{2,60}\s(?:--?|[–—])$/.test(out[k])) {
      let j = k + 1;
      while (j < out.length && !out[j]) j++;
      if (j < out.length) {
        out[k] = `${out[k]} ${out[j]}`;
        out.splice(k + 1, j - k);
      }
      break;
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

// ---------------------------------------------------------------- metadata

function meta($: CheerioAPI, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = $(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`).first().attr('content');
    if (v && v.trim()) return v.trim();
  }
  return null;
}

function jsonLdValues($: CheerioAPI, key: string): string[] {
  const found: string[] = [];
  $('script[type="application/ld+json"]').each((_, el) => {
    const raw = $(el).text();
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      // many pages have control characters or trailing commas in JSON-LD: a regex look-up instead
      const m = new RegExp(`"${key}"\\s*:\\s*"([^"]+)"`).exec(raw);
      if (m) found.push(m[1]);
      return;
    }
    const stack: unknown[] = [data];
    while (stack.length) {
      const v = stack.pop();
      if (Array.isArray(v)) stack.push(...v);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (typeof o[key] === 'string') found.push(o[key] as string);
        for (const x of Object.values(o)) if (x && typeof x === 'object') stack.push(x);
      }
    }
  });
  return found;
}

function cleanUrl(u: string | null | undefined): string | null {
  if (!u) return null;
  let s = u.trim();
  if (!/^https?:\/\//i.test(s)) return null;
  // kompas: "...200.jutautm.sourcewputm.mediumboxutm.campaignkhlwp" (utm parameters glued on)
  s = s.replace(/(?<![?&])utm[._]?source.*$/i, '').replace(/[?&]$/, '');
  try {
    const url = new URL(s);
    for (const k of [...url.searchParams.keys()]) if (/^utm_/i.test(k)) url.searchParams.delete(k);
    return url.toString();
  } catch {
    return null;
  }
}

const tokens = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

// The headline: an h1/h2 that agrees with og:title/<title>, else <title> without the site name.
function pickTitle($: CheerioAPI, siteName: string | null): string | null {
  const headTitle = $('head > title').first().text() || $('title').first().text();
  const metaTitle = meta($, 'og:title', 'twitter:title', 'title') ?? headTitle;
  const reference = [metaTitle, headTitle, ...jsonLdValues($, 'headline')].filter((s) => s && s.trim());
  const refTokens = reference.map((r) => new Set(tokens(r)));
  let best: { text: string; score: number } | null = null;
  $('h1, h2, .jdl-detail, .h5.global-detail, [itemprop=headline]').each((_, el) => {
    const text = $(el).text().replace(WS, ' ').trim();
    if (!text || text.length > 300) return;
    // a heading that is all link is a logo or a section link: "Okezone.com - Experience The Zone"
    const st = stats(el);
    if (st.text > 0 && st.link >= st.text) return;
    const t = tokens(text);
    if (t.length === 0) return;
    for (const ref of refTokens) {
      if (ref.size === 0) continue;
      const common = t.filter((w) => ref.has(w)).length;
      // most heading words in the reference, and most of the reference (minus a site suffix) in the heading
      const precision = common / t.length;
      const recall = common / ref.size;
      const score = precision * 2 + recall;
      // ties: the shorter heading (without a site suffix)
      if (precision >= 0.8 && recall >= 0.5 && (!best || score > best.score || (score === best.score && text.length < best.text.length))) best = { text, score };
    }
  });
  if (best) return (best as { text: string }).text;
  return stripSiteName(metaTitle || headTitle, siteName);
}

const SITE_SEPARATOR = /\s+(?:[|–—-]|::)\s+/;
const SITE_LIKE = /\.(?:com|co\.id|id|net|org|co)\b|\b(?:online|news|tv)\s*$/i;

/** "Judul - Kompas.com" -> "Judul"; "KapanLagi.com: Judul" -> "Judul". */
export function stripSiteName(title: string | null, siteName: string | null = null): string | null {
  if (!title) return null;
  let t = title.replace(WS, ' ').trim();
  const site = siteName?.toLowerCase().trim() ?? null;
  t = t.replace(/^[\p{L}\p{N}]+\.(?:com|co\.id|id)\s*:\s*/iu, '');
  const parts = t.split(SITE_SEPARATOR);
  if (parts.length > 1) {
    const content = parts.filter((p) => !SITE_LIKE.test(p) && !(site && (p.toLowerCase() === site || p.toLowerCase().includes(site))));
    const pool = content.length ? content : parts;
    t = pool.reduce((a, b) => (b.length > a.length ? b : a));
  }
  return t || null;
}

function pickPublished($: CheerioAPI): { published: string | null; raw: string | null } {
  // in order of trust; the first one with a clock time wins, else the first with a day
  const metas = (...keys: string[]) => keys.map((k) => meta($, k));
  const candidates: (string | null)[] = [
    ...metas('article:published_time', 'og:article:published_time'),
    ...jsonLdValues($, 'datePublished'),
    ...metas('datePublished', 'dtk:publishdate', 'publishdate', 'pubdate', 'publish-date', 'publish_date', 'date', 'DC.date.issued', 'dc.date', 'sailthru.date', 'parsely-pub-date', 'content_PublishedDate'),
    $('[itemprop=datePublished]').first().attr('content') ?? $('[itemprop=datePublished]').first().attr('datetime') ?? null,
    $('time[datetime]').first().attr('datetime') ?? null,
  ];
  let dayOnly: { published: string; raw: string } | null = null;
  for (const raw of candidates) {
    if (!raw) continue;
    const published = normalizePublished(raw);
    if (!published) continue;
    if (published.includes('T')) return { published, raw };
    dayOnly ??= { published, raw };
  }
  return dayOnly ?? { published: null, raw: null };
}

// ---------------------------------------------------------------- entry point

const MAX_DEPTH = 400;

function treeDepth(root: AnyNode): number {
  let max = 0;
  const stack: Array<[AnyNode, number]> = [[root, 0]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    if (d > max) max = d;
    if (max > MAX_DEPTH) return max;
    if ('children' in n) for (const c of (n as Element).children) stack.push([c, d + 1]);
  }
  return max;
}

// The whole visible text of a page, without the container search (deep-nesting fallback).
function plainPage($: CheerioAPI): HtmlArticle {
  const root = $.root().get(0) as unknown as AnyNode;
  const titleEl = (root as Element).children.find((c) => isElement(c) && c.name === 'html') as Element | undefined;
  const head = titleEl?.children.find((c) => isElement(c) && c.name === 'head') as Element | undefined;
  const t = head?.children.find((c) => isElement(c) && c.name === 'title');
  const title = t ? stripSiteName(textOf($, t)) : null;
  stripInvisible(root);
  return { title, url: null, published: null, publishedRaw: null, siteName: null, body: cleanLines(blockText(root), title), container: 'plain' };
}

/** Title, URL, time and body text of an HTML page (already decoded). Never throws on odd markup. */
export function extractHtml(html: string): HtmlArticle {
  const $ = load(html);
  // selector queries walk the tree with per-level array shifts: on a pathologically deep page
  // (thousands of nested <div>s, no real news template) read the text plainly instead
  if (treeDepth($.root().get(0) as unknown as AnyNode) > MAX_DEPTH) return plainPage($);
  // a short outlet name only: some pages put the headline in og:site_name
  const rawSite = meta($, 'og:site_name', 'application-name');
  const siteName = rawSite && rawSite.length <= 40 && rawSite.split(/\s+/).length <= 4 ? rawSite : null;
  const title = pickTitle($, siteName);
  const url = cleanUrl($('link[rel=canonical]').first().attr('href')) ?? cleanUrl(meta($, 'og:url', 'twitter:url'));
  const { published, raw: publishedRaw } = pickPublished($);
  const bodyEl = ($('body').get(0) as Element | undefined) ?? ($.root().get(0) as unknown as Element);
  stripInvisible(bodyEl);
  const density = densityWinner($, bodyEl);
  const densityText = density ? stats(density).text : 0;
  let container: Element | null = null;
  let how = 'density';
  for (const sel of LEX.bodySelectors) {
    let bestEl: Element | null = null;
    let bestLen = 0;
    $(sel).each((_, el) => {
      const len = stats(el).text - stats(el).link;
      if (len > bestLen) {
        bestLen = len;
        bestEl = el as Element;
      }
    });
    // a known container with real prose, not an empty or teaser copy of it
    if (bestEl && bestLen >= 60 && bestLen >= densityText * 0.3) {
      container = bestEl;
      how = sel;
      break;
    }
  }
  container ??= density;
  // gallery pages have no prose, only photo captions: keep them before the clean-up drops captions
  const captions = [
    ...new Set(
      $('figcaption, [class*=caption]')
        .map((_, el) => $(el).text().replace(WS, ' ').trim())
        .get()
        .filter((t: string) => t.length >= 40 && /[.!?)]$/.test(t)),
    ),
  ];
  let body = '';
  if (container) {
    cleanContainer($, container);
    body = cleanLines(blockText(container), title);
  }
  if (proseLength(body) < 80 && captions.length) {
    body = captions.join('\n\n');
    how = 'captions';
  }
  return { title, url, published, publishedRaw, siteName, body, container: how };
}

/** One HTML page -> an article (body text, headline, URL, time) or a problem. */
export function htmlArticle(html: string, init: { id: string; path: string }): Article | ArticleProblem {
  let page: HtmlArticle;
  try {
    page = extractHtml(html);
  } catch (err) {
    // pathological markup (nesting deep enough to exhaust the stack): one error item, not a crash
    return { code: 'html/unparseable', reason: `cannot parse the page (${(err as Error).message})` };
  }
  return buildArticle(page.body, {
    id: init.id,
    source: { path: init.path, line: null, format: 'html' },
    title: page.title,
    url: page.url,
    published: page.publishedRaw ?? null,
    publisher: page.siteName,
  });
}

/** One .html file's bytes -> an article or an error item. */
export function htmlItem(buf: Uint8Array, ctx: { path: string; id: string }): ReadItem {
  const source = { path: ctx.path, line: null, format: 'html' as const };
  const decoded = decodeHtml(buf);
  if (!decoded.ok) return { type: 'error', error: { source, id: ctx.id, code: decoded.code, reason: `${ctx.path}: ${decoded.reason}` } };
  const article = htmlArticle(decoded.text, ctx);
  if (isProblem(article)) {
    const reason = article.code === 'input/empty' ? 'no article body found in the page' : article.reason;
    return { type: 'error', error: { source, id: ctx.id, code: article.code, reason: `${ctx.path}: ${reason}` } };
  }
  return { type: 'article', article };
}

/** One HTML page (string or bytes) -> Article. Never throws: an unreadable page gives an empty article. */
export function articleFromHtml(html: string | Buffer, init: { id: string; path?: string }): Article {
  const path = init.path ?? init.id;
  let text: string;
  if (typeof html === 'string') text = html;
  else {
    const item = htmlItem(html, { path, id: init.id });
    if (item.type === 'article') return item.article;
    text = '';
  }
  const built = htmlArticle(text, { id: init.id, path });
  if (!isProblem(built)) return built;
  return articleFromText('', { id: init.id, format: 'html', path });
}
