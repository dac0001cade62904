/** Small helpers for the sentences the chart types compute from their data. */

import { plain, TokenError, type TokenValue, type TokenValues } from '../text/word-tokens';

export const possessive = (name: string) => (name.endsWith('s') ? `${name}'` : `${name}'s`);

/** An economy's name for a summary phrase: `{economy}`, or `{economy:possessive}` ("China's", "the United States'"). */
export const economyToken =
  (name: string): TokenValue =>
  (argument) => {
    if (argument === undefined) return name;
    if (argument === 'possessive') return possessive(name);
    throw new TokenError('{economy} takes no argument but "possessive": write {economy} or {economy:possessive}');
  };

/** A summary phrase's placeholders: `economy` an economy's name (see economyToken), the others as they print. */
export const summaryTokens = ({ economy, ...values }: { economy: string } & Record<string, string | number>): TokenValues => ({
  economy: economyToken(economy),
  ...Object.fromEntries(Object.entries(values).map(([name, value]) => [name, plain(name, () => String(value))])),
});

/** "a, b and c" */
export const list = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
