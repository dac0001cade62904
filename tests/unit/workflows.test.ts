/** The path from main to readers runs the checks: the deploy waits for the tests on the same commit. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  name: string;
  on: Record<string, { workflows?: string[]; types?: string[]; branches?: string[] } | null>;
  jobs: Record<string, { if?: string; needs?: string | string[]; steps?: Step[] }>;
}
const workflow = (file: string) => parse(readFileSync(`.github/workflows/${file}`, 'utf8')) as Workflow;
const steps = (flow: Workflow) => Object.values(flow.jobs).flatMap((job) => job.steps ?? []);
const checkouts = (flow: Workflow) => steps(flow).filter((step) => step.uses?.startsWith('actions/checkout@'));

const test = workflow('test.yml');
const deploy = workflow('deploy.yml');

describe('the test workflow', () => {
  it('runs on every pull request and every push to main', () => {
    expect(Object.keys(test.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    expect(test.on['push']?.branches).toContain('main');
  });

  it('runs the README’s test command with full history and the archive of source texts', () => {
    expect(steps(test).some((step) => step.run === 'npm test')).toBe(true);
    expect(steps(test).some((step) => step.run?.startsWith('npm ci'))).toBe(true);
    expect(readFileSync('README.md', 'utf8')).toContain('npm ci && npm test');
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/^npm ci .*\nnpm test$/m);
    expect(checkouts(test)[0]?.with?.['fetch-depth']).toBe(0);
    const archive = checkouts(test).find((step) => step.with?.['repository']);
    expect(archive?.with?.['token']).toMatch(/^\$\{\{ secrets\.\w+ \}\}$/);
    expect(steps(test).find((step) => step.run === 'npm test')?.env?.['SOURCES_ARCHIVE_DIR']).toContain(String(archive?.with?.['path']));
  });
});

describe('the deploy workflow', () => {
  it('starts only when the test workflow has passed on a push to main', () => {
    expect(Object.keys(deploy.on)).toEqual(['workflow_run']);
    expect(deploy.on['workflow_run']).toMatchObject({ workflows: [test.name], types: ['completed'], branches: ['main'] });
    expect(deploy.jobs['build']?.if).toMatch(/github\.event\.workflow_run\.conclusion == 'success'/);
    expect(deploy.jobs['deploy']?.needs).toBe('build');
  });

  it('builds the commit the tests passed on, with full history and the archive', () => {
    const [site, archive] = checkouts(deploy);
    expect(site?.with).toMatchObject({ ref: '${{ github.event.workflow_run.head_sha }}', 'fetch-depth': 0 });
    expect(archive?.with?.['repository']).toMatch(/^\$\{\{ secrets\.\w+ \}\}$/);
    expect(archive?.with?.['token']).toMatch(/^\$\{\{ secrets\.\w+ \}\}$/);
    const build = steps(deploy).find((step) => step.run === 'npm run build');
    expect(build?.env?.['SOURCES_ARCHIVE_DIR']).toContain(String(archive?.with?.['path']));
  });
});
