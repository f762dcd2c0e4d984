// Browser test (run by PortalBrowserIT): an administrator finds an employee on the workspace's
// People page, lets them read their organisation's tickets and names their manager, and looks at
// the service desk's mailbox.
// Usage: node admin-people.js <baseUrl> <admin> <password> <person> <manager> <screenshotDir>
const { logIn } = require('./login');
const { check, text, run } = require('./workspace-common');

const [baseUrl, admin, password, person, manager, shots] = process.argv.slice(2);

run(shots, 'admin-people', async page => {
  await logIn(page, baseUrl, admin, password, 'All open incidents', '/incidents');
  await page.click('nav >> text=People');
  await page.fill('#q', person);
  await page.click('button:has-text("Find")');
  const row = page.locator('tbody tr', { hasText: person });
  await row.waitFor();
  check((await row.innerText()).includes('Requester'), 'the page tells a requester from staff');
  await page.fill('#profile-' + person + '-org', 'Plant Hamburg');
  await page.check('input[form="profile-' + person + '"][name=seesOrganisation]');
  await page.fill('#profile-' + person + '-manager', manager);
  await row.locator('button:has-text("Save")').click();
  await page.locator('.notice:has-text("Saved the profile of ' + person + '")').waitFor();
  check((await page.inputValue('#profile-' + person + '-org')) === 'Plant Hamburg'
    && await page.isChecked('input[form="profile-' + person + '"][name=seesOrganisation]'),
    'the saved profile shows the organisation and that they read its tickets');
  await page.fill('#profile-' + person + '-manager', 'nobody-of-ours');
  await row.locator('button:has-text("Save")').click();
  await page.locator('.error').waitFor();
  check((await text(page, '.error')).includes('managerId'), 'an unknown manager is refused, naming the field');
  await page.screenshot({ path: shots + '/admin-people.png', fullPage: true });

  await page.click('nav >> text=Mailbox');
  await page.locator('h1:has-text("Service desk mailbox")').waitFor();
  check((await text(page, 'section[aria-labelledby=setup-h]')).includes('ITSM_MAIL_IN_HOST'),
    'the mailbox page says how to turn the e-mail channel on');
});
