/**
 * Numbers inside content words: a page entry's or a chart spec's text writes `{name}` or
 * `{name:argument}` where a count, a year or a value belongs ("The {sources} sources",
 * "{economies} economies"), and the build fills it in from the content or the data, so the
 * number cannot go stale. An unknown name, or an argument a token cannot use, is an error the
 * caller reports with the file and the field. Pure.
 */

/** `{name}` or `{name:argument}`; names are lowercase words joined by underscores. */
const TOKEN = /\{([a-z]+(?:_[a-z]+)*)(?::([^{}]+))?\}/g;

/** What a token prints, given its argument (undefined when the text gives none). */
export type TokenValue = (argument: string | undefined) => string;
export type TokenValues = Readonly<Record<string, TokenValue>>;

/** A token the text cannot use; the message says what to write instead. */
export class TokenError extends Error {
  override name = 'TokenError';
}

/** The tokens a text uses, in order, e.g. [{ name: 'sources', argument: undefined }]. */
export function tokensIn(text: string): { name: string; argument: string | undefined }[] {
  return [...text.matchAll(TOKEN)].map((match) => ({ name: match[1] ?? '', argument: match[2] }));
}

/** The text without its tokens, for checks that look at the words a maintainer typed. */
export const withoutTokens = (text: string): string => text.replace(TOKEN, ' ');

/** The problem with each unknown token name in `text` (empty when every name is known). */
export function unknownTokens(text: string, known: readonly string[]): string[] {
  return tokensIn(text)
    .filter((token) => !known.includes(token.name))
    .map((token) => `unknown placeholder {${token.name}}: use one of ${known.map((name) => `{${name}}`).join(', ') || '(none here)'}`);
}

/** The text with every token replaced by its value; throws a TokenError for an unknown name or a bad argument. */
export function fillTokens(text: string, values: TokenValues): string {
  const problems = unknownTokens(text, Object.keys(values));
  if (problems[0]) throw new TokenError(problems[0]);
  return text.replace(TOKEN, (_, name: string, argument: string | undefined) => values[name]!(argument));
}

/** A token that takes no argument: its value, or a TokenError naming the stray argument. */
export const plain =
  (name: string, value: () => string): TokenValue =>
  (argument) => {
    if (argument !== undefined) throw new TokenError(`{${name}} takes no argument: write {${name}}, not {${name}:${argument}}`);
    return value();
  };
