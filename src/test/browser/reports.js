// Browser test (run by ReportBrowserIT): an incident manager opens the reports, picks the incident
// management dashboard for this month, sees each measure drawn as a chart with its table, and goes from
// a bar's row to the incidents behind it.
// Usage: node reports.js <baseUrl> <user> <password> <screenshotDir>
const { logIn } = require('./login');
const { check, text, run } = require('./workspace-common');

const [baseUrl, user, password, shots] = process.argv.slice(2);

run(shots, 'reports', async page => {
  await logIn(page, baseUrl, user, password, 'All open incidents', '/incidents');
  await page.click('nav >> text=Reports');
  await page.click('nav[aria-label=Dashboards] >> text=Incident management');
  await page.locator('h1:has-text("Reports: Incident management")').waitFor();
  await page.locator('.chart svg').first().waitFor();
  const charts = await page.locator('.chart').count();
  check(charts >= 3 && await page.locator('.chart svg').count() === charts, 'the measures are drawn as charts: ' + charts);
  check(!(await text(page, '.chart-panel tbody')).includes('–'), 'each chart\'s table holds its numbers');
  const first = await text(page, '.chart-panel');
  check(first.includes('Incidents reported') && first.includes('Incidents by priority'),
    'each chart says what it counts and by what');
  check((await text(page, 'main')).includes('Days in Europe/Berlin'), 'the period is read in the viewer\'s zone');
  await page.screenshot({ path: shots + '/reports.png', fullPage: true });
  const link = page.locator('.chart-panel').first().locator('tbody a').first();
  const priority = (await link.innerText()).trim();
  await link.click();
  await page.locator('h1').first().waitFor();
  check(page.url().includes('/incidents?') && page.url().includes('priority=' + priority),
    'a row opens the incidents behind its bar');
});
