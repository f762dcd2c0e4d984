// Logs into Tasklist and waits until the given text (a filter name) is shown.
// The login view is rendered by Angular after the page's scripts have loaded; a field filled
// before that is cleared again and the form is sent empty (seen once in CI as a 30 s wait for
// the filter). So the page settles first, the fields are read back before sending, and a login
// that does not land is tried again, saying what the page showed.
async function logIn(page, baseUrl, user, password, landmark) {
  const attempts = 3;
  for (let attempt = 1; ; attempt++) {
    // A session from a login that did land late would skip the login form.
    await page.context().clearCookies();
    await page.goto(baseUrl + '/camunda/app/tasklist/default/', { waitUntil: 'networkidle' });
    const name = page.locator('input[placeholder=Username]');
    const secret = page.locator('input[placeholder=Password]');
    await name.waitFor({ timeout: 30000 });
    await name.fill(user);
    await secret.fill(password);
    if ((await name.inputValue()) !== user || (await secret.inputValue()) !== password) {
      if (attempt >= attempts) {
        throw new Error('the login form was reset while filling it, ' + attempts + ' times');
      }
      console.log('# login form was reset while filling it (attempt ' + attempt + ')');
      continue;
    }
    await page.click('button[type=submit]');
    try {
      await page.locator('text=' + landmark).first().waitFor({ timeout: 20000 });
      return;
    } catch (e) {
      const shown = (await page.locator('body').innerText()).replace(/\s+/g, ' ').substring(0, 300);
      if (attempt >= attempts) {
        throw new Error('"' + landmark + '" not shown after logging in as ' + user + ' ' + attempts
          + ' times; the page shows: ' + shown);
      }
      console.log('# login as ' + user + ' did not show "' + landmark + '" (attempt ' + attempt + '): ' + shown);
    }
  }
}

module.exports = { logIn };
