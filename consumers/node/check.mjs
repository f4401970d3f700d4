// Plain Node imports every entry point of the installed package: none throws, none registers an element,
// and the helpers work without a DOM. Prints "N passed, N failed".
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./node_modules/clinic-widgets/package.json', import.meta.url), 'utf8'));
let passed = 0;
let failed = 0;
const check = async (name, run) => {
  try {
    await run();
    passed++;
    console.log(`ok   ${name}`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${name}: ${error?.stack ?? error}`);
  }
};
const assert = (condition, message) => {
  if (!condition) throw new Error(message);
};

for (const [entry, target] of Object.entries(pkg.exports)) {
  const file = typeof target === 'string' ? target : target.default;
  if (!file.endsWith('.js') || entry === './clinic-widgets.js') continue; // the script-tag file is for browsers
  await check(`import('clinic-widgets${entry.slice(1)}')`, async () => {
    await import(`clinic-widgets${entry.slice(1)}`);
  });
}
await check('no element is registered without a DOM', () => {
  for (const tag of ['clinic-provider', 'session-length-picker', 'booking-button', 'symptom-checker', 'stretch-card']) {
    assert(!globalThis.customElements?.get(tag), `${tag} was registered`);
  }
});
const helpers = await import('clinic-widgets/helpers');
await check('buildBookingUrl', () => {
  const url = helpers.buildBookingUrl({
    provider: 'calcom',
    bookingUrl: 'https://cal.com/clinic/massage',
    minutes: 60,
  });
  assert(url === 'https://cal.com/clinic/massage?duration=60', url);
});
await check('stretches and STRETCH_IDS', () =>
  assert(
    helpers.STRETCH_IDS.every((id) => helpers.stretches[id]),
    'missing',
  ),
);
await check('parseOpeningHours', () => {
  const hours = helpers.parseOpeningHours('Mo-Fr 09:00-19:00; Sa 10:00-16:00');
  assert(hours?.[1]?.[0]?.open === 540, JSON.stringify(hours));
});
await check('triage', () => assert(typeof helpers.triage({}).urgency === 'string', 'no urgency'));
await check('emergencyNumberFor', () => assert(helpers.emergencyNumberFor('en-GB') === '999', 'not 999'));
await check('setSessionChoice without a document', () => {
  helpers.setSessionChoice({ minutes: 90 });
  assert(helpers.getSessionChoice()?.minutes === 90, 'not kept');
});
const root = await import('clinic-widgets');
await check('the package exports the element classes and the helpers', () => {
  assert(typeof root.BookingButton === 'function' && root.triage === helpers.triage, 'missing');
});
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
