/** Counts in running prose, as newsroom style writes them: one to ten in words, then figures. */
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "four", "ten", "12"; with `capital`, "Four" to open a sentence. */
export function countInWords(count: number, capital = false): string {
  if (!Number.isInteger(count) || count < 0) throw new Error(`countInWords: ${count} is not a count`);
  const text = WORDS[count] ?? count.toLocaleString('en-GB');
  return capital ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
