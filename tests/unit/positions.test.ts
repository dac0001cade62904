import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/content/content-checks';
import { locateField, parseFieldPath } from '../../src/lib/content/positions';

const claim = `# A claim
statement: Tariffs rose.
topic: trade-and-tariffs
reports:
  - source: mdt-agencies
    wording: "145%"
  - source: mdt-agenices
    wording: "about 40%"
data_check:
  test: approx
  measure: { economy: CHN, indicators: [NE.CON.PRVT.ZS, NE.GDI.TOTL.ZS] }
`;

const timeline = `- id: first
  date: "2015"
  title: First

- id: bloomberg-report
  date: "2025-05-26"
  claim: no-such-claim
`;

const source = `---
title: null
quotes:
  - text: "We need more manufacturing"
    speaker: Bessent
archive: 003.txt
---

A summary that mentions <ClaimRef id="tariffs">tariffs</ClaimRef> and
<ClaimRef id="no-such-claim">a claim that does not exist</ClaimRef>, quoting "made up words".
<ClaimRef id="tariffs">tariffs again</ClaimRef>.
`;

describe('parseFieldPath', () => {
  it('reads names, list indexes and id-keyed list entries', () => {
    expect(parseFieldPath('reports[1].source')).toEqual(['reports', 1, 'source']);
    expect(parseFieldPath('[id=bloomberg-report].claim')).toEqual([{ key: 'id', value: 'bloomberg-report' }, 'claim']);
    expect(parseFieldPath('data_check.measure.indicators[1]')).toEqual(['data_check', 'measure', 'indicators', 1]);
  });
});

describe('locateField', () => {
  it('points at a value in a YAML file, in lists and flow collections', () => {
    expect(locateField(claim, 'statement')).toEqual({ line: 2, column: 12 });
    expect(locateField(claim, 'reports[1].source')).toEqual({ line: 7, column: 13 });
    expect(locateField(claim, 'data_check.measure.indicators[1]')).toEqual({ line: 11, column: 57 });
  });

  it('points at the nearest existing parent of a missing field', () => {
    expect(locateField(claim, 'reports[1].note')).toEqual({ line: 7, column: 5 });
    expect(locateField(claim, 'differences')).toEqual({ line: 2, column: 1 });
  });

  it('finds an entry of a list keyed by id', () => {
    expect(locateField(timeline, '[id=bloomberg-report].claim')).toEqual({ line: 7, column: 10 });
    expect(locateField(timeline, '[id=first].title')).toEqual({ line: 3, column: 10 });
  });

  it('offsets MDX frontmatter fields by the opening line', () => {
    expect(locateField(source, 'quotes[0].text')).toEqual({ line: 4, column: 11 });
    expect(locateField(source, 'archive')).toEqual({ line: 6, column: 10 });
  });

  it('finds the tag a story reference problem names, and a quote in the body', () => {
    expect(locateField(source, '<ClaimRef> id', 'no-such-claim')).toEqual({ line: 10, column: 1 });
    expect(locateField(source, '<ClaimRef> id', 'elsewhere')).toEqual({ line: 9, column: 25 });
    expect(locateField(source, 'body', 'made up words')).toEqual({ line: 10, column: 79 });
    expect(locateField(source, 'body')).toEqual({ line: 8, column: 1 });
  });
});

describe('formatProblems', () => {
  it('prints file:line:column, the field and the message, one line per problem, each at its own place', () => {
    const files: Record<string, string> = { 'content/claims/x.yaml': claim, 'content/sources/s.mdx': source };
    const text = formatProblems(
      [
        { file: 'content/claims/x.yaml', field: 'reports[1].source', message: 'unknown source "mdt-agenices". Known sources: mdt-agencies.' },
        { file: 'content/sources/s.mdx', field: '<ClaimRef> id', message: 'unknown claim "tariffs": no file content/claims/tariffs.yaml.' },
        { file: 'content/sources/s.mdx', field: '<ClaimRef> id', message: 'unknown claim "tariffs": no file content/claims/tariffs.yaml.' },
        { file: 'content/claims/gone.yaml', field: 'statement', message: 'is missing.' },
      ],
      (file) => files[file],
    );
    expect(text.split('\n')).toEqual([
      '  content/claims/x.yaml:7:13 reports[1].source: unknown source "mdt-agenices". Known sources: mdt-agencies.',
      '  content/sources/s.mdx:9:25 <ClaimRef> id: unknown claim "tariffs": no file content/claims/tariffs.yaml.',
      '  content/sources/s.mdx:11:1 <ClaimRef> id: unknown claim "tariffs": no file content/claims/tariffs.yaml.',
      '  content/claims/gone.yaml statement: is missing.',
    ]);
  });
});
