// Signs in on ITSM Flow's one sign-in page and waits until the given text is shown. The page
// asked for first (Tasklist unless another path is given) sends the browser to the sign-in page
// and, once signed in, back to itself: one login for the workspace and Camunda's webapps.
async function logIn(page, baseUrl, user, password, landmark, path) {
  const problems = [];
  const onError = e => problems.push(e.message);
  const onConsole = m => { if (m.type() === 'error') problems.push(m.text()); };
  page.on('pageerror', onError);
  page.on('console', onConsole);
  // Leave the page first: a webapp left open would go on sending requests (and, once signed
  // out, send the browser to the sign-in page) while the next user signs in.
  await page.goto('about:blank');
  await page.context().clearCookies();
  await page.goto(baseUrl + (path || '/camunda/app/tasklist/default/'), { waitUntil: 'domcontentloaded' });
  await page.locator('#username').waitFor({ timeout: 30000 });
  if (!page.url().startsWith(baseUrl + '/login')) {
    throw new Error('expected the sign-in page, got ' + page.url());
  }
  await page.fill('#username', user);
  await page.fill('#password', password);
  await page.click('button[type=submit]');
  try {
    // Tasklist has been seen to stay on its loading spinner after a sign-in (once in several CI
    // runs, with no script error); a person would reload, and so does this, saying so.
    for (let attempt = 1; ; attempt++) {
      try {
        await page.locator('text=' + landmark).first().waitFor({ timeout: 20000 });
        break;
      } catch (notYet) {
        if (attempt >= 3 || page.url().startsWith(baseUrl + '/login')) {
          throw notYet;
        }
        console.log('# "' + landmark + '" not shown 20 s after signing in as ' + user + ' (attempt ' + attempt
          + '), reloading ' + page.url());
        await page.reload({ waitUntil: 'domcontentloaded' });
      }
    }
  } catch (e) {
    const shown = (await page.locator('body').innerText()).replace(/\s+/g, ' ').substring(0, 300);
    throw new Error('"' + landmark + '" not shown after signing in as ' + user + '; the page ' + page.url()
      + ' shows: ' + shown + (problems.length ? ' (script errors: ' + problems.join('; ') + ')' : ''));
  } finally {
    page.off('pageerror', onError);
    page.off('console', onConsole);
  }
}

module.exports = { logIn };
