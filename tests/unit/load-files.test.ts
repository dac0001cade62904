import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/content/content-checks';
import { loadContentFiles } from '../../src/lib/content/load-files';

const claim = `statement: Tariffs rose.
topic: trade-and-tariffs
reports:
  - source: test-source
    wording: "Tariffs reached 145 percent"
`;

const timeline = `- id: first
  date: "2015"
  title: First
  description: It began.
  status: happened
  sources: [test-source]
`;

const page = `---
title: Home
description: The story.
updated: "2026-01-01"
---

The story's body.
`;

const load = (files: Record<string, string>) => loadContentFiles(new Map(Object.entries(files)), 'content');

/** The problems as an editor reads them, the files' texts taken from `files`. */
const printed = (files: Record<string, string>) =>
  formatProblems(load(files).problems, (file) => files[file.replace(/^content\//, '')]).split('\n');

describe('loadContentFiles', () => {
  it('reads every collection: ids from file names or list ids, data, and MDX bodies', () => {
    const { content, problems } = load({ 'claims/tariffs-rose.yaml': claim, 'timeline.yaml': timeline, 'pages/home.mdx': page, 'claims/notes.txt': 'ignored' });
    expect(problems).toEqual([]);
    expect(content.claims).toEqual([{ id: 'tariffs-rose', file: 'content/claims/tariffs-rose.yaml', data: expect.objectContaining({ statement: 'Tariffs rose.' }) }]);
    expect(content.timeline.map((event) => [event.id, event.file])).toEqual([['first', 'content/timeline.yaml']]);
    expect(content.pages[0]?.body).toBe("\nThe story's body.\n");
    expect(content.sources).toEqual([]);
  });

  it('reads a page entry written as YAML beside the MDX pages', () => {
    const words = 'title: "The {sources} sources"\ndescription: "Every source."\nphrases:\n  none: "No source yet."\n';
    const { content, problems } = load({ 'pages/home.mdx': page, 'pages/sources.yaml': words });
    expect(problems).toEqual([]);
    expect(content.pages.map((entry) => [entry.id, entry.file, entry.body])).toEqual([
      ['home', 'content/pages/home.mdx', "\nThe story's body.\n"],
      ['sources', 'content/pages/sources.yaml', undefined],
    ]);
    expect(content.pages[1]?.data).toEqual({ title: 'The {sources} sources', description: 'Every source.', phrases: { none: 'No source yet.' } });
  });

  it('reports schema problems in plain words at their line, never in Zod terms', () => {
    const files = {
      'claims/x.yaml': claim.replace('topic: trade-and-tariffs', 'topik: trade-and-tariffs').replace('  - source: test-source', '  - source: 42'),
      'timeline.yaml': timeline.replace('status: happened', 'status: done').replace('  title: First\n', ''),
    };
    const lines = printed(files);
    expect(lines).toContain('  content/claims/x.yaml:2:8 topik: is not a field here: check its spelling, or remove it');
    expect(lines).toContain('  content/claims/x.yaml:4:13 reports[0].source: an id must be text');
    expect(lines).toContain('  content/claims/x.yaml:1:1 topic: is required: add this field');
    expect(lines).toContain('  content/timeline.yaml:4:11 [id=first].status: status must be "happened", "planned" or "expected"');
    expect(lines).toContain('  content/timeline.yaml:1:3 [id=first].title: title is required');
    for (const line of lines) expect(line).not.toMatch(/Invalid input|expected \w+, received|Unrecognized key/);
  });

  it('turns Zod issues without a message of their own into plain sentences', () => {
    const lines = printed({ 'claims/x.yaml': `${claim}data_check:\n  test: approx\n  as_reported: "145 percent"\n  measure: { economy: CHN, indicators: [] }\n  year: latest\n  expected: high\n  tolerance: 1\n` });
    expect(lines).toEqual([
      '  content/claims/x.yaml:9:40 data_check.measure.indicators: name at least one indicator code',
      '  content/claims/x.yaml:11:13 data_check.expected: must be a number, not the text "high"',
    ]);
  });

  it('rejects an unquoted date as the build does (YAML makes it a timestamp)', () => {
    const lines = printed({ 'pages/home.mdx': page.replace('updated: "2026-01-01"', 'updated: 2026-01-01') });
    expect(lines).toEqual([expect.stringMatching(/^ {2}content\/pages\/home\.mdx:4:10 updated: write the date in double quotes/)]);
  });

  it('reports an MDX syntax error in a body at its line, with a hint when a tag was left open', () => {
    const lines = printed({ 'pages/home.mdx': `${page}\nSee <ClaimRef id="x" the claim</ClaimRef>, and more.\n` });
    expect(lines).toEqual([expect.stringMatching(/^ {2}content\/pages\/home\.mdx:9:\d+ body: MDX syntax: .*The usual cause is a tag left open/)]);
  });

  it('names the unclosed tag and its line when the error comes later, at a comma further on', () => {
    const lines = printed({ 'pages/home.mdx': `${page}\nSee <ClaimRef id="x"\nthe claim, which</ClaimRef> matters.\n` });
    expect(lines).toEqual([
      '  content/pages/home.mdx:10:10 body: MDX syntax: Unexpected character `,` (U+002C) in attribute name, expected an attribute name character such as letters, digits, `$`, or `_`; `=` to initialize a value; whitespace before attributes; or the end of the tag. The usual cause is a tag left open: here probably `<ClaimRef` at line 9, column 5, which has no closing `>` (or `/>`).',
    ]);
  });

  it('reports a YAML syntax error and a bad file name where they are', () => {
    const lines = printed({ 'claims/x.yaml': 'statement: "unclosed\ntopic: technology\n', 'claims/Bad_Name.yaml': claim });
    expect(lines).toEqual([
      expect.stringMatching(/^ {2}content\/claims\/Bad_Name\.yaml:1:1 \(file name\): rename the file .* e\.g\. "bad-name"$/),
      expect.stringMatching(/^ {2}content\/claims\/x\.yaml:3:1 \(YAML\): Missing closing "quote\. Check the indentation and quoting/),
    ]);
  });
});
