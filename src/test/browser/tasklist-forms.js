// Browser test (run by TasklistBrowserIT): every form of the incident process renders in
// Tasklist with its data. Logs in, opens a filter, and for each "task name=expected label"
// opens the first such task and waits for the label; "start:<process name>=<label>" opens the
// process's start form from "Start process" and logs an incident; "startform:<process name>=<label>"
// only opens a start form and checks that it renders. "label~text" also checks that the field with
// that label holds the text (read-only record data such as known errors).
// Usage: node tasklist-forms.js <baseUrl> <user> <password> <filter> <screenshotDir> <check>...
const { chromium } = require('playwright-core');
const { logIn } = require('./login');

const [baseUrl, user, password, filter, screenshotDir, ...checks] = process.argv.slice(2);

async function choose(scope, index, option) {
  await scope.locator('.fjs-form-field-select .fjs-input-group').nth(index).click();
  await scope.page().locator('.fjs-dropdownlist-item', { hasText: option }).first().click();
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync']
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  let current = 'login';
  try {
    await logIn(page, baseUrl, user, password, filter);
    await page.click('text=' + filter, { timeout: 30000 });
    for (const check of checks) {
      current = check;
      const [target, label] = check.split('=');
      if (target.startsWith('startform:')) {
        await page.click('text=Start process');
        await page.click('.modal-dialog a:has-text("' + target.substring(10) + '")');
        await page.getByText(label).first().waitFor({ timeout: 30000 });
        await page.screenshot({ path: screenshotDir + '/form-start-' + target.substring(10).replace(/\W+/g, '-') + '.png',
          fullPage: true });
        await page.keyboard.press('Escape');
        await page.locator('.modal-dialog').waitFor({ state: 'detached', timeout: 30000 });
      } else if (target.startsWith('start:')) {
        await page.click('text=Start process');
        await page.click('.modal-dialog a:has-text("' + target.substring(6) + '")');
        await page.getByText(label).first().waitFor({ timeout: 30000 });
        // Log an incident the way an agent taking a call does.
        const dialog = page.locator('.modal-dialog');
        await dialog.getByLabel(/^Title/).fill('Logged from Tasklist');
        await dialog.getByLabel(/^What happened/).fill('Caller cannot print');
        await dialog.getByLabel(/^Service code/).fill('EMAIL');
        await choose(dialog, 1, '2 - a group of users');
        await choose(dialog, 2, '2 - work is impaired');
        await dialog.getByLabel(/^Caller/).fill('John Doe');
        await page.screenshot({ path: screenshotDir + '/form-start.png', fullPage: true });
        await dialog.locator('button:has-text("Start")').click();
        await dialog.waitFor({ state: 'detached', timeout: 30000 });
      } else {
        const [text, value] = label.split('~');
        await page.locator('.tasks-list li', { hasText: target }).first().click({ timeout: 30000 });
        await page.getByText(text).first().waitFor({ timeout: 30000 });
        if (value !== undefined) {
          const shown = await page.getByLabel(text).first().inputValue();
          if (!shown.includes(value)) {
            throw new Error('"' + text + '" shows "' + shown + '", not "' + value + '"');
          }
        }
        await page.screenshot({ path: screenshotDir + '/form-' + user + '-' + target.replace(/\W+/g, '-') + '.png',
          fullPage: true });
      }
      console.log('ok - ' + target + ' shows "' + label + '"');
    }
  } catch (e) {
    await page.screenshot({ path: screenshotDir + '/forms-failure-' + user + '.png', fullPage: true });
    console.error('not ok - ' + current + ': ' + e.message);
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
})();
