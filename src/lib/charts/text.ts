/** Small helpers for the sentences the chart types compute from their data. */

export const possessive = (name: string) => (name.endsWith('s') ? `${name}'` : `${name}'s`);

/** "a, b and c" */
export const list = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
