/**
 * Fault injection: each case breaks one thing in a copy of content/, builds the site from it,
 * and expects the build to fail with a message naming the file, the field or line, and the
 * problem. No case may build "successfully" with a default.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from './build-site';

const work = mkdtempSync(join(tmpdir(), 'faults-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Copies content/, applies the fault, builds, and returns the exit status and all output. */
function buildWith(name: string, breakIt: (content: string) => void, env: Record<string, string> = {}): { status: number | null; output: string } {
  const content = join(work, name, 'content');
  cpSync('content', content, { recursive: true });
  breakIt(content);
  return buildSite(join(work, name), { CONTENT_DIR: content, ...env });
}

/** A new claim file with one report by the MDT/Agencies report, whose wording is in its text. */
const claimWithReport = (report: string) => `statement: A test claim.\ntopic: trade-and-tariffs\nreports:\n  - source: mdt-agencies\n    wording: "tariffs"\n${report}`;

const edit = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fault not applied: ${String(from)} not found in ${file}`);
  writeFileSync(file, changed);
};

const cases: [string, (content: string) => void, RegExp[], Record<string, string>?][] = [
  [
    'an impossible date',
    (c) => edit(join(c, 'sources/mdt-agencies.mdx'), /date: "2025-05-27"/, 'date: "2025-02-30"'),
    [/mdt-agencies/, /published\.date/, /February 2025 has 28 days/],
  ],
  [
    'an unknown source id',
    (c) => edit(join(c, 'claims/tariffs-145-then-about-40.yaml'), /source: mdt-agencies/, 'source: mdt-agenices'),
    [/content\/claims\/tariffs-145-then-about-40\.yaml/, /reports\[\d\]/, /unknown source "mdt-agenices"/],
  ],
  [
    'an unknown topic',
    (c) => edit(join(c, 'sources/fdd-new-industrial-policy.mdx'), /topics: \[/, 'topics: [space-travel, '),
    [/fdd-new-industrial-policy/, /topics/, /unknown topic "space-travel"/],
  ],
  [
    'a quote not in its source',
    (c) => edit(join(c, 'sources/mdt-agencies.mdx'), 'We need more manufacturing, they need more consumption"', 'We need more factories, they need more consumption"'),
    [/content\/sources\/mdt-agencies\.mdx/, /quotes\[\d+\]\.text/, /does not appear word for word/],
  ],
  [
    'a chart spec naming a missing series',
    (c) => edit(join(c, 'charts/china-demand-mix.yaml'), /NE\.CON\.GOVT\.ZS/, 'NE.CON.GOVX.ZS'),
    [/china-demand-mix/, /series(\.\d|\[\d\])/, /NE\.CON\.GOVX\.ZS/],
  ],
  [
    'a chart label holding an economy code',
    (c) => edit(join(c, 'charts/manufacturing-and-exports.yaml'), 'label: "Korea, exports"', 'label: "Korea, exports", short_label: "KOR exp"'),
    [/content\/charts\/manufacturing-and-exports\.yaml/, /series\[5\]\.short_label/, /contains the code KOR: write the economy's name \(Korea, Rep\.\)/],
  ],
  [
    'a data CSV with a non-number',
    (c) => edit(join(c, 'data/wdi_shares.csv'), /,1961,14\.2984236306/, ',1961,abc'),
    [/content\/data\/wdi_shares\.csv:\d+:1 value: "abc" is not a number/],
  ],
  [
    'a duplicate data row',
    (c) => appendFileSync(join(c, 'data/wdi_shares.csv'), readFileSync(join(c, 'data/wdi_shares.csv'), 'utf8').split('\n')[1] + '\n'),
    [/content\/data\/wdi_shares\.csv:\d+:1 year: duplicate row: .+ is already on line 2/],
  ],
  [
    'a duplicate slug',
    (c) => cpSync(join(c, 'claims/tariffs-145-then-about-40.yaml'), join(c, 'claims/Tariffs-145-then-about-40.yaml')),
    [/content\/claims\/Tariffs-145-then-about-40\.yaml/, /rename the file/],
  ],
  [
    'a duplicate timeline id',
    (c) => appendFileSync(join(c, 'timeline.yaml'), '\n- id: mic2025-launch\n  date: "2015"\n  title: Again\n  description: Again.\n  status: happened\n  sources: [mdt-agencies]\n'),
    [/content\/timeline\.yaml/, /"mic2025-launch" used more than once/],
  ],
  [
    'a broken link',
    (c) => appendFileSync(join(c, 'pages/about.mdx'), '\nSee [the archive](/no-such-page/).\n'),
    [/Broken internal links/, /\/no-such-page\//, /content\/pages\/about\.mdx/],
  ],
  [
    'a missing required field',
    (c) => edit(join(c, 'sources/revamped-strategy.mdx'), /^perspective:.*\n(?:  .*\n)*/m, ''),
    [/revamped-strategy/, /perspective is required/],
  ],
  [
    'a story reference to an unknown claim',
    (c) => edit(join(c, 'pages/home.mdx'), /<ClaimRef id="[^"]+"/, '<ClaimRef id="no-such-claim"'),
    [/content\/pages\/home\.mdx/, /<ClaimRef> id/, /unknown claim "no-such-claim"/],
  ],
  [
    "a chart's heading level written by hand in the story",
    (c) => edit(join(c, 'pages/home.mdx'), /<Chart id="([^"]+)" \/>/, '<Chart id="$1" level={2} />'),
    [/content\/pages\/home\.mdx/, /<Chart> level/, /follows from the section it is in/],
  ],
  [
    "a chart whose short title is its title, so a screen reader would hear the title again",
    (c) => edit(join(c, 'charts/china-demand-mix.yaml'), /^title: .*$/m, `title: "China's GDP by use, 1960–2023"`),
    [/content\/charts\/china-demand-mix\.yaml/, /page_title/, /must differ from title/],
  ],
  [
    'a story date naming an unknown timeline event',
    (c) => edit(join(c, 'pages/home.mdx'), /<EventDate id="[^"]+"/, '<EventDate id="no-such-event"'),
    [/content\/pages\/home\.mdx/, /<EventDate> id/, /unknown event "no-such-event"/],
  ],
  [
    'a glossary entry naming an unknown source',
    (c) => edit(join(c, 'glossary/tariff.yaml'), /sources: \[/, 'sources: [no-such-source, '),
    [/content\/glossary\/tariff\.yaml/, /sources\[0\]/, /unknown source "no-such-source"/],
  ],
  [
    'a partial report that does not say what it lacks',
    (c) => writeFileSync(join(c, 'claims/fault-claim.yaml'), claimWithReport('    support: partial\n')),
    [/content\/claims\/fault-claim\.yaml:\d+:\d+ reports\[0\]\.lacks: a partial report needs `lacks`/],
  ],
  [
    'an unknown support value',
    (c) => writeFileSync(join(c, 'claims/fault-claim.yaml'), claimWithReport('    support: mostly\n')),
    [/content\/claims\/fault-claim\.yaml:\d+:\d+ reports\[0\]\.support: support must be "full" or "partial"/],
  ],
  [
    'a typed count of sources',
    (c) => appendFileSync(join(c, 'pages/about.mdx'), '\nBoth sources agree on this.\n'),
    [/content\/pages\/about\.mdx:\d+:1 body: "Both sources" types which or how many sources say something/, /<SourceCount claim=/],
  ],
  [
    'a relative time word in our own voice',
    (c) => appendFileSync(join(c, 'pages/about.mdx'), '\nThe plan is current.\n'),
    [/content\/pages\/about\.mdx:\d+:\d+ body: "current" is a relative time word/],
  ],
  [
    'an unknown placeholder in a page\'s words',
    (c) => edit(join(c, 'pages/sources.yaml'), 'title: "The {sources} sources"', 'title: "The {sourcs} sources"'),
    [/content\/pages\/sources\.yaml:\d+:\d+ title: unknown placeholder \{sourcs\}: use one of \{sources\}/],
  ],
  [
    'an unknown placeholder in a chart note',
    (c) => edit(join(c, 'charts/investment-map.yaml'), '{latest_year} for most', '{latest_yaer} for most'),
    [/content\/charts\/investment-map\.yaml/, /notes\[\d\]/, /unknown placeholder \{latest_yaer\}/],
  ],
  [
    'a CI build without the archive of source texts',
    () => undefined,
    [/no archived source texts at .*no-archive/, /SOURCES_ARCHIVE_DIR/, /ALLOW_UNVERIFIED_QUOTES=1/],
    { CI: 'true', SOURCES_ARCHIVE_DIR: join(work, 'no-archive'), ALLOW_UNVERIFIED_QUOTES: '' },
  ],
  [
    'a site contact that is not an address',
    (c) => edit(join(c, 'site.yaml'), /^contact: null$/m, 'contact: write to the editors'),
    [/content\/site\.yaml:\d+:\d+ contact: contact must be a full address/],
  ],
];

it('a content problem is printed at its line, with a hint and without a stack trace into node_modules', () => {
  const { status, output } = buildWith('no-stack', (c) => edit(join(c, 'claims/tariffs-145-then-about-40.yaml'), /source: mdt-agencies/, 'source: mdt-agenices'));
  expect(status).not.toBe(0);
  expect(output).toMatch(/content\/claims\/tariffs-145-then-about-40\.yaml:\d+:\d+ reports\[\d\]\.source: unknown source "mdt-agenices"/);
  expect(output).toContain('npm run check:content');
  expect(output).not.toMatch(/Stack trace|node_modules\//);
  // The claim's other quotes cannot be checked against an unknown source: not one error each.
  expect(output).not.toContain('does not appear word for word');
});

describe('a content problem is printed exactly, at its line, with no stack trace into node_modules', () => {
  /** The build's output for a broken copy, and how the output names a file in that copy. */
  const failedBuild = (name: string, breakIt: (content: string) => void) => {
    const { status, output } = buildWith(name, breakIt);
    expect(status).not.toBe(0);
    expect(output).not.toMatch(/Stack trace|node_modules\//);
    return { output, file: (path: string) => relative(process.cwd(), join(work, name, 'content', path)) };
  };

  it('a missing archive field', () => {
    const { output, file } = failedBuild('missing-archive', (c) => edit(join(c, 'sources/mdt-agencies.mdx'), /^archive: .*\n/m, ''));
    expect(output).toContain('Content check failed (1 problem):\n');
    expect(output).toMatch(new RegExp(`\\n  ${file('sources/mdt-agencies.mdx').replaceAll('.', '\\.')}:\\d+:\\d+ archive: archive is required: the file name of the reference copy, e\\.g\\. "003_64a6b79f44df6e3b\\.txt"\\n`));
  });

  it('a mistyped archive name: one problem, saying once that the quotes were not checked', () => {
    let archive = '';
    const { output, file } = failedBuild('mistyped-archive', (c) => {
      archive = /^archive: "(.+)"$/m.exec(readFileSync(join(c, 'sources/mdt-agencies.mdx'), 'utf8'))?.[1] ?? '';
      edit(join(c, 'sources/mdt-agencies.mdx'), `archive: "${archive}"`, `archive: "x${archive}"`);
    });
    const line = readFileSync(join(work, 'mistyped-archive/content/sources/mdt-agencies.mdx'), 'utf8').split('\n').findIndex((text) => text.startsWith('archive:')) + 1;
    expect(output).toContain(
      `Content check failed (1 problem):\n  ${file('sources/mdt-agencies.mdx')}:${line}:10 archive: no archived text named "x${archive}" in the sources folder, so this source's quotes were not checked.\n`,
    );
    expect(output).not.toContain('does not appear word for word');
  });

  it('an unclosed MDX tag: the hint names the tag and its line', () => {
    let tagLine = 0;
    const { output, file } = failedBuild('unclosed-tag', (c) => {
      const path = join(c, 'pages/about.mdx');
      const lines = readFileSync(path, 'utf8').split('\n');
      lines.push('', 'See <ClaimRef id="tariffs-145-then-about-40"', 'the tariffs, which</ClaimRef> rose.', '');
      tagLine = lines.length - 2;
      writeFileSync(path, lines.join('\n'));
    });
    expect(output).toContain(
      `  ${file('pages/about.mdx')}:${tagLine + 1}:12 body: MDX syntax: Unexpected character \`,\` (U+002C) in attribute name, expected an attribute name character such as letters, digits, \`$\`, or \`_\`; \`=\` to initialize a value; whitespace before attributes; or the end of the tag. The usual cause is a tag left open: here probably \`<ClaimRef\` at line ${tagLine}, column 5, which has no closing \`>\` (or \`/>\`).\n`,
    );
  });
});

describe('a broken content file fails the build with a message an editor can act on', () => {
  for (const [name, breakIt, expected, env] of cases) {
    it(name, () => {
      const { status, output } = buildWith(name.replace(/\W+/g, '-'), breakIt, env);
      expect(status, `the build should fail for ${name}`).not.toBe(0);
      for (const pattern of expected) expect(output).toMatch(pattern);
      // The message says where the problem is; a stack trace into Astro's code would bury it.
      expect(output).not.toMatch(/Stack trace|node_modules\//);
    });
  }
});
