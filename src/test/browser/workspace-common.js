// What the workspace's browser tests share: Debian's Chromium through playwright-core, a check
// that prints "ok - ..." or fails with its message, and an element's text with spaces collapsed.
const { chromium } = require('playwright-core');

function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
  console.log('ok - ' + message);
}

async function text(page, selector) {
  return (await page.locator(selector).first().innerText()).replace(/\s+/g, ' ');
}

/** A browser whose pages read dates in Berlin, 1280 px wide. */
async function openBrowser() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync']
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/Berlin' });
  return { browser, page: await context.newPage() };
}

/**
 * Runs a browser test: opens the browser, runs the steps with its page, and on a failure keeps a
 * screenshot (<shots>/<name>-failure.png), prints "not ok - ..." and exits with 1.
 */
function run(shots, name, steps) {
  (async () => {
    const { browser, page } = await openBrowser();
    try {
      await steps(page);
    } catch (e) {
      await page.screenshot({ path: shots + '/' + name + '-failure.png', fullPage: true });
      throw e;
    } finally {
      await browser.close();
    }
  })().catch(e => {
    console.error('not ok - ' + e.message);
    process.exit(1);
  });
}

module.exports = { check, text, openBrowser, run };
