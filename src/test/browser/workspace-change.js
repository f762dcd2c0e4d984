// Browser test (run by WorkspaceBrowserIT): a change manager raises a standard change from a
// template inside a freeze of its service, sees it sent back and marked on the change calendar,
// reschedules it from its page, and looks up a CI and what its failure reaches.
// Usage: node workspace-change.js <baseUrl> <user> <password> <screenshotDir> <dayInFreeze> <dayAfterFreeze>
const { logIn } = require('./login');
const { check, text, run } = require('./workspace-common');

const [baseUrl, user, password, shots, inFreeze, afterFreeze] = process.argv.slice(2);

run(shots, 'workspace-change', async page => {
  await logIn(page, baseUrl, user, password, 'Request for change', '/changes/new');
  await page.selectOption('#category', 'standard');
  await page.selectOption('#templateCode', 'QUEUE-RESTART');
  await page.fill('#title', 'Restart the mail queue');
  await page.selectOption('#serviceCode', 'EMAIL');
  await page.fill('#plannedStart', inFreeze + 'T10:00');
  await page.fill('#plannedEnd', inFreeze + 'T11:00');
  await page.click('button:has-text("Record the change")');
  await page.locator('.notice:has-text("is recorded")').waitFor();
  const number = (await text(page, '.record-head h1')).split(':')[0].trim();
  check(/^CHG-\d{6}$/.test(number), 'the RFC shows its number at once: ' + number);
  check((await text(page, '.record-head')).includes('Awaiting reschedule'), 'the freeze sends it back for rescheduling');

  await page.goto(baseUrl + '/changes/calendar?date=' + inFreeze);
  const item = page.locator('a.item', { hasText: number }).first();
  await item.waitFor();
  check((await item.innerText()).includes('in freeze Quarter close'), 'the calendar marks the change in the freeze');
  await page.screenshot({ path: shots + '/workspace-change-calendar.png', fullPage: true });

  await item.click();
  await page.fill('#re-start', afterFreeze + 'T10:00');
  await page.fill('#re-end', afterFreeze + 'T11:00');
  await page.click('button:has-text("Reschedule")');
  await page.locator('.notice:has-text("Rescheduled")').waitFor();
  await page.goto(baseUrl + '/changes/calendar?view=week&date=' + afterFreeze);
  const moved = page.locator('a.item', { hasText: number }).first();
  await moved.waitFor();
  check(!(await moved.innerText()).includes('in freeze'), 'the rescheduled change sits outside the freeze');

  await page.click('nav >> text=CMDB');
  await page.fill('#q', 'mail');
  await page.click('button:has-text("Show")');
  await page.locator('tbody a').first().click();
  await page.locator('h2:has-text("What its failure reaches")').waitFor();
  check((await text(page, 'section[aria-labelledby=impact-h]')).includes('Services affected'),
    'the CI page shows what its failure reaches');
  await page.screenshot({ path: shots + '/workspace-ci.png', fullPage: true });
});
