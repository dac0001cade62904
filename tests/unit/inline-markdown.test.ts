import { describe, expect, it } from 'vitest';
import { inlineSegments, plainText } from '../../src/lib/text/inline-markdown';

describe('inline markdown', () => {
  it('renders *emphasis* as segments and leaves other asterisks and HTML as text', () => {
    expect(inlineSegments('The *Little Giants* <b>scheme</b> * 2')).toEqual([
      { text: 'The ', emphasis: false },
      { text: 'Little Giants', emphasis: true },
      { text: ' <b>scheme</b> * 2', emphasis: false },
    ]);
  });
  it('strips markers for plain-text uses', () => {
    expect(plainText('Since 2023, *new productive forces*.')).toBe('Since 2023, new productive forces.');
  });
});
