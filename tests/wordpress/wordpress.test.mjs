// One WordPress site, end to end, as its people use it: started on PHP's built-in server on 127.0.0.1,
// installed through install.php; an administrator uploads the built plugin zip (Plugins → Add New →
// Upload), activates it and saves Settings → Clinic Widgets through the real form; an author (no
// unfiltered_html) creates posts through the REST API, as the block editor does, with each block, a
// shortcode and a pasted snippet, and adds a block from the editor's inserter; a visitor's headless
// Chromium then checks the pages. Ends with the PHP log (WP_DEBUG) and uninstall.
// Run by tests/wordpress/run.sh, which prepares the site folder. Prints "N passed, N failed".
/* global fetch, AbortSignal -- Node 20's */
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { URLSearchParams } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/chrome.mjs';

const { values: options } = parseArgs({
  options: {
    version: { type: 'string' },
    site: { type: 'string' },
    log: { type: 'string' },
    plugin: { type: 'string' },
    zip: { type: 'string' },
    'pid-file': { type: 'string' },
  },
});
const { version, site, log: debugLog, plugin, zip } = options;
const root = new URL('../..', import.meta.url).pathname;
const TAGS = ['clinic-provider', 'booking-button', 'session-length-picker', 'symptom-checker', 'stretch-card'];
const WIDGETS = TAGS.slice(1);
const ADMIN = { user: 'admin', password: 'admin-Pass-1234!' };
const AUTHOR = { user: 'author', password: 'author-Pass-1234!' };
const CLINIC = {
  clinic_name: 'Harbour Street Massage',
  phone: '(907) 555-0142',
  timezone: 'America/Anchorage',
  hours: 'Mo-Fr 09:00-19:00\nSa 10:00-16:00',
  locale: 'en-US',
  provider: 'calcom',
  booking_url: 'https://cal.com/harbour-street-massage/massage',
  sessions: '60:95, 90:135',
  currency: 'usd',
  lead_time: '120',
};

let passed = 0;
let failed = 0;
function check(name, ok, detail) {
  if (ok) {
    passed++;
    console.log(`ok - WordPress ${version}: ${name}`);
  } else {
    failed++;
    console.log(`not ok - WordPress ${version}: ${name}`);
    if (detail !== undefined) {
      const text = typeof detail === 'string' ? detail : JSON.stringify(detail, null, 2);
      console.log(text.replace(/^/gm, '    ').slice(0, 3000));
    }
  }
  return ok;
}

/** Runs a step; an exception fails it (and the run goes on with the next step). */
async function step(name, body) {
  const started = Date.now();
  try {
    await body();
  } catch (error) {
    check(name, false, String(error?.stack ?? error));
  }
  console.log(`# ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// --- the server: php -S on 127.0.0.1 only, in its own process group so that stopping it stops its workers
const serverLog = `${site}.server.log`;
let server;
let serverOutput = '';
let browser;
function stopServer() {
  if (!server) return;
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already stopped
  }
  // run.sh's clean-up kills what this file names: never a process group that has ended (its id may be reused).
  if (options['pid-file']) rmSync(options['pid-file'], { force: true });
}
process.on('exit', stopServer);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

async function finish() {
  await browser?.close().catch(() => {});
  stopServer();
  writeFileSync(serverLog, serverOutput);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
// Anything thrown outside a step (a browser that cannot start) still ends with the totals.
process.on('uncaughtException', async (error) => {
  check('the run', false, String(error?.stack ?? error));
  await finish();
});

/** Starts php -S on a free port; a second and third try if another process took the port meanwhile. */
async function startServer() {
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    serverOutput = '';
    server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', site], {
      cwd: site,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    server.stderr.on('data', (chunk) => (serverOutput += chunk));
    let exited = false;
    server.once('exit', () => (exited = true));
    if (options['pid-file']) writeFileSync(options['pid-file'], `-${server.pid}`);
    // Bounded wait for it to answer.
    for (let i = 0; i < 100 && !exited; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/wp-includes/images/blank.gif`)).ok) return port;
      } catch {
        await sleep(100);
      }
    }
    stopServer();
  }
  return 0;
}
const port = await startServer();
const base = `http://127.0.0.1:${port}`;
const up = port > 0;
if (!check(`PHP's server answers on ${base}`, up, serverOutput)) await finish();

/** PHP in the site, with WordPress loaded: for what has no screen (the stored option, uninstall). */
function php(code) {
  const script = `$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}'; require '${site}/wp-load.php'; ${code}`;
  return execFileSync('php', ['-r', script], { cwd: site, encoding: 'utf8', timeout: 30_000 });
}

await step('install WordPress through install.php', async () => {
  const response = await fetch(`${base}/wp-admin/install.php?step=2`, {
    method: 'POST',
    body: new URLSearchParams({
      weblog_title: 'Harbour Street Massage',
      user_name: ADMIN.user,
      admin_password: ADMIN.password,
      admin_password2: ADMIN.password,
      pw_weak: 'on',
      admin_email: 'admin@clinic.example',
      blog_public: '0',
    }),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  check('install WordPress through install.php', /Success!/.test(text), text.replace(/<[^>]+>/g, ' ').slice(0, 500));
  const installed = php('echo get_bloginfo("version");').trim();
  check(`the site runs WordPress ${version}`, installed.startsWith(version), installed);
});

browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true, timeout: 30_000 });

/** A logged-in (or anonymous) browser context, collecting console errors and warnings per page. */
async function session(user) {
  const context = await browser.newContext({ baseURL: base });
  context.setDefaultTimeout(20_000);
  context.setDefaultNavigationTimeout(30_000);
  if (user) {
    const page = await context.newPage();
    await page.goto('/wp-login.php');
    await page.fill('#user_login', user.user);
    await page.fill('#user_pass', user.password);
    await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
    await page.close();
  }
  return context;
}

/**
 * Failed loads that say nothing about the plugin: other hosts (this machine reaches none, so WordPress's
 * Gravatars fail as they would offline), the favicon (PHP's server has no rewrite to WordPress's), and
 * WordPress's own REST answers of 4xx (an author may not read the theme's templates). The plugin's own
 * files and any 5xx still count.
 */
function isNoise(text, url) {
  const failed = /^Failed to load resource/.exec(text);
  if (!failed || !url) return false;
  if (!url.startsWith(base)) return true;
  if (/clinic-widgets/.test(new URL(url).pathname)) return false;
  return /status of 4\d\d/.test(text);
}

function watch(page) {
  const messages = { errors: [], warnings: [] };
  page.on('console', (message) => {
    const url = message.location()?.url ?? '';
    if (isNoise(message.text(), url)) return;
    if (message.type() === 'error') messages.errors.push(message.text() + (url ? ` (${url})` : ''));
    if (message.type() === 'warning') messages.warnings.push(message.text());
  });
  page.on('pageerror', (error) => messages.errors.push(String(error)));
  return messages;
}

async function restNonce(context) {
  const response = await context.request.get('/wp-admin/admin-ajax.php?action=rest-nonce');
  return (await response.text()).trim();
}

async function rest(context, method, route, data) {
  // Plain permalinks: routes go in ?rest_route= (a route's own query follows it with &).
  const response = await context.request.fetch(`/?rest_route=${route}`, {
    method,
    headers: { 'X-WP-Nonce': await restNonce(context), 'Content-Type': 'application/json' },
    data: data === undefined ? undefined : JSON.stringify(data),
  });
  const body = await response.json().catch(() => ({}));
  return { status: response.status(), body };
}

// --- the administrator: upload the built zip, activate, save the settings
const admin = await session(ADMIN);
const adminPage = await admin.newPage();
const adminMessages = watch(adminPage);

await step('upload and activate the built plugin zip', async () => {
  await adminPage.goto('/wp-admin/plugin-install.php?tab=upload');
  await adminPage.setInputFiles('#pluginzip', zip);
  await Promise.all([adminPage.waitForNavigation(), adminPage.click('#install-plugin-submit')]);
  const result = await adminPage.textContent('#wpbody-content');
  check('Plugins → Add New → Upload installs the zip', /Plugin installed successfully/.test(result), result);
  await Promise.all([adminPage.waitForNavigation(), adminPage.click('a[href*="action=activate"]')]);
  const activated = await adminPage.textContent('#wpbody-content');
  check('the plugin activates', /Plugin activated/.test(activated), activated.slice(0, 500));
  check(
    'the Plugins screen links to Settings → Clinic Widgets',
    (await adminPage.locator('tr[data-slug="clinic-widgets"] a[href*="page=clinic-widgets"]').count()) === 1,
  );
});

await step('the installed plugin is dist/wordpress/clinic-widgets', async () => {
  const files = (dir) =>
    readdirSync(dir, { recursive: true })
      .filter((name) => statSync(join(dir, name)).isFile())
      .sort()
      .map(
        (name) =>
          `${name} ${createHash('sha1')
            .update(readFileSync(join(dir, name)))
            .digest('hex')}`,
      );
  const installed = join(site, 'wp-content/plugins/clinic-widgets');
  const built = files(plugin);
  const got = existsSync(installed) ? files(installed) : [];
  check(
    `the installed plugin is dist/wordpress/clinic-widgets (${built.length} files, same contents)`,
    JSON.stringify(got) === JSON.stringify(built),
    { missing: built.filter((f) => !got.includes(f)), extra: got.filter((f) => !built.includes(f)) },
  );
});

const settingsUrl = '/wp-admin/options-general.php?page=clinic-widgets';
async function fillSettings(page, values) {
  for (const [key, value] of Object.entries(values)) {
    const field = page.locator(`#clinic_widgets_${key}`);
    if ((await field.evaluate((node) => node.localName)) === 'select') await field.selectOption(value);
    else await field.fill(value);
  }
  await Promise.all([page.waitForNavigation(), page.click('#submit')]);
}
const notices = (page) =>
  page.$$eval('#wpbody-content .notice, #wpbody-content .updated, #wpbody-content .error', (nodes) =>
    nodes.map((node) => `${node.className}: ${node.textContent.trim()}`),
  );

await step('Settings → Clinic Widgets saves through the form', async () => {
  await adminPage.goto(settingsUrl);
  check('Settings → Clinic Widgets opens for the administrator', (await adminPage.title()).includes('Clinic Widgets'));
  check(
    'every field has a label',
    (
      await adminPage.$$eval(
        'input[name^="clinic_widgets_settings"], select[name^="clinic_widgets_settings"], textarea',
        (nodes) => nodes.filter((node) => !node.labels?.length).map((node) => node.name),
      )
    ).length === 0,
  );
  await fillSettings(adminPage, CLINIC);
  const saved = await notices(adminPage);
  check(
    'saving shows "Settings saved."',
    saved.some((text) => /Settings saved/.test(text)),
    saved,
  );
  const stored = JSON.parse(php('echo wp_json_encode(get_option("clinic_widgets_settings"));'));
  check(
    'the settings are stored, normalised',
    stored.currency === 'USD' &&
      stored.hours === 'Mo-Fr 09:00-19:00; Sa 10:00-16:00' &&
      stored.booking_url === CLINIC.booking_url &&
      stored.timezone === 'America/Anchorage' &&
      stored.lead_time === '120',
    stored,
  );
});

await step('bad values are refused with messages', async () => {
  await adminPage.goto(settingsUrl);
  await fillSettings(adminPage, {
    booking_url: 'javascript:alert(1)',
    hours: 'Mo-Fr 9-19',
    sessions: '60:95, abc',
    emergency_number: '9-1-1',
    clinic_name: 'Harbour Street Massage & Spa',
  });
  const messages = (await notices(adminPage)).join('\n');
  check(
    'each bad value gets a message naming it, and the previous value is kept',
    /Booking URL: “javascript:alert\(1\)” is not a web address/.test(messages) &&
      /Opening hours: “Mo-Fr 9-19” could not be read/.test(messages) &&
      /Sessions and prices: “abc” is not valid/.test(messages) &&
      /Emergency number: “9-1-1”/.test(messages) &&
      /The previous value was kept/.test(messages) &&
      /The other settings were saved/.test(messages) &&
      !/Settings saved/.test(messages),
    messages,
  );
  check(
    'the form shows the kept values',
    (await adminPage.inputValue('#clinic_widgets_booking_url')) === CLINIC.booking_url &&
      (await adminPage.inputValue('#clinic_widgets_hours')) === CLINIC.hours &&
      (await adminPage.inputValue('#clinic_widgets_clinic_name')) === 'Harbour Street Massage & Spa',
  );
  await fillSettings(adminPage, { clinic_name: CLINIC.clinic_name });
});

await step('saving needs the nonce', async () => {
  const response = await admin.request.post('/wp-admin/options.php', {
    form: { option_page: 'clinic_widgets', action: 'update', 'clinic_widgets_settings[clinic_name]': 'Forged' },
  });
  const stored = JSON.parse(php('echo wp_json_encode(get_option("clinic_widgets_settings"));'));
  check(
    'a save without the Settings API nonce is refused',
    response.status() >= 400 && stored.clinic_name === CLINIC.clinic_name,
    { status: response.status(), stored },
  );
});

check('no console error on the admin screens', adminMessages.errors.length === 0, adminMessages.errors);

// --- the author
let author;
const posts = {};
await step('an author without unfiltered_html', async () => {
  const created = await rest(admin, 'POST', '/wp/v2/users', {
    username: AUTHOR.user,
    password: AUTHOR.password,
    email: 'author@clinic.example',
    name: 'Ann Author',
    roles: ['author'],
  });
  check('the administrator creates an author', created.status === 201, created.body);
  author = await session(AUTHOR);
  const me = await rest(author, 'GET', '/wp/v2/users/me', undefined);
  check('the author is an author', me.status === 200 && me.body.id === created.body.id, me.body);
  const caps = JSON.parse(
    php(
      `echo wp_json_encode(array(user_can(${created.body.id}, 'unfiltered_html'), user_can(${created.body.id}, 'manage_options')));`,
    ),
  );
  check('the author has neither unfiltered_html nor manage_options', caps[0] === false && caps[1] === false, caps);
  const page = await author.newPage();
  const response = await page.goto(settingsUrl);
  check(
    'the settings page is refused to the author',
    response.status() === 403 || /not allowed/.test(await page.textContent('body')),
    response.status(),
  );
  await page.close();
});

const PASTED =
  '<session-length-picker id="pasted-picker" name="pasted" onclick="window.__pwned = 1" style="outline: 5px solid red"></session-length-picker>' +
  '<booking-button id="pasted-button" minutes="60" onmouseover="window.__pwned = 2" booking-url="javascript:alert(1)"></booking-button>' +
  '<script>window.__pwned = 3</script><p id="pasted-end">Call us with questions.</p>';
const CONTENT = {
  blocks: [
    '<!-- wp:paragraph --><p>Choose a length, then book.</p><!-- /wp:paragraph -->',
    '<!-- wp:clinic-widgets/session-length-picker {"name":"session","label":"How long?"} /-->',
    '<!-- wp:clinic-widgets/booking-button {"minutes":90,"mode":"popup"} /-->',
    '<!-- wp:clinic-widgets/symptom-checker /-->',
    '<!-- wp:clinic-widgets/stretch-card {"stretch":"figure-four","compact":true} /-->',
    '<!-- wp:shortcode -->[clinic_booking_button minutes="60" label="Book the short one"]<!-- /wp:shortcode -->',
    `<!-- wp:html -->${PASTED}<!-- /wp:html -->`,
  ].join('\n\n'),
  classic: '<p>A stretch for the glutes:</p>\n[clinic_stretch_card stretch="hamstring"]\n<p>Hold it gently.</p>',
  pasted: '<!-- wp:html --><booking-button id="only-pasted"></booking-button><!-- /wp:html -->',
  plain: '<!-- wp:paragraph --><p>We are closed on public holidays.</p><!-- /wp:paragraph -->',
};

await step('the author creates posts through the REST API', async () => {
  for (const [name, content] of Object.entries(CONTENT)) {
    const created = await rest(author, 'POST', '/wp/v2/posts', { title: `Post: ${name}`, content, status: 'publish' });
    check(`the author publishes the "${name}" post`, created.status === 201, created.body);
    posts[name] = created.body;
  }
  const raw = (await rest(author, 'GET', `/wp/v2/posts/${posts.blocks.id}`, undefined)).body;
  const stored =
    (await rest(author, 'GET', `/wp/v2/posts/${posts.blocks.id}&context=edit`, undefined)).body.content?.raw ?? '';
  check(
    "kses kept the author's pasted widgets with their documented attributes",
    stored.includes('<session-length-picker id="pasted-picker" name="pasted"></session-length-picker>') &&
      stored.includes('<booking-button id="pasted-button" minutes="60"'),
    stored,
  );
  check(
    'kses removed the pasted onclick, onmouseover, style, <script> and javascript:',
    !/onclick|onmouseover|style=|<script|javascript:/i.test(stored),
    stored,
  );
  check('the blocks were stored as blocks', (stored.match(/<!-- wp:clinic-widgets\//g) ?? []).length === 4, raw);
});

// --- the visitor
const visitor = await session(null);

/** Loads a post as a visitor (a fresh one: `context`) and reads what the widgets rendered. */
async function visit(post, extraHeaders, context = visitor) {
  const page = await context.newPage();
  const messages = watch(page);
  // The language packs the page fetched (assets/locales/es-<hash>.js…), with their status; a failed one as 0.
  const packs = [];
  const isPack = (url) => /\/plugins\/clinic-widgets\/assets\/locales\//.test(new URL(url).pathname);
  page.on('response', (response) => {
    if (isPack(response.url())) packs.push({ url: response.url(), status: response.status() });
  });
  page.on('requestfailed', (request) => {
    if (isPack(request.url())) packs.push({ url: request.url(), status: 0, failure: request.failure()?.errorText });
  });
  if (extraHeaders) {
    await page.route(
      (url) => url.href === post.link,
      async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), ...extraHeaders } });
      },
    );
  }
  const response = await page.goto(post.link, { waitUntil: 'load' });
  const html = await response.text();
  const shots = process.env.WORDPRESS_SCREENSHOTS;
  const state = await page.evaluate(async (tags) => {
    const used = tags.filter((tag) => document.querySelector(tag));
    const timeout = new Promise((resolve) => setTimeout(resolve, 10_000));
    await Promise.race([Promise.all(used.map((tag) => customElements.whenDefined(tag))), timeout]);
    const elements = [...document.querySelectorAll(tags.join(','))];
    await Promise.race([Promise.all(elements.map((element) => element.updateComplete)), timeout]);
    const scripts = [...document.scripts];
    return {
      lang: document.documentElement.lang,
      preloads: [...document.querySelectorAll('link[rel=modulepreload]')]
        .map((link) => link.href)
        .filter((href) => /clinic-widgets/.test(href)),
      defined: tags.filter((tag) => customElements.get(tag)),
      bundles: scripts.filter((s) => /clinic-widgets\.js/.test(s.src)).map((s) => ({ type: s.type, src: s.src })),
      inline: scripts.filter((s) => !s.src).map((s) => s.textContent),
      styles: [...document.querySelectorAll('link[rel=stylesheet]')]
        .map((link) => link.href)
        .filter((href) => /clinic-widgets/.test(href)),
      pwned: window.__pwned ?? null,
      elements: elements.map((element) => ({
        tag: element.localName,
        id: element.id,
        parent: element.parentElement?.className ?? '',
        attributes: Object.fromEntries(element.getAttributeNames().map((name) => [name, element.getAttribute(name)])),
        rendered: !!element.shadowRoot && element.shadowRoot.childElementCount > 0,
        text: element.shadowRoot ? element.shadowRoot.textContent.replace(/\s+/g, ' ').trim() : '',
        links: element.shadowRoot ? [...element.shadowRoot.querySelectorAll('a[href]')].map((a) => a.href) : [],
        buttons: element.shadowRoot
          ? [...element.shadowRoot.querySelectorAll('button')].map((b) => b.textContent.trim())
          : [],
        // The picker's group label and the checker's step heading, as shown; `lang` of the content.
        legend: element.shadowRoot?.querySelector('legend')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
        heading: element.shadowRoot?.querySelector('.step-heading')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
        langs: element.shadowRoot ? [...new Set([...element.shadowRoot.children].map((child) => child.lang))] : [],
      })),
    };
  }, TAGS);
  // WORDPRESS_SCREENSHOTS=folder keeps a picture of each page, to look at.
  if (shots) await page.screenshot({ path: join(shots, `wp-${version}-${post.slug}.png`), fullPage: true });
  await page.close();
  return { html, state, messages, packs };
}

const find = (state, predicate) => state.elements.find(predicate);

await step('the visitor page with every block, a shortcode and a pasted snippet', async () => {
  const { html, state, messages, packs } = await visit(posts.blocks);
  check(
    'every widget element is defined',
    TAGS.every((tag) => state.defined.includes(tag)),
    state.defined,
  );
  const widgets = state.elements.filter((element) => element.tag !== 'clinic-provider');
  check(
    `every widget on the page upgraded and rendered its shadow root (${widgets.length} widgets)`,
    widgets.length === 7 && widgets.every((element) => element.rendered && element.text.length > 0),
    widgets.map(({ tag, id, rendered, text }) => ({ tag, id, rendered, text: text.slice(0, 60) })),
  );
  check(
    'the module is loaded once, as type="module"',
    state.bundles.length === 1 &&
      state.bundles[0].type === 'module' &&
      (html.match(/clinic-widgets\.js/g) ?? []).length === 1,
    state.bundles,
  );
  check(
    `it comes from the plugin (${version === '6.1' ? 'script_loader_tag' : 'wp_enqueue_script_module'})`,
    state.bundles[0]?.src.startsWith(`${base}/wp-content/plugins/clinic-widgets/assets/clinic-widgets.js?ver=`) &&
      new RegExp(`id=["']clinic-widgets-js${version === '6.1' ? '' : '-module'}["']`).test(html),
    state.bundles,
  );
  check(
    'an English page fetches no language pack (no locales/es-<hash>.js) and preloads none',
    packs.length === 0 && state.preloads.length === 0 && state.lang === 'en-US',
    { packs, preloads: state.preloads, lang: state.lang },
  );
  check(
    'the plugin adds no inline script',
    state.inline.every((text) => !/clinic/i.test(text)),
    state.inline.filter((t) => /clinic/i.test(t)),
  );
  const providers = state.elements.filter((element) => element.tag === 'clinic-provider');
  check(
    'one site-wide <clinic-provider> with the saved settings',
    providers.length === 1 &&
      JSON.stringify(providers[0].attributes) ===
        JSON.stringify({
          'clinic-name': CLINIC.clinic_name,
          timezone: CLINIC.timezone,
          hours: 'Mo-Fr 09:00-19:00; Sa 10:00-16:00',
          'lead-time': '120',
          sessions: CLINIC.sessions,
          currency: 'USD',
          locale: 'en-US',
          provider: 'calcom',
          'booking-url': CLINIC.booking_url,
          phone: CLINIC.phone,
        }),
    providers.map((provider) => provider.attributes),
  );
  const button = find(state, (element) => element.tag === 'booking-button' && /booking-button/.test(element.parent));
  check(
    "the booking button block books 90 minutes on the clinic's Cal.com page",
    button?.links.some((href) => href === `${CLINIC.booking_url}?duration=90`) &&
      /Book a 90-minute massage/.test(button.text),
    button,
  );
  check(
    "it shows the clinic's phone and a same-day line from its hours",
    /555-0142/.test(button?.text) && /Same-day|closed|Closed today|Next:/i.test(button?.text),
    button?.text,
  );
  const picker = find(
    state,
    (element) => element.tag === 'session-length-picker' && /session-length-picker/.test(element.parent),
  );
  check(
    "the picker offers the clinic's sessions with prices in USD",
    /How long\?/.test(picker?.text) && /\$95/.test(picker?.text) && /\$135/.test(picker?.text),
    picker?.text,
  );
  const shortcode = find(
    state,
    (element) => element.tag === 'booking-button' && element.attributes.label === 'Book the short one',
  );
  check(
    'the shortcode renders a booking button for 60 minutes',
    shortcode?.links.some((href) => href === `${CLINIC.booking_url}?duration=60`) &&
      /Book the short one/.test(shortcode.text),
    shortcode,
  );
  const card = find(state, (element) => element.tag === 'stretch-card');
  check(
    'the stretch card block shows the figure-four stretch, compact',
    /Figure-four/i.test(card?.text) && 'compact' in (card?.attributes ?? {}),
    card,
  );
  const checker = find(state, (element) => element.tag === 'symptom-checker');
  check('the symptom checker block shows its start page', checker?.rendered && checker.buttons.length > 0, checker);
  const pastedPicker = find(state, (element) => element.id === 'pasted-picker');
  const pastedButton = find(state, (element) => element.id === 'pasted-button');
  check(
    "the author's pasted widgets work, without their onclick, onmouseover and style",
    pastedPicker?.rendered &&
      pastedButton?.rendered &&
      JSON.stringify(pastedPicker.attributes) === JSON.stringify({ id: 'pasted-picker', name: 'pasted' }) &&
      !('onmouseover' in pastedButton.attributes),
    { pastedPicker, pastedButton },
  );
  check(
    'the pasted <script> did not run and javascript: is nowhere',
    state.pwned === null && !/javascript:/i.test(html),
    state.pwned,
  );
  check('no console error on the page', messages.errors.length === 0, messages.errors);
  check(
    'no widget warned about a setting',
    messages.warnings.filter((text) => /^<[a-z-]+>/.test(text)).length === 0,
    messages.warnings,
  );
  const stylesheet = existsSync(join(plugin, 'assets/clinic-widgets.css'));
  check(
    stylesheet ? 'the reserve-space stylesheet is enqueued' : 'no stylesheet is enqueued (the build has none)',
    state.styles.length === (stylesheet ? 1 : 0),
    state.styles,
  );
});

const STRICT_CSP = {
  'content-security-policy':
    "script-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'",
};
await step('a strict Content-Security-Policy', async () => {
  const { state } = await visit(posts.blocks, STRICT_CSP);
  const widgets = state.elements.filter((element) => element.tag !== 'clinic-provider');
  check(
    "under script-src 'self' and Trusted Types every widget still upgrades",
    widgets.length === 7 && widgets.every((element) => element.rendered),
    widgets.map(({ tag, rendered }) => ({ tag, rendered })),
  );
});

/** A string as src/ writes it (`'picker.label': 'Duración de la sesión',`): what the page must show. */
function sourceString(file, key) {
  const text = readFileSync(join(root, file), 'utf8');
  const match = new RegExp(`'${key.replace(/\./g, '\\.')}':\\s*'((?:[^'\\\\]|\\\\.)*)'`).exec(text);
  if (!match) throw new Error(`${file} has no '${key}'`);
  return match[1].replace(/\\(.)/g, '$1');
}

await step('Spanish: the Language setting, then the site language', async () => {
  const es = {
    picker: sourceString('src/locales/es.ts', 'picker.label'),
    title: sourceString('src/locales/es.ts', 'symptom.title'),
    booking: sourceString('src/locales/es.ts', 'booking.label').replace('{minutes}', '90'),
  };
  const en = {
    picker: sourceString('src/session-length-picker/strings.ts', 'picker.label'),
    title: sourceString('src/symptom-checker/strings.ts', 'symptom.title'),
  };
  const storedLocale = () => JSON.parse(php('echo wp_json_encode(get_option("clinic_widgets_settings"));')).locale;
  // Each visit in a new browser context, so that es.js cannot come from the previous visit's cache.
  const spanish = async (name, { locale, lang, headers }) => {
    const context = await session(null);
    const { state, messages, packs } = await visit(posts.blocks, headers, context).finally(() => context.close());
    const providers = state.elements.filter((element) => element.tag === 'clinic-provider');
    const widgets = state.elements.filter((element) => element.tag !== 'clinic-provider');
    const picker = find(state, (element) => element.id === 'pasted-picker');
    const checker = find(state, (element) => element.tag === 'symptom-checker');
    const button = find(state, (element) => element.tag === 'booking-button' && /booking-button/.test(element.parent));
    check(
      `${name}: the provider says locale="${locale}", the page <html lang="${lang}">`,
      providers.length === 1 && providers[0].attributes.locale === locale && state.lang === lang,
      { provider: providers.map((provider) => provider.attributes), lang: state.lang },
    );
    check(`${name}: the picker's label is "${es.picker}"`, picker?.legend === es.picker, picker);
    check(`${name}: the symptom checker's start page is titled "${es.title}"`, checker?.heading === es.title, checker);
    check(`${name}: the booking button says "${es.booking}"`, button?.text.includes(es.booking), button?.text);
    check(
      `${name}: all 7 widgets rendered with their content in lang="es", no English label or title`,
      widgets.length === 7 &&
        widgets.every((w) => w.rendered && w.langs.length === 1 && w.langs[0] === 'es') &&
        !widgets.some((w) => w.text.includes(en.picker) || w.text.includes(en.title)),
      widgets.map(({ tag, id, rendered, langs, text }) => ({ tag, id, rendered, langs, text: text.slice(0, 80) })),
    );
    const pack = packs[0]?.url;
    check(
      `${name}: assets/locales/es-<hash>.js is preloaded and fetched once, status 200; no other pack`,
      packs.length === 1 &&
        /\/wp-content\/plugins\/clinic-widgets\/assets\/locales\/es-[\w-]+\.js$/.test(pack) &&
        packs[0].status === 200 &&
        JSON.stringify(state.preloads) === JSON.stringify([pack]),
      { packs, preloads: state.preloads },
    );
    // Under the strict CSP, WordPress's own inline scripts are blocked (the emoji loader; on 6.5 the import
    // map, and so the modules that need it), as on any such site; the plugin has none.
    const wordpressOwn = (text) =>
      headers === STRICT_CSP &&
      (/^Executing inline script violates the following Content Security Policy/.test(text) ||
        /^TypeError: Failed to resolve module specifier "@wordpress\//.test(text));
    const errors = messages.errors.filter((text) => !wordpressOwn(text));
    check(
      headers === STRICT_CSP
        ? `${name}: no console error but WordPress's blocked inline scripts (${messages.errors.length - errors.length}), none the plugin's`
        : `${name}: no console error`,
      errors.length === 0 && state.inline.every((text) => !/clinic/i.test(text)),
      { errors, inline: state.inline.filter((text) => /clinic/i.test(text)) },
    );
    check(
      `${name}: no widget warned about a setting`,
      messages.warnings.filter((text) => /^<[a-z-]+>/.test(text)).length === 0,
      messages.warnings,
    );
  };
  try {
    await adminPage.goto(settingsUrl);
    await fillSettings(adminPage, { locale: 'es' });
    check('the Language setting "es" is saved', storedLocale() === 'es', storedLocale());
    await spanish('Language "es"', { locale: 'es', lang: 'en-US' });
    await spanish('Language "es", strict CSP', { locale: 'es', lang: 'en-US', headers: STRICT_CSP });

    // A Spanish site. Language packs come from wordpress.org, which this machine does not reach:
    // WordPress offers (and accepts) a language once languages/<locale>.mo is there, so an empty one.
    // Then a second PHP, which finds it (WordPress lists the installed languages once per request).
    php(`
      require_once ABSPATH . WPINC . '/pomo/mo.php';
      wp_mkdir_p( WP_LANG_DIR );
      $mo = new MO();
      $mo->set_header( 'Content-Type', 'text/plain; charset=UTF-8' );
      $mo->set_header( 'Language', 'es_ES' );
      $mo->export_to_file( WP_LANG_DIR . '/es_ES.mo' );
    `);
    const wplang = php("update_option( 'WPLANG', 'es_ES' ); echo get_option( 'WPLANG' );").trim();
    check('the site language is Spanish (es_ES)', wplang === 'es_ES', wplang);
    await adminPage.goto(settingsUrl);
    const help = await adminPage.textContent('#clinic_widgets_locale_help');
    check('the Language field says that empty means the site language, es-ES', /now es-ES\./.test(help), help);
    await fillSettings(adminPage, { locale: '' });
    check('the Language setting is emptied', storedLocale() === '', storedLocale());
    await spanish('a Spanish site, no Language setting', { locale: 'es-ES', lang: 'es-ES' });
  } finally {
    php(`update_option( 'WPLANG', '' ); @unlink( WP_LANG_DIR . '/es_ES.mo' );`);
    await adminPage.goto(settingsUrl);
    await fillSettings(adminPage, { locale: CLINIC.locale });
    const restored = {
      locale: storedLocale(),
      site: php("echo get_locale(); echo file_exists( WP_LANG_DIR . '/es_ES.mo' ) ? ' es_ES.mo' : '';"),
    };
    check(
      'back to English: the site language en_US (no es_ES.mo) and the Language setting en-US',
      restored.locale === CLINIC.locale && restored.site === 'en_US',
      restored,
    );
  }
  check('no console error on the settings screen', adminMessages.errors.length === 0, adminMessages.errors);
});

await step('the other pages', async () => {
  const classic = await visit(posts.classic);
  const card = find(classic.state, (element) => element.tag === 'stretch-card');
  check(
    'a classic post with only a shortcode loads the module once and shows the card',
    classic.state.bundles.length === 1 &&
      card?.rendered &&
      /Hamstring/.test(card.text) &&
      classic.messages.errors.length === 0,
    { bundles: classic.state.bundles, card, errors: classic.messages.errors },
  );
  const pasted = await visit(posts.pasted);
  const button = find(pasted.state, (element) => element.id === 'only-pasted');
  check(
    "a post with only a pasted snippet loads the module and the clinic's settings",
    pasted.state.bundles.length === 1 &&
      button?.rendered &&
      button.links.some((href) => href.startsWith(CLINIC.booking_url)),
    { bundles: pasted.state.bundles, button },
  );
  const plain = await visit(posts.plain);
  check(
    'a post with no widget loads no module, no stylesheet and no provider',
    plain.state.bundles.length === 0 &&
      plain.state.styles.length === 0 &&
      plain.state.elements.length === 0 &&
      !/clinic-widgets/.test(plain.html),
    plain.state,
  );
});

await step('a classic theme', async () => {
  // Most clinic sites run a classic theme: content renders after wp_head(), so a widget the plugin did not
  // see coming (here a shortcode in the theme's sidebar, as page builders and widgets put them) is
  // enqueued late and printed by wp_footer(), with the provider.
  const theme = join(site, 'wp-content/themes/clinic-test-classic');
  mkdirSync(theme, { recursive: true });
  writeFileSync(join(theme, 'style.css'), '/*\nTheme Name: Clinic test classic\n*/\n');
  writeFileSync(
    join(theme, 'index.php'),
    `<!DOCTYPE html><html <?php language_attributes(); ?>><head><meta charset="utf-8"><?php wp_head(); ?></head>
<body <?php body_class(); ?>><?php wp_body_open(); ?>
<main><?php while ( have_posts() ) { the_post(); the_title( '<h1>', '</h1>' ); the_content(); } ?></main>
<aside><?php echo do_shortcode( '[clinic_booking_button minutes="60" label="Sidebar booking"]' ); ?></aside>
<?php wp_footer(); ?></body></html>
`,
  );
  const previous = php("echo get_stylesheet(); switch_theme('clinic-test-classic');").trim();
  try {
    // WordPress 6.5 prints script modules in a classic theme's footer, always; 6.1 prints the script in the
    // head when the plugin saw the widgets in the posts before the page began.
    for (const [name, post, where] of [
      ['a post with widgets', posts.blocks, version === '6.1' ? 'head' : 'footer'],
      ['a post without (the sidebar has one)', posts.plain, 'footer'],
    ]) {
      const { html, state, messages } = await visit(post);
      const widgets = state.elements.filter((element) => element.tag !== 'clinic-provider');
      const head = html.slice(0, html.indexOf('</head>'));
      const sidebar = find(state, (element) => element.attributes.label === 'Sidebar booking');
      check(
        `classic theme, ${name}: the module once, in the ${where}; one provider; every widget upgraded`,
        state.bundles.length === 1 &&
          state.bundles[0].type === 'module' &&
          /clinic-widgets\.js/.test(head) === (where === 'head') &&
          state.elements.filter((element) => element.tag === 'clinic-provider').length === 1 &&
          widgets.length > 0 &&
          widgets.every((element) => element.rendered) &&
          sidebar?.links.includes(`${CLINIC.booking_url}?duration=60`) &&
          messages.errors.length === 0,
        {
          bundles: state.bundles,
          inHead: /clinic-widgets\.js/.test(head),
          widgets: widgets.length,
          sidebar,
          errors: messages.errors,
        },
      );
    }
  } finally {
    php(`switch_theme(${JSON.stringify(previous)});`);
  }
});

await step('the reserve-space stylesheet, when a build has one', async () => {
  // Whatever this build has, the plugin must enqueue assets/clinic-widgets.css exactly when it is there.
  const css = join(site, 'wp-content/plugins/clinic-widgets/assets/clinic-widgets.css');
  const had = existsSync(css);
  if (!had) writeFileSync(css, 'booking-button:not(:defined) { display: block; min-height: 3rem; }\n');
  const withCss = await visit(posts.blocks);
  const plain = await visit(posts.plain);
  if (!had) rmSync(css);
  check(
    'with assets/clinic-widgets.css it is enqueued on widget pages only, once',
    withCss.state.styles.length === 1 &&
      withCss.state.styles[0].includes('/plugins/clinic-widgets/assets/clinic-widgets.css?ver=') &&
      plain.state.styles.length === 0,
    { widgetPage: withCss.state.styles, plainPage: plain.state.styles },
  );
});

await step('the block editor', async () => {
  const page = await author.newPage();
  const messages = watch(page);
  await page.goto(`/wp-admin/post.php?post=${posts.blocks.id}&action=edit`);
  await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId(), null, {
    timeout: 60_000,
  });
  const types = await page.evaluate(() =>
    window.wp.blocks
      .getBlockTypes()
      .map((type) => type.name)
      .filter((name) => name.startsWith('clinic-widgets/')),
  );
  check('the four blocks are registered in the editor', types.length === 4, types);
  const inserter = await page.evaluate(() =>
    window.wp.data
      .select('core/block-editor')
      .getInserterItems()
      .filter((item) => item.name.startsWith('clinic-widgets/'))
      .map((item) => `${item.name}: ${item.title} (${item.isDisabled ? 'disabled' : 'insertable'})`),
  );
  check(
    'the author can insert each of them',
    inserter.length === 4 && inserter.every((item) => item.endsWith('(insertable)')),
    inserter,
  );

  // The canvas is an iframe on current WordPress (blocks of apiVersion 3), the editor's own page on 6.1.
  const canvas = async () =>
    (await page.$('iframe[name="editor-canvas"]')) ? page.frameLocator('iframe[name="editor-canvas"]') : page;
  const previews = async () =>
    (await canvas())
      .locator(
        '.wp-block-clinic-widgets-booking-button, .wp-block-clinic-widgets-session-length-picker, .wp-block-clinic-widgets-symptom-checker, .wp-block-clinic-widgets-stretch-card',
      )
      .evaluateAll(async (blocks) => {
        const out = [];
        for (const block of blocks) {
          const element = block.querySelector('booking-button, session-length-picker, symptom-checker, stretch-card');
          await element?.updateComplete;
          out.push({
            tag: element?.localName,
            rendered: !!element?.shadowRoot && element.shadowRoot.childElementCount > 0,
            links: element?.shadowRoot ? [...element.shadowRoot.querySelectorAll('a[href]')].map((a) => a.href) : [],
            text: element?.shadowRoot?.textContent.replace(/\s+/g, ' ').trim().slice(0, 80),
          });
        }
        return out;
      });
  await (
    await canvas()
  )
    .locator('.wp-block-clinic-widgets-booking-button booking-button')
    .first()
    .waitFor({ timeout: 30_000 });
  await page.waitForTimeout(500);
  const shown = await previews();
  check(
    "the editor previews each block with the real element and the site's settings",
    shown.length === 4 &&
      shown.every((preview) => preview.rendered) &&
      shown.find((preview) => preview.tag === 'booking-button')?.links.includes(`${CLINIC.booking_url}?duration=90`),
    shown,
  );

  // An author who has never seen HTML: the inserter, a search, a click.
  await page.keyboard.press('Escape');
  const toggle = page.locator(
    'button[aria-label="Toggle block inserter"], button[aria-label="Block Inserter"], button.edit-post-header-toolbar__inserter-toggle, button.editor-document-tools__inserter-toggle',
  );
  await toggle.first().click();
  const search = page.locator('.block-editor-inserter__search input, input[placeholder="Search"]').first();
  await search.fill('booking');
  const option = page.locator('.block-editor-block-types-list__item', { hasText: 'Booking button' }).first();
  await option.click();
  await page.waitForFunction(
    () =>
      window.wp.data
        .select('core/block-editor')
        .getBlocks()
        .filter((block) => block.name === 'clinic-widgets/booking-button').length === 2,
    null,
    { timeout: 10_000 },
  );
  await page.waitForTimeout(500);
  const after = await previews();
  check(
    'searching the inserter for "booking" and clicking Booking button adds one, previewed',
    after.filter((preview) => preview.tag === 'booking-button' && preview.rendered).length === 2,
    after,
  );
  // Close the inserter, open the settings sidebar: the new block is selected, so it shows its controls.
  await toggle.first().click();
  const sidebar = page
    .locator('button[aria-label="Settings"][aria-expanded], button[aria-label="Settings"][aria-pressed]')
    .first();
  if (
    (await sidebar.getAttribute('aria-expanded')) === 'false' ||
    (await sidebar.getAttribute('aria-pressed')) === 'false'
  ) {
    await sidebar.click();
  }
  const inspector = await page
    .locator('.block-editor-block-inspector')
    .textContent({ timeout: 5_000 })
    .catch(() => '');
  check(
    'its inspector shows the session length and booking controls',
    /Session length/.test(inspector) && /Opens/.test(inspector),
    inspector.slice(0, 500),
  );
  await page.evaluate(() => window.wp.data.dispatch('core/editor').savePost());
  await page.waitForFunction(
    () =>
      !window.wp.data.select('core/editor').isSavingPost() && !window.wp.data.select('core/editor').isEditedPostDirty(),
    null,
    { timeout: 20_000 },
  );
  const stored =
    (await rest(author, 'GET', `/wp/v2/posts/${posts.blocks.id}&context=edit`, undefined)).body.content?.raw ?? '';
  check(
    'the author saves the post with the new block',
    (stored.match(/<!-- wp:clinic-widgets\/booking-button/g) ?? []).length === 2,
    stored,
  );
  check('no console error in the editor', messages.errors.length === 0, messages.errors);
  if (process.env.WORDPRESS_SCREENSHOTS) {
    await page.screenshot({ path: join(process.env.WORDPRESS_SCREENSHOTS, `wp-${version}-editor.png`) });
  }
  await page.close();
});

await step('the plugin PHP inside WordPress', async () => {
  let output;
  try {
    output = execFileSync('php', [join(root, 'tests/wordpress/unit.php'), site], { encoding: 'utf8', timeout: 60_000 });
  } catch (error) {
    output = `${error.stdout ?? ''}${error.stderr ?? ''}`;
  }
  for (const line of output.split('\n')) {
    if (/^(not )?ok - /.test(line)) check(line.replace(/^(not )?ok - /, ''), line.startsWith('ok'), undefined);
    else if (/^\s{4}/.test(line)) console.log(line);
  }
  check('unit.php ran to the end', /\d+ passed, \d+ failed/.test(output), output.slice(-2000));
});

await step('attributes match the elements', async () => {
  const spec = JSON.parse(
    execFileSync('php', [join(root, 'tests/wordpress/unit.php'), site, '--spec'], { encoding: 'utf8' }),
  );
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
  for (const tag of TAGS) {
    const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tag);
    const documented = (declaration?.attributes ?? []).map((attribute) => attribute.name).sort();
    check(
      `<${tag}>: the plugin knows every attribute in custom-elements.json, and no other`,
      JSON.stringify([...spec[tag].attributes].sort()) === JSON.stringify(documented),
      { plugin: spec[tag].attributes, manifest: documented },
    );
    check(
      `<${tag}>: kses allows every one of them`,
      spec[tag].attributes.every((name) => spec[tag].kses.includes(name)),
      spec[tag].kses,
    );
    if (WIDGETS.includes(tag)) {
      const block = JSON.parse(readFileSync(join(plugin, 'blocks', tag, 'block.json'), 'utf8'));
      check(
        `the ${tag} block has an attribute for each (camelCase)`,
        JSON.stringify(Object.keys(block.attributes).sort()) ===
          JSON.stringify(spec[tag].attributes.map(camel).sort()) && block.apiVersion === 3,
        Object.keys(block.attributes),
      );
    }
  }
});

await step('the PHP log', async () => {
  const logged = existsSync(debugLog) ? readFileSync(debugLog, 'utf8') : '';
  const problems = logged
    .split('\n')
    .filter((line) => /PHP (Fatal|Parse|Warning|Notice|Deprecated)|doing_it_wrong|was called incorrectly/i.test(line));
  const ours = problems.filter((line) => /plugins\/clinic-widgets\/|clinic_widgets/i.test(line));
  check(
    `no PHP notice, warning or error from the plugin with WP_DEBUG (${problems.length} lines from WordPress itself)`,
    ours.length === 0,
    ours,
  );
  const fatal = problems.filter((line) => /PHP (Fatal|Parse) error/.test(line));
  check('no PHP fatal error at all', fatal.length === 0, fatal);
  const server = serverOutput
    .split('\n')
    .filter((line) => /PHP (Fatal|Warning|Notice)/.test(line) && /plugins\/clinic-widgets\//.test(line));
  check('no PHP warning from the plugin on the server', server.length === 0, server);
});

await step('uninstall', async () => {
  const result = JSON.parse(
    php(`
      require_once ABSPATH . 'wp-admin/includes/plugin.php';
      require_once ABSPATH . 'wp-admin/includes/file.php';
      deactivate_plugins('clinic-widgets/clinic-widgets.php');
      $deleted = delete_plugins(array('clinic-widgets/clinic-widgets.php'));
      global $wpdb;
      echo wp_json_encode(array(
        'deleted' => true === $deleted,
        'rows' => (int) $wpdb->get_var("SELECT COUNT(*) FROM {$wpdb->options} WHERE option_name = 'clinic_widgets_settings'"),
        'folder' => is_dir(WP_PLUGIN_DIR . '/clinic-widgets'),
      ));
    `),
  );
  check(
    'deleting the plugin runs uninstall.php: its option and folder are gone',
    result.deleted && result.rows === 0 && !result.folder,
    result,
  );
});

await finish();
