// Browser test (run by ReportBrowserIT): a service owner reads the release managers' dashboard, then
// opens the E-mail service's reports from the service owner dashboard: last month's report was
// reviewed in Tasklist and archived (not sent: no recipients yet); the owner names two recipients
// and downloads the archived PDF.
// Usage: node reports-service.js <baseUrl> <user> <password> <screenshotDir>
const { logIn } = require('./login');
const { check, text, run } = require('./workspace-common');

const [baseUrl, user, password, shots] = process.argv.slice(2);

run(shots, 'reports-service', async page => {
  await logIn(page, baseUrl, user, password, 'Reports: Release management', '/reports?dashboard=release');
  const panels = await page.locator('.chart-panel').count();
  const headings = await text(page, 'main');
  check(panels === 4 && headings.includes('Release deployments') && headings.includes('Changes that caused incidents')
    && headings.includes('Changes planned into a change freeze'), 'the release managers\' dashboard draws its measures');
  await page.screenshot({ path: shots + '/reports-release.png', fullPage: true });

  await page.click('nav[aria-label=Dashboards] >> text=Service owner');
  await page.selectOption('#service', 'EMAIL');
  await page.click('form[aria-label="Period and service"] button[type=submit]');
  await page.click('text=Comment, recipients and sent reports');
  await page.locator('h1:has-text("Service reports: E-mail")').waitFor();
  const sent = await text(page, 'section[aria-labelledby=archive-h] tbody tr');
  check(sent.includes('Archived, not sent') && sent.includes('service-owner, ') && sent.includes('CET')
    && sent.includes('Not sent: the service has no report recipients'), 'the archive shows the report as it went out: ' + sent);

  await page.fill('#recipients', 'it-board@example.com\ncio@example.com');
  await page.click('text=Save the recipients');
  await page.locator('text=The report now goes to 2 addresses.').waitFor();
  check((await page.inputValue('#recipients')) === 'cio@example.com\nit-board@example.com', 'the owner names the recipients');
  await page.screenshot({ path: shots + '/reports-service.png', fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('section[aria-labelledby=archive-h] >> text=PDF')
  ]);
  check(download.suggestedFilename().startsWith('service-report-EMAIL-'), 'the archived PDF downloads: '
    + download.suggestedFilename());
});
