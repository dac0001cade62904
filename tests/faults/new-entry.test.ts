/**
 * `npm run new` in a copy of content/: each kind of entry is written with placeholders, and
 * `npm run check:content` then names every placeholder at its line, so nothing half-filled can
 * ship. Bad requests are refused with a message.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SOURCES_ARCHIVE_DIR } from '../../src/lib/site/paths';

const work = mkdtempSync(join(tmpdir(), 'new-entry-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const content = join(work, 'content');
cpSync('content', content, { recursive: true });

const run = (script: string, ...args: string[]) => {
  const result = spawnSync('node', [script, ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: content } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};
const newEntry = (...args: string[]) => run('scripts/new.mjs', ...args);
const archive = readdirSync(SOURCES_ARCHIVE_DIR).find((name) => name.endsWith('.txt')) ?? '';

describe('npm run new', () => {
  it('writes each kind of entry, and check:content names every placeholder at its line', () => {
    const created = [
      newEntry('source', 'new-source', '--archive', archive),
      newEntry('claim', 'new-claim'),
      newEntry('term', 'new-term'),
      newEntry('event', 'new-event'),
      newEntry('chart', 'new-chart'),
    ];
    for (const result of created) expect(result.status, result.output).toBe(0);

    const { status, output } = run('scripts/check-content.mjs');
    expect(status).toBe(1);
    const problems = [...output.matchAll(/^ {2}(\S+):(\d+):(\d+) (\S+): is still the placeholder "TODO: [^"]+"/gm)];
    const where = (file: string) => problems.filter((match) => match[1] === relative(process.cwd(), join(content, file)));
    // Every kind's fields are named, at the line that holds them.
    for (const [file, fields] of [
      ['sources/new-source.mdx', ['title', 'published.date', 'kind', 'topics[0]', 'quotes[0].text', 'figures[0].wording', 'body']],
      ['claims/new-claim.yaml', ['statement', 'topic', 'reports[0].source', 'reports[0].wording']],
      ['glossary/new-term.yaml', ['term', 'definition', 'sources[0]']],
      ['timeline.yaml', ['[id=new-event].date', '[id=new-event].title', '[id=new-event].status']],
      ['charts/new-chart.yaml', ['title', 'page_title', 'subtitle', 'series[0].label']],
    ] as const) {
      const found = where(file);
      expect(found.map((match) => match[4]), file).toEqual(expect.arrayContaining([...fields]));
      const lines = readFileSync(join(content, file), 'utf8').split('\n');
      for (const [, , line, column] of found) {
        const text = lines[Number(line) - 1] ?? '';
        expect(text.slice(Number(column) - 1), `${file}:${line}:${column}`).toMatch(/^"?TODO:/);
      }
    }
    expect(output).not.toMatch(/Invalid input|ZodError|at .*node_modules/);
  });

  it('refuses an existing slug, a bad slug, an unknown kind and a source without its archive', () => {
    const cases: [string[], RegExp][] = [
      [['claim', 'tariffs-145-then-about-40'], /claims\/tariffs-145-then-about-40\.yaml already exists/],
      [['event', 'mic2025-launch'], /already has an event with the id "mic2025-launch"/],
      [['term', 'Bad_Name'], /"Bad_Name" cannot be an id: use lowercase letters, digits and hyphens/],
      [['widget', 'x'], /Unknown kind "widget"[\s\S]*kind: source, claim, term, event, chart/],
      [['source', 'another-source'], /A source needs its archived text: give its file name with --archive/],
      [['source', 'another-source', '--archive', 'no-such-file.txt'], /There is no "no-such-file\.txt" in /],
    ];
    for (const [args, message] of cases) {
      const result = newEntry(...args);
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.output).toMatch(message);
    }
  });
});
