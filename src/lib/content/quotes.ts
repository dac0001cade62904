/**
 * Quote integrity: a quote must appear verbatim in its source's archived text, and our own
 * prose must not copy long runs from any source. Only typographic quotes, dashes and
 * whitespace are normalised, so a changed word, a dropped comma or a fixed typo all fail.
 */

/** Folds curly quotes to straight ones, dashes to hyphens and whitespace runs to one space. */
export function normaliseQuoteText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when `quote` appears in `archive`, character for character after normalisation. */
export function appearsVerbatim(quote: string, archive: string): boolean {
  return normaliseQuoteText(archive).includes(normaliseQuoteText(quote));
}

// A double-quoted passage: straight "…" or curly “…”. Apostrophes are not quote marks here.
const QUOTED_PASSAGE = /"([^"\n]+)"|\u201C([^\u201C\u201D\n]+)\u201D/g;

/** The passages a text puts in double quotation marks, in order. */
export function quotedPassages(text: string): string[] {
  return [...text.matchAll(QUOTED_PASSAGE)].map((match) => (match[1] ?? match[2] ?? '').trim()).filter(Boolean);
}

/** The text with every double-quoted passage blanked out (quotes may repeat a source). */
export function withoutQuotedPassages(text: string): string {
  return text.replace(QUOTED_PASSAGE, ' \u2026 ');
}

/** Lower-case words, punctuation dropped, so "GDP," and "gdp" compare equal. */
export function words(text: string): string[] {
  return normaliseQuoteText(text)
    .toLowerCase()
    .replace(/'/g, '')
    .split(/[^\p{L}\p{N}%$]+/u)
    .filter(Boolean);
}

/** Every run of `length` consecutive words in a text, joined by spaces. */
function runs(wordList: readonly string[], length: number): string[] {
  const result: string[] = [];
  for (let start = 0; start + length <= wordList.length; start += 1) {
    result.push(wordList.slice(start, start + length).join(' '));
  }
  return result;
}

/** An index of every `length`-word run in the given archives, for fast look-ups. */
export function copiedRunIndex(archives: readonly string[], length = 12): Set<string> {
  return new Set(archives.flatMap((archive) => runs(words(archive), length)));
}

/**
 * The first run of `length` or more words that our prose shares with an archive, outside
 * quotation marks, or undefined when the prose is our own.
 */
export function findCopiedRun(prose: string, index: Set<string>, length = 12): string | undefined {
  return runs(words(withoutQuotedPassages(prose)), length).find((run) => index.has(run));
}

/**
 * The reader-visible prose of a Markdown/MDX body: drops import/export lines, tags and
 * component attributes (whose quoted values are not quotations), link targets and code.
 */
export function markdownProse(body: string): string {
  return body
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/\{[^}]*\}/g, ' ');
}
