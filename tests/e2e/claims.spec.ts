import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { claimIds, pagePhrase, readContent, sourceSlugs } from './helpers';

interface Report {
  source: string;
  support?: 'full' | 'partial';
  lacks?: string;
}
const claim = (id: string) => parse(readContent(`claims/${id}.yaml`)) as { reports: Report[] };
const shortName = (slug: string) => /^short_name: "?([^"\n]+)"?$/m.exec(readContent(`sources/${slug}.mdx`))?.[1] ?? slug;
/** A claim with a partial report, and that report: the content must have one for these tests. */
const partialClaimId = claimIds.find((id) => claim(id).reports.some((report) => report.support === 'partial')) ?? '';
const partialReport = claim(partialClaimId).reports.find((report) => report.support === 'partial');

test.use({ javaScriptEnabled: false });

test('the matrix lists every claim with a computed source count and links each tick to the wording', async ({ page }) => {
  expect(claimIds.length).toBeGreaterThanOrEqual(25);
  await page.goto('claims/');
  await expect(page.locator('table.matrix tbody tr')).toHaveCount(claimIds.length);
  const id = 'tariffs-145-then-about-40';
  const row = page.locator('table.matrix tbody tr', { has: page.locator(`a[href$="/claims/${id}/"]`) });
  const reports = claim(id).reports;
  const partial = reports.filter((report) => report.support === 'partial').length;
  await expect(row.locator('td.num')).toHaveText(`${reports.length} of ${sourceSlugs.length}${partial > 0 ? `, ${partial} in part` : ''}`);
  await expect(row.locator('a.matrix__yes')).toHaveCount(reports.length - partial);
  await expect(row.locator('a.matrix__part')).toHaveCount(partial);
  await row.locator('a.matrix__yes').first().click();
  await expect(page).toHaveURL(new RegExp(`/claims/${id}/#source-`));
  await expect(page.locator(':target blockquote')).toBeVisible();
});

test('the topic filter works as a plain anchor without JavaScript', async ({ page }) => {
  await page.goto('claims/');
  await expect(page.locator('.claim-group:visible')).not.toHaveCount(1);
  await page.getByRole('link', { name: /^Technology \(\d+\)$/ }).click();
  await expect(page.locator('.claim-group:visible')).toHaveCount(1);
  await expect(page.locator('.claim-group:visible h2')).toHaveText('Technology');
  await page.getByRole('link', { name: /^All topics/ }).click();
  expect(await page.locator('.claim-group:visible').count()).toBeGreaterThan(3);
});

test('a claim page shows each source\'s wording, the differences and the computed data check', async ({ page }) => {
  await page.goto('claims/consumption-about-40-percent-of-gdp/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('figure.wording')).toHaveCount(claim('consumption-about-40-percent-of-gdp').reports.length);
  const check = page.locator('#data-check');
  await expect(check.locator('.verdict')).toHaveText(pagePhrase('claims', 'check_consistent'));
  // 2023 household consumption in the WDI file is 39.13% of GDP; total final consumption 55.6%.
  await expect(check).toContainText('39.1%');
  await expect(check).toContainText('55.6%');
  await expect(check).toContainText('NE.CON.PRVT.ZS');
});

test('every source page lists its claims and every claim links to a source', async ({ page }) => {
  for (const id of claimIds.slice(0, 10)) {
    await page.goto(`claims/${id}/`);
    expect(await page.locator('figure.wording cite a[href*="/sources/"]').count()).toBeGreaterThan(0);
  }
});

test('the timeline is an ordered list from 2015 to 2049 with a visual axis hidden from screen readers', async ({ page }) => {
  await page.goto('timeline/');
  const items = page.locator('ol.timeline > li');
  // One item per event in timeline.yaml and one per source's publication.
  const events = (parse(readContent('timeline.yaml')) as unknown[]).length;
  await expect(items).toHaveCount(events + sourceSlugs.length);
  await expect(items.first().locator('time')).toHaveAttribute('datetime', '2015');
  await expect(items.last().locator('time')).toHaveAttribute('datetime', '2049');
  await expect(page.locator('svg.timeline-overview')).toHaveAttribute('aria-hidden', 'true');
  await expect(page.locator('#published-fdd-new-industrial-policy time')).toHaveText('28 May 2025');
  await expect(page.locator('ol.timeline li', { hasText: '2049' }).locator('.timeline__status')).toHaveText('Planned');
});

test('the glossary gives Chinese names, and summaries link a term at its first use', async ({ page }) => {
  await page.goto('glossary/');
  await expect(page.locator('#made-in-china-2025 [lang="zh-Hans"]')).toHaveText('中国制造2025');
  await page.goto('sources/mdt-agencies/');
  const termLinks = page.locator('section[aria-labelledby="summary"] a.term[href$="/glossary/#made-in-china-2025"]');
  await expect(termLinks).toHaveCount(1);
  await termLinks.click();
  await expect(page.locator('#made-in-china-2025')).toBeInViewport();
});

test('a partial report has its own mark in the matrix, with a text alternative and a legend', async ({ page }) => {
  expect(partialReport, 'the content should have at least one partial report').toBeDefined();
  await page.goto('claims/');
  await expect(page.locator('#matrix-legend')).toContainText('states only part of it');
  const row = page.locator('table.matrix tbody tr', { has: page.locator(`a[href$="/claims/${partialClaimId}/"]`) });
  const name = `In part: ${shortName(partialReport?.source ?? '')}'s wording states only part of the claim`;
  const mark = row.getByRole('link', { name, exact: true });
  await expect(mark).toHaveClass(/matrix__part/);
  await mark.click();
  await expect(page.locator(':target')).toContainText(`In part: the wording does not state ${partialReport?.lacks}`);
});

test('a claim page counts partial reports apart and says what each one lacks', async ({ page }) => {
  await page.goto(`claims/${partialClaimId}/`);
  const reports = claim(partialClaimId).reports;
  const partial = reports.filter((report) => report.support === 'partial');
  await expect(page.locator('.lede')).toHaveText(
    pagePhrase('claims', 'claim_lede_partial', { count: reports.length, total: sourceSlugs.length, partial: partial.length, list: partial.map((report) => shortName(report.source)).join(', ') }),
  );
  await expect(page.locator('figure.wording--partial')).toHaveCount(partial.length);
});

test("a claim's topic page counts its partial reports apart, as its own page does", async ({ page }) => {
  const topic = /^topic: "?([^"\n]+)"?$/m.exec(readContent(`claims/${partialClaimId}.yaml`))?.[1] ?? '';
  const reports = claim(partialClaimId).reports;
  const tally = pagePhrase('claims', 'tally_sources_partial', { count: reports.length, total: sourceSlugs.length, partial: reports.filter((report) => report.support === 'partial').length });
  await page.goto(`topics/${topic}/`);
  const item = page.locator('li', { has: page.locator(`a[href$="/claims/${partialClaimId}/"]`) });
  await expect(item.locator('.meta')).toHaveText(pagePhrase('topics', 'claim_tally', { list: tally }));
});

test('a source page marks its partial reports and lists what only it reports, from the claims', async ({ page }) => {
  const source = partialReport?.source ?? '';
  await page.goto(`sources/${source}/`);
  const item = page.locator('section[aria-labelledby="claims"] li', { has: page.locator(`a[href$="/claims/${partialClaimId}/"]`) });
  await expect(item).toContainText(`In part: its wording does not state ${partialReport?.lacks}`);
  const alone = claimIds.filter((id) => claim(id).reports.length === 1 && claim(id).reports[0]?.source === source);
  const list = page.locator('[data-contribution]');
  if (alone.length > 0) await expect(list).toContainText(pagePhrase('sources', 'alone', { count: alone.length }));
  else await expect(list).toContainText(pagePhrase('sources', 'none_alone'));
});

test('the timeline says, for an event the sources expected, whether its date has passed', async ({ page }) => {
  await page.goto('timeline/');
  const events = parse(readContent('timeline.yaml')) as { id: string; status: string }[];
  const expected = events.find((event) => event.status === 'expected');
  expect(expected).toBeDefined();
  await expect(page.locator(`#${expected?.id} .timeline__status`)).toHaveText('Expected');
  await expect(page.locator(`#${expected?.id} .timeline__outlook`)).toContainText(/Expected (in|on) .*, as of the sources \(/);
});

test('a label and the links it introduces read as words: "Terms used: tariffs", not "Terms used:tariffs"', async ({ page }) => {
  const label = (pageName: string, phrase: string) => pagePhrase(pageName, phrase).split('{list}')[0] ?? '';
  const lines: [string, string, string][] = [
    ['/claims/tariffs-145-then-about-40/', 'p.meta', label('claims', 'terms_used')],
    ['/claims/tariffs-145-then-about-40/', 'p.meta', label('claims', 'not_reported_by')],
    ['/timeline/', 'li', label('timeline', 'reported_by')],
  ];
  for (const [path, selector, text] of lines) {
    await page.goto(path);
    const line = page.locator(selector, { hasText: text.trim() }).first();
    // The label keeps its space before the first link (a phrase's ends are trimmed, so the space lives inside it).
    expect(await line.innerText(), `${path}: ${text.trim()}`).toMatch(new RegExp(`${text.trim()} \\S`));
  }
});
