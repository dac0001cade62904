/**
 * Fault injection without a build: each case breaks one thing in an in-memory copy of content/
 * (read once, with the archive of source texts), runs the content check every build runs before
 * it renders (checkSite, src/lib/content/check-site.ts), and expects exactly the message the build
 * and `npm run check:content` print, at the line and column found in the broken text. What only a
 * build can show (a broken link in rendered HTML, the precheck's place in `astro build`) is in
 * faults.test.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { latestViewTokens } from '../../src/lib/charts/tokens';
import { contentFailure } from '../../src/lib/content/content-checks';
import { readArchives } from '../../src/lib/content/archives';
import { readContentFiles } from '../../src/lib/content/check-folder';
import { checkSite } from '../../src/lib/content/check-site';
import { splitFrontmatter } from '../../src/lib/content/positions';
import { PAGE_TOKENS } from '../../src/lib/content/page-words';
import { SITE_PHRASES } from '../../src/lib/content/site-words';
import { SOURCES_ARCHIVE_DIR } from '../../src/lib/site/paths';

const real = readContentFiles('content');
const archives = readArchives(SOURCES_ARCHIVE_DIR);
if (!archives) throw new Error(`the fault tests check quotes against the archive: none at ${SOURCES_ARCHIVE_DIR} (set SOURCES_ARCHIVE_DIR)`);

type Files = Map<string, string>;

/** `files`' text at `path`, which must exist. */
const textOf = (files: Files, path: string): string => {
  const text = files.get(path);
  if (text === undefined) throw new Error(`no content/${path}`);
  return text;
};

/** Replaces `from` in one file; a fault that does not apply fails the test rather than passing it. */
const edit = (files: Files, path: string, from: string | RegExp, to: string) => {
  const text = textOf(files, path);
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fault not applied: ${String(from)} not found in content/${path}`);
  files.set(path, changed);
};

/** What the check prints for the content with `breakIt` applied, and the broken files. */
function checkWith(breakIt: (files: Files) => void): { printed: string; files: Files } {
  const files = new Map(real);
  breakIt(files);
  const { model, problems } = checkSite({ files, contentPath: 'content', archives });
  expect(model, 'a broken copy must not yield a site model').toBeUndefined();
  return { printed: contentFailure(problems, (file) => files.get(file.replace(/^content\//, ''))), files };
}

/** "content/<path>:line:column" of the `occurrence`-th `needle` (from 0) in the file's text. */
const at = (files: Files, path: string, needle: string, occurrence = 0): string => {
  const text = textOf(files, path);
  let offset = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`"${needle}" not in content/${path}`);
  }
  const lines = text.slice(0, offset).split('\n');
  return `content/${path}:${lines.length}:${(lines.at(-1)?.length ?? 0) + 1}`;
};

/** Where the value of the `occurrence`-th YAML field `key` starts (`key: value` or `- key: value`). */
const valueAt = (files: Files, path: string, key: string, occurrence = 0): string => {
  const lines = textOf(files, path).split('\n');
  const index = lines.map((line, number) => [line, number] as const).filter(([line]) => new RegExp(`^\\s*(?:- )?${key}: `).test(line))[occurrence]?.[1];
  if (index === undefined) throw new Error(`no ${key} (${occurrence}) in content/${path}`);
  const line = lines[index] ?? '';
  return `content/${path}:${index + 1}:${line.indexOf(`${key}: `) + key.length + 3}`;
};

/** Where a page entry's first phrase starts: a missing phrase is named there, having no line of its own. */
const phrasesStart = (files: Files, path: string): string => {
  const [first] = Object.keys((parse(textOf(files, path)) as { phrases: Record<string, string> }).phrases);
  return at(files, path, `  ${first}:`).replace(/:\d+$/, ':3');
};

/** The one problem, as printed. */
const one = (where: string, field: string, message: string) => `Content check failed (1 problem):\n  ${where} ${field}: ${message}`;

/** A YAML file's data, or an MDX file's frontmatter. */
const dataOf = (path: string): Record<string, unknown> => {
  const text = textOf(real, path);
  return parse(path.endsWith('.mdx') ? (splitFrontmatter(text)?.yaml ?? '') : text) as Record<string, unknown>;
};
const indexWhere = (path: string, list: string, test: (item: Record<string, unknown>) => boolean): number => {
  const index = (dataOf(path)[list] as Record<string, unknown>[]).findIndex(test);
  if (index < 0) throw new Error(`no such item in ${list} of content/${path}`);
  return index;
};

const knownTopics = (parse(textOf(real, 'topics.yaml')) as { id: string }[]).map((topic) => topic.id).join(', ');
const knownSources = [...real.keys()].flatMap((path) => /^sources\/(.+)\.mdx$/.exec(path)?.[1] ?? []).sort().join(', ');
const claim = 'claims/tariffs-145-then-about-40.yaml';
const source = 'sources/mdt-agencies.mdx';
/** A new claim file with one report by the MDT/Agencies report, whose wording is in its text. */
const claimWithReport = (report: string) => `statement: A test claim.\ntopic: trade-and-tariffs\nreports:\n  - source: mdt-agencies\n    wording: "tariffs"\n${report}`;

it('the content as it is has no problems and yields the site model', () => {
  const { model, problems } = checkSite({ files: real, contentPath: 'content', archives });
  expect(problems).toEqual([]);
  expect(model?.content.sources.map((entry) => entry.id).sort().join(', ')).toBe(knownSources);
  expect(model?.quotesVerified).toBe(true);
});

describe('each file on its own: syntax, schema, file names', () => {
  it('an impossible date', () => {
    const { printed, files } = checkWith((f) => edit(f, source, /date: "2025-05-27"/, 'date: "2025-02-30"'));
    expect(printed).toBe(one(at(files, source, '"2025-02-30"'), 'published.date', '"2025-02-30" does not exist: February 2025 has 28 days'));
  });

  it('no content/topics.yaml', () => {
    const { printed } = checkWith((f) => f.delete('topics.yaml'));
    expect(printed).toBe(one('content/topics.yaml', '(file)', 'is missing: it lists the topics sources and claims are filed under.'));
  });

  it('a topic without its name, at its entry in content/topics.yaml', () => {
    const { printed, files } = checkWith((f) => edit(f, 'topics.yaml', /(- id: technology)\n  name: "Technology"/, '$1'));
    expect(printed).toBe(one(at(files, 'topics.yaml', 'id: technology'), '[id=technology].name', 'name is required'));
  });

  it('a missing required field, named at the start of the frontmatter', () => {
    const path = 'sources/revamped-strategy.mdx';
    const { printed } = checkWith((f) => edit(f, path, /^perspective:.*\n(?:  .*\n)*/m, ''));
    expect(printed).toBe(one(`content/${path}:2:1`, 'perspective', 'perspective is required'));
  });

  it('a missing archive field, with an example of what goes there', () => {
    const { printed } = checkWith((f) => edit(f, source, /^archive: .*\n/m, ''));
    expect(printed).toBe(one(`content/${source}:2:1`, 'archive', 'archive is required: the file name of the reference copy, e.g. "003_64a6b79f44df6e3b.txt"'));
  });

  it('a partial report that does not say what it lacks', () => {
    const path = 'claims/fault-claim.yaml';
    const { printed, files } = checkWith((f) => f.set(path, claimWithReport('    support: partial\n')));
    expect(printed).toBe(one(at(files, path, 'source: mdt-agencies'), 'reports[0].lacks', 'a partial report needs `lacks`: say in plain words what the wording does not state'));
  });

  it('an unknown support value', () => {
    const path = 'claims/fault-claim.yaml';
    const { printed, files } = checkWith((f) => f.set(path, claimWithReport('    support: mostly\n')));
    expect(printed).toBe(one(at(files, path, 'mostly'), 'reports[0].support', 'support must be "full" or "partial"'));
  });

  it('a site contact that is not an address', () => {
    const { printed, files } = checkWith((f) => edit(f, 'site.yaml', /^contact: null$/m, 'contact: write to the editors'));
    expect(printed).toBe(one(valueAt(files, 'site.yaml', 'contact'), 'contact', 'contact must be a full address (https://… or mailto:…), or null'));
  });

  it('an unclosed MDX tag: the hint names the tag and its line', () => {
    const path = 'pages/about.mdx';
    const { printed, files } = checkWith((f) => f.set(path, `${textOf(f, path)}\nSee <ClaimRef id="tariffs-145-then-about-40"\nthe tariffs, which</ClaimRef> rose.\n`));
    const tag = at(files, path, '<ClaimRef id="tariffs-145-then-about-40"\n');
    const [, tagLine = '', tagColumn = ''] = /:(\d+):(\d+)$/.exec(tag) ?? [];
    expect(printed).toBe(
      one(
        at(files, path, ', which</ClaimRef>'),
        'body',
        `MDX syntax: Unexpected character \`,\` (U+002C) in attribute name, expected an attribute name character such as letters, digits, \`$\`, or \`_\`; \`=\` to initialize a value; whitespace before attributes; or the end of the tag. The usual cause is a tag left open: here probably \`<ClaimRef\` at line ${tagLine}, column ${tagColumn}, which has no closing \`>\` (or \`/>\`).`,
      ),
    );
  });

  it('a file name that is not a lowercase slug', () => {
    const { printed } = checkWith((f) => f.set('claims/Tariffs-145-then-about-40.yaml', textOf(f, claim)));
    expect(printed).toBe(
      one('content/claims/Tariffs-145-then-about-40.yaml:1:1', '(file name)', 'rename the file to lowercase letters, digits and hyphens (its name is its id and its URL), e.g. "tariffs-145-then-about-40"'),
    );
  });

  it('two files with the same id (about.mdx and about.yaml)', () => {
    const { printed } = checkWith((f) => f.set('pages/about.yaml', textOf(f, 'pages/search.yaml')));
    expect(printed).toBe(one('content/pages/about.yaml:1:1', '(file name)', 'the id "about" is already used by content/pages/about.mdx; rename one of them'));
  });

  it("a page entry a route reads its words from, deleted", () => {
    const { printed } = checkWith((f) => f.delete('pages/glossary.yaml'));
    expect(printed).toBe(one('content/pages/glossary.yaml', '(file)', 'is missing (nor is there a glossary.mdx): a page of the site takes its title, description and words from it.'));
  });

  it('a site-wide phrase deleted, and one misspelt: each missing one named at the line "phrases:", the misspelt one at its line', () => {
    const path = 'pages/site.yaml';
    const { printed, files } = checkWith((f) => {
      edit(f, path, /\n  skip_link: "[^"\n]*"/, '');
      edit(f, path, '\n  edit_page: ', '\n  edit_pag: ');
    });
    const phrases = at(files, path, 'phrases:');
    expect(printed).toBe(
      [
        'Content check failed (3 problems):',
        `  ${phrases} phrases: no phrase "skip_link": every page shows it, so add it under phrases: (the comments in the file say where each phrase shows).`,
        `  ${phrases} phrases: no phrase "edit_page": every page shows it, so add it under phrases: (the comments in the file say where each phrase shows).`,
        `  ${valueAt(files, path, 'edit_pag')} phrases.edit_pag: no component shows a phrase named "edit_pag": check its spelling. The phrases of this file are ${SITE_PHRASES.join(', ')}.`,
      ].join('\n'),
    );
  });

  it('a phrase that begins or ends with a space, which the page would not show as written', () => {
    const path = 'pages/claims.yaml';
    const { printed, files } = checkWith((f) => edit(f, path, 'data_checked: "·', 'data_checked: " ·'));
    expect(printed).toBe(one(valueAt(files, path, 'data_checked'), 'phrases.data_checked', 'begins or ends with a space, which the page would not show as written: remove it (the component puts the space between a phrase and what it joins)'));
  });

  it('a placeholder in the site\'s name', () => {
    const path = 'pages/site.yaml';
    const { printed, files } = checkWith((f) => edit(f, path, /^title: "/m, 'title: "{sources} '));
    expect(printed).toBe(one(valueAt(files, path, 'title'), 'title', "the site's name takes no placeholder: write it out instead of {sources}."));
  });

  it('an unknown placeholder in a page\'s words', () => {
    const path = 'pages/sources.yaml';
    const { printed, files } = checkWith((f) => edit(f, path, 'title: "The {sources} sources"', 'title: "The {sourcs} sources"'));
    expect(printed).toBe(one(valueAt(files, path, 'title'), 'title', `unknown placeholder {sourcs}: use one of ${PAGE_TOKENS.map((name) => `{${name}}`).join(', ')}`));
  });
});

describe('the World Bank data files', () => {
  const shares = 'data/wdi_shares.csv';

  it('a value that is not a number, at its line', () => {
    const { printed, files } = checkWith((f) => edit(f, shares, /,1961,14\.2984236306/, ',1961,abc'));
    expect(printed).toBe(one(at(files, shares, textOf(files, shares).split('\n').find((line) => line.endsWith(',1961,abc')) ?? ''), 'value', '"abc" is not a number'));
  });

  it('a duplicate row, naming the line it repeats', () => {
    const [header = '', first = ''] = textOf(real, shares).split('\n');
    const row = Object.fromEntries(header.split(',').map((column, index) => [column, first.split(',')[index]]));
    const { printed, files } = checkWith((f) => f.set(shares, `${textOf(f, shares)}${first}\n`));
    const line = textOf(files, shares).split('\n').length - 1;
    expect(printed).toBe(one(`content/${shares}:${line}:1`, 'year', `duplicate row: ${row['country_code']} ${row['indicator_code']} ${row['year']} is already on line 2`));
  });

  it('a provenance file without the data version every chart citation gives', () => {
    const path = 'data/PROVENANCE.md';
    const { printed } = checkWith((f) => edit(f, path, '**Data version**', '**Data release**'));
    expect(printed).toBe(one(`content/${path}:1:1`, '(file)', 'must have a "- **Data version**: …" line (it goes into every chart citation)'));
  });
});

describe('chart specs against the data', () => {
  it("a chart's phrase missing from data.yaml, named once for the charts that use it", () => {
    const { printed, files } = checkWith((f) => edit(f, 'pages/data.yaml', /^  tip_no_data: .*\n/m, ''));
    expect(printed).toBe(one(phrasesStart(files, 'pages/data.yaml'), 'phrases.tip_no_data', 'missing; the page shows this sentence, so add it under phrases:'));
  });

  it("a line summary's phrase missing from data.yaml, named once for the charts that compare economies", () => {
    const { printed, files } = checkWith((f) => edit(f, 'pages/data.yaml', /^  summary_line_range: .*\n/m, ''));
    expect(printed).toBe(one(phrasesStart(files, 'pages/data.yaml'), 'phrases.summary_line_range', 'missing; the page shows this sentence, so add it under phrases:'));
  });

  it('a series the data do not have', () => {
    const path = 'charts/china-demand-mix.yaml';
    const index = indexWhere(path, 'series', (item) => item['indicator'] === 'NE.CON.GOVT.ZS');
    const { printed, files } = checkWith((f) => edit(f, path, /NE\.CON\.GOVT\.ZS/, 'NE.CON.GOVX.ZS'));
    expect(printed).toBe(one(at(files, path, 'NE.CON.GOVX.ZS'), `series[${index}].indicator`, '"NE.CON.GOVX.ZS" is not in content/data/indicators.csv'));
  });

  it('a label holding an economy code', () => {
    const path = 'charts/manufacturing-and-exports.yaml';
    const index = indexWhere(path, 'series', (item) => item['label'] === 'Korea, exports');
    const { printed, files } = checkWith((f) => edit(f, path, 'label: "Korea, exports"', 'label: "Korea, exports", short_label: "KOR exp"'));
    expect(printed).toBe(
      one(at(files, path, '"KOR exp"'), `series[${index}].short_label`, '"KOR exp" contains the code KOR: write the economy\'s name (Korea, Rep.) or a short form a general reader knows'),
    );
  });

  it('a short title that is its title, so a screen reader would hear the title again', () => {
    const path = 'charts/china-demand-mix.yaml';
    const pageTitle = String(dataOf(path)['page_title']);
    const { printed, files } = checkWith((f) => edit(f, path, /^title: .*$/m, `title: ${JSON.stringify(pageTitle)}`));
    expect(printed).toBe(one(valueAt(files, path, 'page_title'), 'page_title', 'must differ from title: write a shorter title, which names the drawing and the data table'));
  });

  it('an unknown placeholder in a chart note', () => {
    const path = 'charts/investment-map.yaml';
    const index = (dataOf(path)['notes'] as string[]).findIndex((note) => note.includes('{latest_year} for most'));
    const { printed, files } = checkWith((f) => edit(f, path, '{latest_year} for most', '{latest_yaer} for most'));
    const note = (textOf(files, path).split('\n').find((line) => line.includes('{latest_yaer}')) ?? '').replace(/^\s*- /, '');
    const known = Object.keys(latestViewTokens([{ year: 2023, aggregate: false }])).map((name) => `{${name}}`).join(', ');
    expect(printed).toBe(one(at(files, path, note), `notes[${index}]`, `unknown placeholder {latest_yaer}: use one of ${known}`));
  });
});

describe('between files: references, quotes, our own words', () => {
  it('an unknown source id, once: the quotes it would be checked against are not each a problem', () => {
    const index = indexWhere(claim, 'reports', (item) => item['source'] === 'mdt-agencies');
    const { printed, files } = checkWith((f) => edit(f, claim, /source: mdt-agencies/, 'source: mdt-agenices'));
    expect(printed).toBe(one(at(files, claim, 'mdt-agenices'), `reports[${index}].source`, `unknown source "mdt-agenices". Known sources: ${knownSources}.`));
  });

  it('a glossary entry naming an unknown source', () => {
    const path = 'glossary/tariff.yaml';
    const { printed, files } = checkWith((f) => edit(f, path, /sources: \[/, 'sources: [no-such-source, '));
    expect(printed).toBe(one(at(files, path, 'no-such-source'), 'sources[0]', `unknown source "no-such-source". Known sources: ${knownSources}.`));
  });

  it('a quote not in its source', () => {
    const index = indexWhere(source, 'quotes', (item) => item['text'] === 'We need more manufacturing, they need more consumption');
    const wrong = 'We need more factories, they need more consumption';
    const { printed, files } = checkWith((f) => edit(f, source, 'We need more manufacturing, they need more consumption"', `${wrong}"`));
    expect(printed).toBe(one(at(files, source, `"${wrong}"`), `quotes[${index}].text`, `"${wrong}" does not appear word for word in source "mdt-agencies". Copy the exact words from the archived text.`));
  });

  it('a mistyped archive name: one problem, saying once that the quotes were not checked', () => {
    const archive = String(dataOf(source)['archive']);
    const { printed, files } = checkWith((f) => edit(f, source, `archive: "${archive}"`, `archive: "x${archive}"`));
    expect(printed).toBe(one(valueAt(files, source, 'archive'), 'archive', `no archived text named "x${archive}" in the sources folder, so this source's quotes were not checked.`));
  });

  it('an unknown topic, naming the topics content/topics.yaml lists', () => {
    const path = 'sources/fdd-new-industrial-policy.mdx';
    const { printed, files } = checkWith((f) => edit(f, path, /topics: \[/, 'topics: [space-travel, '));
    expect(printed).toBe(one(at(files, path, 'space-travel'), 'topics[0]', `unknown topic "space-travel": use one of ${knownTopics} (content/topics.yaml)`));
  });

  it('a topic id listed twice in content/topics.yaml, at the second entry', () => {
    const topics = parse(textOf(real, 'topics.yaml')) as unknown[];
    const { printed, files } = checkWith((f) => f.set('topics.yaml', `${textOf(f, 'topics.yaml')}- id: technology\n  name: "Technology again"\n`));
    expect(printed).toBe(one(valueAt(files, 'topics.yaml', 'id', topics.length), `[${topics.length}].id`, 'the id "technology" is used twice: each topic needs its own id.'));
  });

  it("a data check's explanation phrase missing from claims.yaml", () => {
    const { printed, files } = checkWith((f) => edit(f, 'pages/claims.yaml', /^  check_explain_approx: .*\n/m, ''));
    expect(printed).toBe(one(phrasesStart(files, 'pages/claims.yaml'), 'phrases.check_explain_approx', 'missing; the page shows this sentence, so add it under phrases:'));
  });

  it('a duplicate timeline id, at the second entry', () => {
    const events = parse(textOf(real, 'timeline.yaml')) as unknown[];
    const { printed, files } = checkWith((f) =>
      f.set('timeline.yaml', `${textOf(f, 'timeline.yaml')}\n- id: mic2025-launch\n  date: "2015"\n  title: Again\n  description: Again.\n  status: happened\n  sources: [mdt-agencies]\n`),
    );
    expect(printed).toBe(one(valueAt(files, 'timeline.yaml', 'id', events.length), `[${events.length}].id`, 'the id "mic2025-launch" is used twice: each event needs its own id.'));
  });

  it('a timeline event whose only source is unknown, so it has no date it is as of', () => {
    const { printed, files } = checkWith((f) =>
      f.set('timeline.yaml', `${textOf(f, 'timeline.yaml')}\n- id: unsourced-event\n  date: "2015"\n  title: Unsourced\n  description: Unsourced.\n  status: happened\n  sources: [no-such-source]\n`),
    );
    expect(printed).toBe(one(at(files, 'timeline.yaml', 'no-such-source'), '[id=unsourced-event].sources[0]', `unknown source "no-such-source". Known sources: ${knownSources}.`));
  });

  it('a story reference to an unknown claim', () => {
    const { printed, files } = checkWith((f) => edit(f, 'pages/home.mdx', /<ClaimRef id="[^"]+"/, '<ClaimRef id="no-such-claim"'));
    expect(printed).toBe(one(at(files, 'pages/home.mdx', '<ClaimRef id="no-such-claim"'), '<ClaimRef> id', 'unknown claim "no-such-claim": no file content/claims/no-such-claim.yaml.'));
  });

  it('a story link to an unknown source', () => {
    const { printed, files } = checkWith((f) => edit(f, 'pages/home.mdx', /<SourceRef id="[^"]+"/, '<SourceRef id="no-such-source"'));
    expect(printed).toBe(one(at(files, 'pages/home.mdx', '<SourceRef id="no-such-source"'), '<SourceRef> id', `unknown source "no-such-source". Known sources: ${knownSources}.`));
  });

  it('a story count of sources for an unknown claim', () => {
    const { printed, files } = checkWith((f) => edit(f, 'pages/home.mdx', /<SourceCount claim="[^"]+"/, '<SourceCount claim="no-such-claim"'));
    expect(printed).toBe(one(at(files, 'pages/home.mdx', '<SourceCount claim="no-such-claim"'), '<SourceCount> claim', 'unknown claim "no-such-claim": no file content/claims/no-such-claim.yaml.'));
  });

  it("a story figure its source does not have", () => {
    const { printed, files } = checkWith((f) => edit(f, 'pages/home.mdx', /<Reported source="([^"]+)" figure="[^"]+"/, '<Reported source="$1" figure="no-such-figure"'));
    const tag = /<Reported source="([^"]+)" figure="no-such-figure"/.exec(textOf(files, 'pages/home.mdx'));
    const source = tag?.[1] ?? '';
    const ids = ((dataOf(`sources/${source}.mdx`)['figures'] ?? []) as { id?: string }[]).flatMap((figure) => figure.id ?? []);
    expect(printed).toBe(one(at(files, 'pages/home.mdx', tag?.[0] ?? ''), '<Reported> figure', `source "${source}" has no figure with id "no-such-figure". Figure ids there: ${ids.join(', ')}.`));
  });

  it('a story value from a series the data do not have', () => {
    const tag = '<DataValue economy="CHN" indicator="NE.CON.PRVT.ZS" year="latest"';
    const { printed, files } = checkWith((f) => edit(f, 'pages/home.mdx', tag, tag.replace('NE.CON.PRVT.ZS', 'NE.CON.GOVX.ZS')));
    expect(printed).toBe(one(at(files, 'pages/home.mdx', tag.replace('NE.CON.PRVT.ZS', 'NE.CON.GOVX.ZS')), '<DataValue> indicator', 'the data have no series NE.CON.GOVX.ZS for CHN.'));
  });

  it('a story date naming an unknown timeline event', () => {
    const { printed, files } = checkWith((f) => edit(f, 'pages/home.mdx', /<EventDate id="[^"]+"/, '<EventDate id="no-such-event"'));
    expect(printed).toBe(one(at(files, 'pages/home.mdx', '<EventDate id="no-such-event"'), '<EventDate> id', 'unknown event "no-such-event": no event with that id in content/timeline.yaml.'));
  });

  it("a chart's heading level written by hand in the story", () => {
    const { printed, files } = checkWith((f) => edit(f, 'pages/home.mdx', /<Chart id="([^"]+)" \/>/, '<Chart id="$1" level={2} />'));
    expect(printed).toBe(
      one(
        at(files, 'pages/home.mdx', textOf(files, 'pages/home.mdx').split('\n').find((line) => line.includes('level={2}')) ?? ''),
        '<Chart> level',
        "leave it out: a chart's heading level follows from the section it is in (one level below the section's heading).",
      ),
    );
  });

  it('a story value for a year the data do not have', () => {
    const tag = '<DataValue economy="CHN" indicator="NE.CON.PRVT.ZS" year="latest"';
    const { printed, files } = checkWith((f) => edit(f, 'pages/home.mdx', tag, tag.replace('"latest"', '"1950"')));
    expect(printed).toBe(
      one(at(files, 'pages/home.mdx', tag.replace('"latest"', '"1950"')), '<DataValue> year', 'the data have no value of NE.CON.PRVT.ZS for CHN in "1950": name a year they have, or "latest".'),
    );
  });

  it('a story value without a year', () => {
    const tag = '<DataValue economy="CHN" indicator="NE.CON.PRVT.ZS" year="latest"';
    const { printed, files } = checkWith((f) => edit(f, 'pages/home.mdx', tag, tag.replace(' year="latest"', '')));
    expect(printed).toBe(one(at(files, 'pages/home.mdx', tag.replace(' year="latest"', '')), '<DataValue> year', 'year is required: a year such as 2023, or "latest", "lowest" or "highest".'));
  });

  it('a story component given an attribute it does not take', () => {
    const { printed, files } = checkWith((f) => edit(f, 'pages/home.mdx', /<ClaimRef id="([^"]+)"/, '<ClaimRef id="$1" claim="$1"'));
    expect(printed).toBe(one(at(files, 'pages/home.mdx', '<ClaimRef'), '<ClaimRef> claim', 'is not a field here: check its spelling, or remove it'));
  });

  it('a story link inside a Markdown link, which would nest one link in another', () => {
    const path = 'pages/about.mdx';
    const { printed, files } = checkWith((f) => f.set(path, `${textOf(f, path)}
See [what <SourceRef id="mdt-agencies" /> reports](/claims/).
`));
    expect(printed).toBe(
      one(at(files, path, '<SourceRef id="mdt-agencies" /> reports]'), '<SourceRef>', 'it renders a link, and this place is already inside one (a [text](address) or another link component): take it out of that link.'),
    );
  });

  it("a page's words naming a series the data do not have", () => {
    const path = 'pages/data.yaml';
    const { printed, files } = checkWith((f) => edit(f, path, /^description: "/m, 'description: "{latest:CHN/NE.CON.GOVX.ZS} '));
    expect(printed).toBe(one(valueAt(files, path, 'description'), 'description', '{latest:CHN/NE.CON.GOVX.ZS}: the data have no series NE.CON.GOVX.ZS for CHN'));
  });

  it('no source with a full publication date, which the story\'s "as of" line needs', () => {
    const dated = [...real.keys()].filter((path) => /^sources\/.+\.mdx$/.test(path) && /^  date: "\d{4}-\d{2}-\d{2}"$/m.test(textOf(real, path)));
    expect(dated.length).toBeGreaterThan(0);
    const { printed, files } = checkWith((f) => dated.forEach((path) => edit(f, path, /^  date: "(\d{4})-\d{2}-\d{2}"$/m, '  date: "$1"')));
    const first = [...files.keys()].filter((path) => /^sources\/.+\.mdx$/.test(path)).sort()[0] ?? '';
    expect(printed).toBe(one(valueAt(files, first, 'date'), 'published.date', 'no source has a full publication date ("YYYY-MM-DD"); the story\'s "as of" line needs at least one.'));
  });

  it('a typed count of sources', () => {
    const { printed, files } = checkWith((f) => f.set('pages/about.mdx', `${textOf(f, 'pages/about.mdx')}\nBoth sources agree on this.\n`));
    expect(printed).toBe(
      one(
        at(files, 'pages/about.mdx', 'Both sources agree'),
        'body',
        '"Both sources" types which or how many sources say something. Name the source, or let the site count: <SourceCount claim="…" /> in a page, the claims matrix and "What this source adds" elsewhere.',
      ),
    );
  });

  it('a relative time word in our own voice', () => {
    const { printed, files } = checkWith((f) => f.set('pages/about.mdx', `${textOf(f, 'pages/about.mdx')}\nThe plan is current.\n`));
    expect(printed).toBe(
      one(
        at(files, 'pages/about.mdx', 'current.\n'),
        'body',
        '"current" is a relative time word; it goes stale. Give the date or the period instead (e.g. "in 2025", "the 14th Five-Year Plan (2021 to 2025)").',
      ),
    );
  });
});

describe('the build stops before it renders', () => {
  it('a CI build without the archive of source texts, saying how to provide it or opt out', async () => {
    vi.resetModules();
    vi.stubEnv('CI', 'true');
    vi.stubEnv('ALLOW_UNVERIFIED_QUOTES', '');
    vi.stubEnv('SOURCES_ARCHIVE_DIR', '/nonexistent/no-archive');
    try {
      const { default: contentPrecheck } = await import('../../src/integrations/content-precheck');
      const setup = contentPrecheck().hooks['astro:config:setup'] as (options: { command: string }) => Promise<void> | void;
      await expect(async () => setup({ command: 'build' })).rejects.toThrow(
        /^no archived source texts at \/nonexistent\/no-archive\. A build with CI set checks every quote against them\. .*SOURCES_ARCHIVE_DIR.*ALLOW_UNVERIFIED_QUOTES=1\.$/,
      );
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});
