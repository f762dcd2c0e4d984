// Browser test (run by TasklistBrowserIT): a service-desk user logs into Tasklist, finds the
// incident in the service-desk queue with its number, title and priority, opens the task,
// sees the form with the incident's data, resolves it, and the task leaves the list.
// Usage: node tasklist-incident.js <baseUrl> <user> <password> <number> <title> <description> <screenshotDir> <caller>
const { chromium } = require('playwright-core');
const { logIn } = require('./login');

const [baseUrl, user, password, number, title, description, screenshotDir, caller] = process.argv.slice(2);

function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
  console.log('ok - ' + message);
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync']
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await logIn(page, baseUrl, user, password, 'Service desk queue');

    await page.click('text=Service desk queue', { timeout: 30000 });
    const item = page.locator('.tasks-list li', { hasText: number });
    await item.waitFor({ timeout: 30000 });
    const listText = (await item.textContent()).replace(/\s+/g, " ");
    check(listText.includes(number) && listText.includes(title), 'the queue lists the incident with number and title');
    check(/Priority:\s*3/.test(listText), 'the queue shows the priority');
    check(!(await page.locator('.ce-eol-banner').isVisible()), 'no vendor migration banner');

    await item.click();
    const numberField = page.getByLabel('Incident', { exact: true });
    await numberField.waitFor({ timeout: 30000 });
    check((await numberField.inputValue()) === number, 'the form shows the incident number');
    check((await page.getByLabel('Service', { exact: true }).inputValue()) === 'EMAIL', 'the form shows the service');
    check((await page.getByLabel('Priority (1 critical - 5 planning)').inputValue()) === '3', 'the form shows the priority');
    // Read from the record when the form opens: the process keeps neither.
    check((await page.getByLabel('Impact (1 high - 3 low)').inputValue()) === '2', 'the form shows the impact');
    check((await page.getByLabel('Urgency (1 high - 3 low)').inputValue()) === '2', 'the form shows the urgency');
    check((await page.getByLabel('Description', { exact: true }).inputValue()) === description,
      'the form shows the description, read from the record');
    check((await page.getByLabel(/^Known errors/).inputValue()) !== '', 'the form shows the known errors');
    check((await page.getByLabel('Caller', { exact: true }).inputValue()) === caller, 'the form shows the caller');
    check((await page.getByLabel('Status', { exact: true }).inputValue()) === 'New', 'the form shows the status');
    check(/\d{2}:\d{2} \S+ \(running\)$/.test(await page.getByLabel('Response due (SLA)').inputValue()),
      'the form shows the response due time with its zone');
    check(!(await page.getByLabel('Resolved').isChecked()) && !(await page.getByLabel('Escalate to 2nd level').isChecked()),
      'the outcome is not chosen in advance');
    const link = page.locator('a', { hasText: 'Open ' + number + ' in the workspace' });
    check((await link.getAttribute('href')) === '/incidents/' + number, 'the form links to the record page');
    await page.screenshot({ path: screenshotDir + '/tasklist-incident-form.png', fullPage: true });

    const claim = page.locator('button.claim');
    if (await claim.isVisible()) {
      await claim.click();
    }
    await page.getByLabel('Resolved').check();
    await page.locator('.fjs-form-field-select .fjs-input-group').click();
    await page.locator('.fjs-dropdownlist-item', { hasText: 'Fixed' }).click();
    await page.getByLabel(/^Resolution\s*\*?$/).fill('Recreated the mail profile');
    await page.click('button:has-text("Complete")');

    await item.waitFor({ state: 'detached', timeout: 30000 });
    check(true, 'the completed task left the queue');
    await page.screenshot({ path: screenshotDir + '/tasklist-incident-done.png', fullPage: true });
  } catch (e) {
    await page.screenshot({ path: screenshotDir + '/tasklist-incident-failure.png', fullPage: true });
    console.error('not ok - ' + e.message);
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
})();
