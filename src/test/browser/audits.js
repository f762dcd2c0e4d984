// Browser test (run by AuditBrowserIT): a process owner adds a service management objective and sees
// it measured, puts incident management into the audit programme and opens its scheduled audit,
// then reads which clause ITSM Flow carries where.
// Usage: node audits.js <baseUrl> <user> <password> <screenshotDir> <nextDue>
const { logIn } = require('./login');
const { check, text, run } = require('./workspace-common');

const [baseUrl, user, password, shots, nextDue] = process.argv.slice(2);

run(shots, 'audits', async page => {
  await logIn(page, baseUrl, user, password, 'Service management objectives', '/objectives');
  await page.fill('#title', 'E-mail incidents stay few');
  await page.selectOption('#measure', 'incident-volume');
  await page.fill('#value', 'incidents');
  await page.selectOption('#groupBy', 'service');
  await page.fill('#key', 'EMAIL');
  await page.selectOption('#comparison', 'at-most');
  await page.fill('#target', '50');
  await page.fill('#periodMonths', '3');
  await page.fill('#owner', 'service-owners');
  await page.fill('#reviewOn', '2027-06-30');
  await page.click('text=Add the objective');
  await page.locator('.notice:has-text("Added OBJ-")').waitFor();
  const row = await text(page, 'tbody tr:has-text("E-mail incidents stay few")');
  check(row.includes('Incidents reported: incidents, service EMAIL') && row.includes('at most 50')
    && /Met|Missed|No data/.test(row) && row.includes('service-owners') && row.includes('30 Jun 2027'),
    'the objective is listed with its target, actual value and status: ' + row);
  await page.screenshot({ path: shots + '/objectives.png', fullPage: true });

  await page.click('nav[aria-label=Workspace] >> text=Audits');
  await page.locator('h1:has-text("Internal audits")').waitFor();
  await page.selectOption('#processKey', 'incident-management');
  await page.selectOption('#clauses', ['8.6.1', '8.3.3']);
  await page.selectOption('#importance', 'high');
  await page.fill('#nextDue', nextDue);
  await page.click('text=Save in the programme');
  await page.locator('.notice:has-text("is audited every 6 months")').waitFor();
  const entry = await text(page, 'section[aria-labelledby=programme-h] tbody tr');
  check(entry.includes('incident-management') && entry.includes('8.3.3, 8.6.1') && entry.includes('high')
    && entry.includes('6 months') && entry.includes('scheduled'), 'the programme schedules the next audit: ' + entry);
  await page.screenshot({ path: shots + '/audits.png', fullPage: true });

  await page.click('section[aria-labelledby=programme-h] tbody tr >> a[href^="/audits/IA-"]');
  await page.locator('h1:has-text("internal audit of incident-management")').waitFor();
  const fields = await text(page, 'dl.fields');
  check(fields.includes('8.3.3, 8.6.1') && fields.includes('not planned yet') && /CET|CEST/.test(fields),
    'the audit shows what it covers and when it was scheduled, with the zone: ' + fields);
  await page.screenshot({ path: shots + '/audit.png', fullPage: true });

  await page.click('nav[aria-label=Workspace] >> text=Audits');
  await page.click('text=Which clause ITSM Flow carries where');
  await page.locator('h1:has-text("ISO/IEC 20000-1 traceability")').waitFor();
  // A long page: read its rows once all of it has arrived, not while it still streams in.
  await page.waitForLoadState('load');
  await page.locator('tr#clause-10-2').waitFor();
  const incident = await text(page, 'tr#clause-8-6-1');
  check(incident.includes('Incident management') && incident.includes('incident-management.bpmn')
    && /IncidentProcessTest \d+ of \d+ passed/.test(incident), 'each clause names its model elements and tests: '
    + incident.substring(incident.length - 600));
  await page.click('tr#clause-8-6-1 summary:has-text("IncidentProcessTest")');
  const opened = await text(page, 'tr#clause-8-6-1 details[open]');
  check(opened.includes('happyPathFromReportToConfirmedClosure: passed'),
    'a test class opens to its tests and their results: ' + opened.substring(0, 200));
  const notCarried = await text(page, 'tr#clause-8-2-5');
  check(notCarried.includes('Not carried'), 'clauses ITSM Flow does not carry say so: ' + notCarried);
  await page.locator('tr#clause-8-6-1').evaluate(row => row.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: shots + '/traceability.png', fullPage: false });
});
