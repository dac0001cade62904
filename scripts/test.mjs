#!/usr/bin/env node
// `npm test`: type checks, unit tests, build tests (broken content must fail the build),
// a production build, HTML validation (html-validate and the Nu HTML Checker), a smoke suite in
// Firefox, then end-to-end tests in Chromium against the built site (among them the feed and
// sitemap parse, the search ranking and the text-only reading in lynx), and the count-dependent
// ones again with one more source. Ends with one line:
// "Summary: N passed, N failed" (each stage's wall time goes to test-results/timings.json, which
// `npm run bench` reports), after the names of the checks that failed (so that the last lines
// of a CI log say what to look at).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { chromiumPath } from './chromium.mjs';

const browser = chromiumPath();
if (!existsSync(browser)) {
  console.error(`No Chromium found${process.env.CHROMIUM_PATH ? ` at CHROMIUM_PATH=${process.env.CHROMIUM_PATH}` : ''}.
The end-to-end tests need one. Either:
  - install Playwright's own:      npx playwright install chromium
  - or install the system's (Debian/Ubuntu: sudo apt-get install chromium; it is used at once)
  - or point to one elsewhere:     CHROMIUM_PATH=/path/to/chromium npm test`);
  process.exit(1);
}

/** Each stage's wall time, written to test-results/timings.json for `npm run bench` to report. */
const timings = [];
const startedAt = Date.now();
const run = (label, command, args) => {
  console.log(`\n▶ ${label}`);
  const start = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  timings.push({ label, ms: Date.now() - start });
  return result.status === 0;
};
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

rmSync('test-results', { recursive: true, force: true });
let passed = 0;
let failed = 0;
/** What did not pass, by name, repeated at the end. */
const failures = [];
const fail = (label) => {
  failed += 1;
  failures.push(label);
  console.error(`✗ ${label} failed`);
};

if (!run('Type and template check (astro check)', 'npx', ['astro', 'check'])) fail('astro check');

/**
 * Runs a vitest suite and adds its counts. A test that did not run (skipped, or left pending
 * because a setup hook failed, e.g. no Firefox) counts as a failure, and so does a suite that
 * ran no test or failed outside any test.
 */
const vitestSuite = (label, extraArgs, report) => {
  run(label, 'npx', ['vitest', 'run', ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile=${report}`]);
  const results = readJson(report);
  if (!results) return fail(`${label} (no report written)`);
  const notPassed = results.numFailedTests + results.numPendingTests + results.numTodoTests;
  passed += results.numPassedTests;
  failed += notPassed;
  for (const file of results.testResults) {
    for (const test of file.assertionResults) {
      if (test.status !== 'passed') failures.push(`${label}: ${file.name.replace(`${process.cwd()}/`, '')} › ${test.fullName} (${test.status})`);
    }
  }
  if (results.numTotalTests === 0 || (notPassed === 0 && results.numFailedTestSuites > 0)) fail(`${label} (no test ran, or a suite failed outside its tests)`);
};

vitestSuite('Unit tests (vitest)', [], 'test-results/unit.json');
vitestSuite('Build tests: broken content must fail the build; a base path and many sources must build right (vitest)', ['--config', 'vitest.faults.config.ts'], 'test-results/faults.json');

/** Adds a Playwright run's counts; a skipped end-to-end test is a check that did not run. */
const countPlaywright = (label, report) => {
  const e2e = readJson(report);
  if (!e2e) return fail(`${label} (no report written)`);
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected + e2e.stats.skipped;
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        if (test.status === 'unexpected' || test.status === 'skipped') failures.push(`${label}: ${spec.file}:${spec.line} › ${spec.title} (${test.status})`);
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of e2e.suites) visit(suite);
};

// What is past for the sources' plans depends on the day: pin it so the tests read the same on any day.
process.env.SITE_TODAY ||= '2026-12-01';
const built = run(`Production build (npm run build, SITE_TODAY=${process.env.SITE_TODAY})`, 'npm', ['run', 'build']);
if (!built) fail('build');

if (built) {
  if (run('HTML validation of every built page (html-validate)', 'npx', ['html-validate', 'dist/**/*.html'])) passed += 1;
  else fail('html-validate');
  if (run('The Nu HTML Checker over every built page, served over HTTP (vnu-jar; errors fail, warnings are listed)', 'node', ['scripts/vnu.mjs'])) passed += 1;
  else fail('Nu HTML Checker');
  vitestSuite('Firefox smoke suite: firefox-esr over WebDriver BiDi (puppeteer-core, vitest)', ['--config', 'vitest.firefox.config.ts'], 'test-results/firefox.json');
  run('End-to-end tests (playwright)', 'npx', ['playwright', 'test']);
  countPlaywright('end-to-end tests', 'test-results/e2e.json');
}

run('Counts come from the content: one more source, its build and the end-to-end tests that count (playwright)', 'node', ['scripts/test-extra-source.mjs']);
countPlaywright('end-to-end tests with one more source', 'test-results/e2e-extra-source.json');

mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/timings.json', `${JSON.stringify({ date: new Date(startedAt).toISOString(), totalMs: Date.now() - startedAt, passed, failed, stages: timings }, null, 2)}\n`);
if (failures.length > 0) console.log(`\nDid not pass:\n${failures.map((name) => `  ✗ ${name}`).join('\n')}`);
console.log(`\nSummary: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
