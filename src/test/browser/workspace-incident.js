// Browser test (run by WorkspaceBrowserIT): a service-desk agent's day one in the workspace,
// without JSON: sign in, log a phone incident and read its number to the caller, add a note,
// put it on hold and see it shown as held in the list, resume, escalate it and still follow it,
// see 2nd level resolve it, close it on the caller's confirmation; Tasklist opens without a
// second login, and signing out of Tasklist signs out of the workspace.
// Usage: node workspace-incident.js <baseUrl> <agent> <engineer> <password> <screenshotDir>
const { logIn } = require('./login');
const { check, text, run } = require('./workspace-common');

const [baseUrl, agent, engineer, password, shots] = process.argv.slice(2);

run(shots, 'workspace', async page => {
  await page.goto(baseUrl + '/incidents');
  await page.locator('#username').waitFor();
  check(page.url().startsWith(baseUrl + '/login'), 'the workspace asks to sign in first');
  check((await text(page, 'h1')) === 'ITSM Flow', 'the sign-in page carries the ITSM Flow name');
  await page.screenshot({ path: shots + '/workspace-sign-in.png' });
  await logIn(page, baseUrl, agent, password, 'All open incidents', '/incidents');

  // Log a phone incident and give the caller its number.
  await page.click('nav >> text=New incident');
  await page.fill('#reportedBy', 'Jane Roe');
  await page.selectOption('#channel', 'phone');
  await page.fill('#title', 'Printer on floor 3 jams');
  await page.fill('#description', 'Every print job jams since this morning');
  await page.selectOption('#serviceCode', { index: 1 });
  await page.screenshot({ path: shots + '/workspace-new-incident.png', fullPage: true });
  await page.click('button:has-text("Log incident")');
  const callout = page.locator('.number-callout');
  await callout.waitFor();
  const number = (await callout.locator('strong').innerText()).trim();
  check(/^INC-\d{6}$/.test(number) && (await callout.innerText()).includes('Give the caller this number'),
    'the new incident shows its number at once: ' + number);
  check((await text(page, '.record-head')).includes('Priority P3'), 'the decision table set priority P3');
  const dates = await page.locator('dl.fields dd').allInnerTexts();
  check(dates.some(d => /\d{2}:\d{2} (CET|CEST)$/.test(d.trim())), 'dates show in the viewer\'s zone with its name');
  check((await text(page, '.timeline')).includes('Decision: Incident priority'),
    'the timeline shows the priority decision with its inputs');

  // A work note, then on hold: the list shows it as held.
  await page.click('summary:has-text("Add a work note")');
  await page.fill('#note-text', 'Asked the caller for the printer\'s asset tag');
  await page.click('button:has-text("Add note")');
  await page.locator('.notice:has-text("Work note added")').waitFor();
  await page.setInputFiles('#file', { name: 'printer-error.txt', mimeType: 'text/plain',
    buffer: Buffer.from('Paper jam in tray 2, code 41.2') });
  await page.click('button:has-text("Attach")');
  await page.locator('.notice:has-text("printer-error.txt attached")').waitFor();
  check((await text(page, '.files')).includes('printer-error.txt'), 'the attached file is listed on the record');
  await page.click('summary:has-text("Put on hold")');
  await page.fill('#hold-reason', 'Caller is away until 14:00');
  await page.click('button:has-text("Put on hold")');
  await page.locator('.notice:has-text("On hold")').waitFor();
  check((await text(page, '.record-head')).includes('On hold'), 'the record page shows it as on hold');
  await page.click('nav >> text=Incidents');
  const row = page.locator('tbody tr', { hasText: number });
  await row.waitFor();
  check((await row.innerText()).includes('On hold'), 'the list shows the incident as on hold');
  await page.fill('#q', 'asset tag');
  await page.click('button:has-text("Show")');
  await page.locator('.totals').waitFor();
  check((await page.locator('tbody tr', { hasText: number }).count()) === 1, 'searching the work notes finds it');
  await page.screenshot({ path: shots + '/workspace-incident-list.png', fullPage: true });

  // Resume and escalate: the agent still follows it.
  await page.click('text=' + number);
  await page.click('button:has-text("Resume work")');
  await page.locator('.notice:has-text("Work resumed")').waitFor();
  await page.click('summary:has-text("Escalate to 2nd level")');
  await page.fill('#escalate-reason', 'Needs an engineer on site');
  await page.click('button:has-text("Escalate")');
  await page.locator('.notice:has-text("Escalated")').waitFor();
  check((await text(page, 'section[aria-labelledby=holder-h]')).includes('support-2nd-level'),
    'after escalating, the page shows 2nd level holds it');

  // Resolving is 2nd level's task now: the agent gets a clear refusal, nothing changes.
  await page.click('summary:has-text("Resolve")');
  await page.fill('#resolution', 'Cleaned the rollers');
  await page.click('form[action$="/resolve"] button');
  await page.locator('.error').waitFor();
  check((await text(page, '.error')).includes('may not do this'), 'the agent is told why resolving is not theirs');

  // Tasklist opens without a second sign-in.
  await page.goto(baseUrl + '/camunda/app/tasklist/default/');
  await page.locator('text=Service desk queue').first().waitFor({ timeout: 30000 });
  check(!page.url().includes('/login'), 'Tasklist opens signed in, no second login');

  // 2nd level resolves in the workspace; the agent closes on the caller's confirmation.
  await logIn(page, baseUrl, engineer, password, number, '/incidents/' + number);
  await page.click('summary:has-text("Resolve")');
  await page.fill('#resolution', 'Cleaned the rollers and replaced the fuser');
  await page.click('form[action$="/resolve"] button');
  await page.locator('.notice:has-text("Resolved")').waitFor();
  await logIn(page, baseUrl, agent, password, number, '/incidents/' + number);
  check((await text(page, '.record-head')).includes('Resolved'), 'the agent sees it resolved by 2nd level');
  await page.click('button:has-text("Close: the caller confirmed")');
  await page.locator('.notice:has-text("Closed")').waitFor();
  check((await text(page, '.record-head')).includes('Closed'), 'the incident is closed');
  const timeline = await text(page, '.timeline');
  check(timeline.includes('Task completed: Investigate and diagnose') && timeline.includes(engineer),
    'the timeline names who completed the investigation');
  await page.screenshot({ path: shots + '/workspace-incident.png', fullPage: true });

  // The closed incident's evidence pack for an auditor, from its page.
  const [evidence] = await Promise.all([page.waitForEvent('download'), page.click('text=Evidence pack (PDF)')]);
  check(evidence.suggestedFilename() === 'evidence-' + number + '.pdf', 'the record page downloads its evidence pack: '
    + evidence.suggestedFilename());

  // Every record type has its list and page: the problems list opens, with the views.
  await page.click('nav >> text=Problems');
  await page.locator('h1:has-text("Problems")').waitFor();
  check((await text(page, '.views')).includes("In my groups' queues"), 'the problems list opens with its views');

  // A phone can read the record.
  await page.goto(baseUrl + '/incidents/' + number);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: shots + '/workspace-incident-phone.png', fullPage: false });
  await page.setViewportSize({ width: 1280, height: 900 });

  // Signing out of Tasklist signs out of everything.
  await page.goto(baseUrl + '/camunda/app/tasklist/default/');
  await page.locator('text=Service desk queue').first().waitFor({ timeout: 30000 });
  await page.click('.account .dropdown-toggle, [cam-widget-header] .account');
  await page.click('text=Log out');
  await page.waitForURL(url => url.toString().startsWith(baseUrl + '/login'), { timeout: 30000 });
  await page.goto(baseUrl + '/incidents');
  check(page.url().startsWith(baseUrl + '/login'), 'after signing out of Tasklist the workspace asks to sign in');
});
