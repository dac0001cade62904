/** Small helpers for the sentences the chart types compute from their data. */

import type { ChartPhrase } from './chart';
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
export const summaryTokens = ({ economy, ...values }: { economy?: string } & Record<string, string | number>): TokenValues => ({
  ...(economy === undefined ? {} : { economy: economyToken(economy) }),
  ...Object.fromEntries(Object.entries(values).map(([name, value]) => [name, plain(name, () => String(value))])),
});

/** "a, b and c": the last two joined by data.yaml's list_and phrase, the others by commas. */
export const list = (items: string[], phrase: ChartPhrase) =>
  items.length <= 1 ? (items[0] ?? '') : phrase('list_and', summaryTokens({ list: items.slice(0, -1).join(', '), name: items.at(-1)! }));
