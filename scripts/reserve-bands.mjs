// Where the heights in src/clinic-widgets.css come from: each widget's first-render height at every width of
// its own, in each language, beside the height the stylesheet reserves there. Run it after changing a
// widget's copy or styles (then update the stylesheet's bands), after `npm run build`:
//
//   node scripts/reserve-bands.mjs                       every example below, en-US, es and fr
//   node scripts/reserve-bands.mjs --only checker        the examples whose name contains "checker"
//   node scripts/reserve-bands.mjs --langs es --from 288 --to 640 --step 0.25
//   node scripts/reserve-bands.mjs --only button --at 2026-12-05T01:00:00Z --zone America/Anchorage
//                                                        the buttons at another clock, for a visitor there
//
// Each line is a band: from that width (rem and px) up, the rendered height (rem); "reserved" follows when
// the stylesheet says otherwise there. Stretch cards are estimated, not banded (see the stylesheet).
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const index = argv.indexOf(`--${name}`);
  return index === -1 ? fallback : argv[index + 1];
};
const LANGS = option('langs', 'en-US,es,fr').split(',');
const FROM = Number(option('from', 240));
const TO = Number(option('to', 1000));
const STEP = Number(option('step', 0.5));
const ONLY = option('only', '');
const AT = option('at', '2026-12-02T18:00:00Z');
const ZONE = option('zone', '');

const dist = resolve(import.meta.dirname, '../dist');
if (!existsSync(join(dist, 'clinic-widgets.js'))) {
  console.error('No dist/clinic-widgets.js: run "npm run build" first.');
  process.exit(1);
}

// The README's examples, as tests/core/reserve-space.test.ts has them.
const PHONE = 'phone="(907) 555-0142"';
const HOURS = 'hours="Mo-Fr 09:00-19:00; Sa 10:00-16:00"';
const DESCRIPTIONS =
  '<span slot="description-60">Lower back, hips and glutes</span>' +
  '<span slot="description-90">Adds the hamstrings and the length of the leg</span>';
const EXAMPLES = {
  picker: { widget: '<session-length-picker></session-length-picker>' },
  'picker with descriptions': { widget: `<session-length-picker>${DESCRIPTIONS}</session-length-picker>` },
  checker: { widget: '<symptom-checker></symptom-checker>' },
};
for (const mode of ['link', 'popup']) {
  for (const [name, provider] of [
    ['phone and hours', `${PHONE} ${HOURS}`],
    ['hours', HOURS],
    ['phone', PHONE],
    ['neither', ''],
  ]) {
    EXAMPLES[`button (${mode}), ${name}`] = { widget: `<booking-button mode="${mode}"></booking-button>`, provider };
  }
}

const page = (lang, { widget, provider = `${PHONE} ${HOURS}` }) => `<!doctype html>
<html lang="${lang}">
  <head>
    <link rel="stylesheet" href="/clinic-widgets.css" />
    <style>
      body { margin: 0; font-family: system-ui, sans-serif; line-height: 1.6; }
    </style>
  </head>
  <body>
    <div id="wrap">
      <clinic-provider clinic-name="Harbour Street Massage" timezone="America/Anchorage" sessions="60:95, 90:135"
        currency="USD" provider="calcom" booking-url="https://cal.com/harbour-street-massage/massage" ${provider}
        >${widget}</clinic-provider>
    </div>
  </body>
</html>`;

let current = '';
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://localhost').pathname;
  if (path === '/') {
    response.writeHead(200, { 'content-type': 'text/html' });
    return response.end(current);
  }
  const file = join(dist, path);
  if (!file.startsWith(dist) || !existsSync(file)) {
    response.writeHead(404);
    return response.end();
  }
  response.writeHead(200, { 'content-type': file.endsWith('.css') ? 'text/css' : 'text/javascript' });
  response.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });

/** Runs in the page: the widget's height at each width of its wrapper, before and after its first render. */
async function measure({ from, to, step, at, zone }) {
  const widget = document.querySelector('#wrap clinic-provider > *');
  const wrap = document.getElementById('wrap');
  const heights = () => {
    const result = [];
    for (let width = from; width <= to; width += step) {
      wrap.style.width = `${width}px`;
      result.push({ width, height: widget.getBoundingClientRect().height });
    }
    return result;
  };
  const reserved = heights();
  // A weekday morning in the clinic's zone, unless --at. The same-day line's box is the same at every
  // clock and in every zone (it is as tall as the line's longest form), so one gives every band.
  if (widget.localName === 'booking-button') {
    widget.now = () => new Date(at);
    if (zone) widget.visitorZone = zone;
  }
  const script = document.createElement('script');
  script.type = 'module';
  script.src = '/clinic-widgets.js';
  document.head.append(script);
  await customElements.whenDefined(widget.localName);
  while (!(await widget.updateComplete));
  return { reserved, rendered: heights() };
}

const rem = (px) => `${Number((px / 16).toFixed(6))}rem`;
for (const [name, example] of Object.entries(EXAMPLES)) {
  if (ONLY && !name.includes(ONLY)) continue;
  for (const lang of LANGS) {
    current = page(lang, example);
    const tab = await browser.newPage({ viewport: { width: TO + 100, height: 900 } });
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    const { reserved, rendered } = await tab.evaluate(measure, { from: FROM, to: TO, step: STEP, at: AT, zone: ZONE });
    await tab.close();
    const lines = [];
    let wrong = 0;
    rendered.forEach(({ width, height }, i) => {
      const off = Math.abs(reserved[i].height - height) > 1;
      if (off) wrong++;
      const changed = i === 0 || height !== rendered[i - 1].height;
      const reserveChanged = i > 0 && reserved[i].height !== reserved[i - 1].height;
      if (changed || reserveChanged) {
        lines.push(
          `  ${rem(width).padEnd(14)} ${`(${width} px)`.padEnd(12)} ${rem(height).padEnd(12)}` +
            (off ? ` reserved ${rem(reserved[i].height)}` : ''),
        );
      }
    });
    console.log(
      `${name}, ${lang}: ${wrong ? `${wrong} of ${rendered.length} widths reserved wrong` : 'reserved right'}`,
    );
    console.log(lines.join('\n'));
  }
}
await browser.close();
server.close();
