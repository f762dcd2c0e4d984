// Browser test (run by PortalBrowserIT): an employee in no staff group reports an issue in the
// portal after looking for a known workaround, follows it, and rates its closure; the service
// desk works it in the workspace and sees the rating. Also: the portal on a phone, and that the
// workspace is not the employee's.
// Usage: node portal-incident.js <baseUrl> <employee> <agent> <password> <screenshotDir>
const { logIn } = require('./login');
const { check, text, run } = require('./workspace-common');

const [baseUrl, employee, agent, password, shots] = process.argv.slice(2);

run(shots, 'portal', async page => {
  await logIn(page, baseUrl, employee, password, 'How can we help?', '/');
  check(page.url() === baseUrl + '/portal', 'an employee starts in the portal');
  check(!(await page.locator('nav >> text=Incidents').count()), 'the portal shows no staff navigation');

  // Is it already known? The published workaround answers first.
  await page.click('nav >> text=Report an issue');
  await page.fill('#q', 'outlook password');
  await page.click('button:has-text("Search")');
  await page.locator('.known-list').waitFor();
  check((await text(page, '.known-list')).includes('Sign out of Outlook and in again'),
    'searching first shows the published workaround');
  await page.screenshot({ path: shots + '/portal-known.png', fullPage: true });

  // It is something else: report it with a screenshot.
  await page.selectOption('#serviceCode', { label: 'E-mail – Mail and calendars for all staff' });
  await page.fill('#title', 'Calendar invitations arrive twice');
  await page.fill('#description', 'Since Monday every invitation arrives twice, one of them without the room.');
  await page.check('input[name=impact][value="2"]');
  await page.check('input[name=urgency][value="2"]');
  await page.setInputFiles('#file', { name: 'invitation.txt', mimeType: 'text/plain',
    buffer: Buffer.from('BEGIN:VCALENDAR ... twice') });
  await page.click('button:has-text("Send")');
  const notice = page.locator('.notice:has-text("Your issue is recorded as")');
  await notice.waitFor();
  const number = (await notice.innerText()).match(/INC-\d{6}/)[0];
  check(page.url().endsWith('/portal/tickets/' + number), 'after sending, the ticket opens: ' + number);
  check((await text(page, '.next-step')).includes('Received. The service desk will pick it up shortly.'),
    'the next step reads in plain words');
  const facts = await text(page, 'dl.facts');
  check(/Resolution target \w{3} \d{1,2} \w{3} \d{4}, \d{2}:\d{2} (CET|CEST)/.test(facts),
    'the resolution target shows with its time zone: ' + facts.match(/Resolution target [^A-Z]*\d{2}:\d{2} \w+/));
  check((await text(page, '.files')).includes('invitation.txt'), 'the file is on the ticket');
  await page.fill('#text', 'It also happens on my phone.');
  await page.click('button:has-text("Add the comment")');
  await page.locator('.notice:has-text("Your comment is added")').waitFor();
  check((await text(page, '.notes')).includes('It also happens on my phone.'), 'the comment shows under Updates');
  await page.screenshot({ path: shots + '/portal-ticket.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(baseUrl + '/portal');
  await page.screenshot({ path: shots + '/portal-phone.png', fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  check(!overflow, 'on a phone the portal fits the screen without sideways scrolling');
  await page.setViewportSize({ width: 1280, height: 900 });

  // The workspace is not the employee's.
  const denied = await page.goto(baseUrl + '/incidents');
  check(denied.status() === 403 && (await text(page, 'h1')) === 'Not for you',
    'the workspace answers "Not for you" to an employee');

  // The service desk answers in public and resolves it in the workspace.
  await logIn(page, baseUrl, agent, password, number, '/incidents/' + number);
  check((await text(page, '.timeline')).includes('It also happens on my phone.'), 'staff read the comment');
  await page.click('summary:has-text("Add a work note")');
  await page.fill('#note-text', 'We removed a duplicate calendar subscription from your mailbox.');
  await page.check('input[name=visibility][value=public]');
  await page.click('button:has-text("Add note")');
  await page.locator('.notice:has-text("Work note added")').waitFor();
  await page.click('summary:has-text("Add a work note")');
  await page.fill('#note-text', 'Root cause: sync rule 7, internal only');
  await page.click('button:has-text("Add note")');
  await page.locator('.notice:has-text("Work note added")').waitFor();
  await page.click('summary:has-text("Resolve")');
  await page.fill('#resolution', 'Removed the duplicate subscription; invitations arrive once.');
  await page.click('form[action$="/resolve"] button');
  await page.locator('.notice:has-text("Resolved")').waitFor();

  // The employee confirms and rates it.
  await logIn(page, baseUrl, employee, password, 'Is it fixed?', '/portal/tickets/' + number);
  const updates = await text(page, '.notes');
  check(updates.includes('We removed a duplicate calendar subscription') && !updates.includes('sync rule 7'),
    'the employee reads the public note, not the internal one');
  check((await text(page, 'section[aria-labelledby=confirm-h]')).includes('Removed the duplicate subscription'),
    'the resolution is shown with the question whether it is fixed');
  await page.click('button:has-text("Yes, it works: close it")');
  await page.locator('.notice:has-text("Thank you for confirming")').waitFor();
  check((await text(page, '.next-step')).includes('Closed. Please tell us how we did'), 'closed, with a request to rate');
  await page.check('input[name=rating][value="5"]');
  await page.fill('#rating-comment', 'Fast and friendly.');
  await page.click('button:has-text("Send the rating")');
  await page.locator('.notice:has-text("Thank you for your rating")').waitFor();
  check((await text(page, 'section[aria-labelledby=rated-h]')).includes('5 of 5'), 'the rating shows on the ticket');
  await page.screenshot({ path: shots + '/portal-rated.png', fullPage: true });
  await page.click('nav >> text=My tickets');
  await page.click('a:has-text("Closed")');
  check((await text(page, '.ticket-cards')).includes(number), 'the closed ticket is under Closed');

  // Staff see the rating on the record.
  await logIn(page, baseUrl, agent, password, number, '/incidents/' + number);
  const rating = await text(page, 'section[aria-labelledby=satisfaction-h]');
  check(rating.includes('5 of 5') && rating.includes('Fast and friendly.'), 'staff see the requester\'s rating');
});
