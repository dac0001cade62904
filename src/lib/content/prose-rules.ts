/**
 * Rules for our own voice that no quote check can see. Pure, so each rule is unit-tested.
 *
 * - Which sources say something is a fact about the claims, so it is computed (`<SourceCount>`,
 *   the claims matrix, "What this source adds"), never typed: a typed "only this source" or
 *   "both sources" turns false silently when a source is added or a claim corrected.
 * - The sources date from May 2025 and the site outlives them, so our own sentences carry no
 *   relative time words ("current", "recently"): they would be wrong on the day a reader comes.
 * Quoted passages are the sources' words and are left alone.
 */
import { withoutQuotedPassages } from './quotes';

const NUMBER_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten)`;
const SOURCE_NOUN = String.raw`(?:sources?|texts?|reports?|articles?)`;
/** Up to two words between a quantifier and the noun, e.g. "all five news sources". */
const FILLER = String.raw`(?:[\w'’-]+\s+){0,2}`;
/** One describing word, e.g. "only news report", but not "only what the text". */
const ADJECTIVE = String.raw`(?:(?!(?:what|the|a|an|this|that|its|their|part|of)\b)[\w'’-]+\s+)?`;

/** Phrases that state how many, or which, sources report something. */
export const TYPED_RELATION_PATTERNS: readonly { pattern: RegExp; example: string }[] = [
  { pattern: new RegExp(String.raw`\b(?:the\s+)?only\s+(?:one\s+)?${ADJECTIVE}${SOURCE_NOUN}\b`, 'i'), example: 'the only text that' },
  { pattern: new RegExp(String.raw`\b(?:the\s+)?sole\s+${ADJECTIVE}${SOURCE_NOUN}\b`, 'i'), example: 'the sole source' },
  { pattern: new RegExp(String.raw`\b${NUMBER_WORD}\s+(?:of\s+(?:the|our)\s+${FILLER})?${SOURCE_NOUN}\b`, 'i'), example: 'four of our five sources' },
  { pattern: new RegExp(String.raw`\b\d+\s+of\s+(?:the|our)\s+${FILLER}${SOURCE_NOUN}\b`, 'i'), example: '4 of the 5 sources' },
  { pattern: new RegExp(String.raw`\b(?:both|all|neither|none\s+of\s+the|no\s+other|every\s+other|each\s+of\s+the)\s+${FILLER}${SOURCE_NOUN}\b`, 'i'), example: 'both sources' },
  { pattern: new RegExp(String.raw`\bthe\s+other\s+${FILLER}${SOURCE_NOUN}\b`, 'i'), example: 'the other sources' },
  { pattern: /\bthe\s+others?\s*[,;:.]/i, example: 'the other, a comment by' },
  { pattern: /\b(?:alone|only\s+one)\s+(?:among|of)\s+(?:the|our)\b/i, example: 'alone among the sources' },
  { pattern: /\bunlike\s+(?:the|all)\s+others?\b/i, example: 'unlike the others' },
  { pattern: new RegExp(String.raw`\bthe\s+${SOURCE_NOUN}\s+(?:say|agree|expect|report|all|each)\b`, 'i'), example: 'the sources say' },
];

/** Relative time words, which go stale; "current account" is an economic term, not a time. */
export const RELATIVE_TIME_PATTERN =
  /\b(?:current(?!\s+account)|currently|recent|recently|nowadays|now|today|yesterday|tomorrow|upcoming|soon|so\s+far|to\s+date|at\s+present|presently|this\s+(?:year|month|week)|last\s+(?:year|month|week)|next\s+(?:year|month|week))\b/i;

/** The first phrase in our prose that types a relation between sources, or undefined. */
export function findTypedRelation(prose: string): string | undefined {
  const own = withoutQuotedPassages(prose);
  for (const { pattern } of TYPED_RELATION_PATTERNS) {
    const match = pattern.exec(own);
    if (match) return match[0].replace(/\s+/g, ' ').trim();
  }
  return undefined;
}

/** The first relative time word in our prose, or undefined. */
export function findRelativeTime(prose: string): string | undefined {
  return RELATIVE_TIME_PATTERN.exec(withoutQuotedPassages(prose))?.[0].replace(/\s+/g, ' ');
}
