// Browser test (run by PortalBrowserIT): an employee orders from the catalogue in the portal,
// their team lead (also in no staff group) approves it in the portal, 2nd level fulfils it in
// Tasklist, and the employee confirms and rates it.
// Usage: node portal-order.js <baseUrl> <employee> <teamLead> <engineer> <password> <screenshotDir>
const { logIn } = require('./login');
const { check, text, run } = require('./workspace-common');

const [baseUrl, employee, teamLead, engineer, password, shots] = process.argv.slice(2);

run(shots, 'portal-order', async page => {
  await logIn(page, baseUrl, employee, password, 'How can we help?', '/');
  await page.click('nav >> text=Order something');
  const card = page.locator('.ticket-card', { hasText: 'Custom HR report' });
  const cardText = (await card.innerText()).replace(/\s+/g, ' ');
  check(cardText.includes('May need approval') && cardText.includes('Cost 250.00'),
    'the catalogue shows the item with its approval and cost');
  await page.screenshot({ path: shots + '/portal-catalogue.png', fullPage: true });
  await card.click();
  check((await text(page, 'dl.facts')).includes('by your manager, ' + teamLead),
    'the order form says who approves it');
  await page.click('button:has-text("Order")');
  check(await page.locator('#field-purpose:invalid').count() === 1, 'a required field must be filled first');
  await page.fill('#field-purpose', 'Head count per site for the works council');
  await page.click('button:has-text("Order")');
  const notice = page.locator('.notice:has-text("Your order is recorded as")');
  await notice.waitFor();
  const number = (await notice.innerText()).match(/REQ-\d{6}/)[0];
  check((await text(page, '.next-step')).includes('Waiting for approval by ' + teamLead + '.'),
    'the order waits for the team lead: ' + number);
  check((await text(page, 'dl.facts')).includes('Purpose Head count per site'), 'the order shows what was filled in');
  await page.screenshot({ path: shots + '/portal-order.png', fullPage: true });

  // The team lead approves in the portal.
  await logIn(page, baseUrl, teamLead, password, 'Waiting for your approval', '/');
  // Also among the open tickets: the team lead reads the organisation's tickets.
  await page.locator('.ticket-card', { hasText: number }).first().click();
  check((await text(page, 'section[aria-labelledby=approve-h]')).includes(employee + ' asks for your approval'),
    'the request shows who asks for approval');
  await page.fill('#approval-reason', 'Needed for the council meeting');
  await page.click('button:has-text("Approve")');
  await page.locator('.notice:has-text("is approved; it is now in fulfilment")').waitFor();
  check((await text(page, 'main')).includes('Nothing waits for your approval.'), 'the approval list is empty again');
  await page.screenshot({ path: shots + '/portal-approvals.png', fullPage: true });

  // 2nd level fulfils it in Tasklist.
  await logIn(page, baseUrl, engineer, password, 'Support 2nd level queue');
  await page.click('text=Support 2nd level queue', { timeout: 30000 });
  const item = page.locator('.tasks-list li', { hasText: number });
  await item.click({ timeout: 30000 });
  await page.getByLabel('Request', { exact: true }).waitFor({ timeout: 30000 });
  const claim = page.locator('button.claim');
  if (await claim.isVisible()) {
    await claim.click();
  }
  await page.getByLabel('Fulfilled', { exact: true }).check();
  await page.getByLabel(/^Notes for the requester/).fill('The report is in your HR portal inbox.');
  await page.click('button:has-text("Complete")');
  await item.waitFor({ state: 'detached', timeout: 30000 });
  check(true, 'the fulfilment task left the queue');

  // The employee confirms and rates it.
  await logIn(page, baseUrl, employee, password, 'Is it done?', '/portal/tickets/' + number);
  check((await text(page, 'section[aria-labelledby=confirm-h]')).includes('The report is in your HR portal inbox.'),
    'the employee reads the fulfilment notes');
  await page.click('button:has-text("Yes, it works: close it")');
  await page.locator('.notice:has-text("Thank you for confirming")').waitFor();
  await page.check('input[name=rating][value="4"]');
  await page.click('button:has-text("Send the rating")');
  await page.locator('.notice:has-text("Thank you for your rating")').waitFor();
  check((await text(page, 'section[aria-labelledby=rated-h]')).includes('4 of 5'), 'the order is closed and rated');
  await page.screenshot({ path: shots + '/portal-order-done.png', fullPage: true });
});
