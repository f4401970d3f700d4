/**
 * Inputs from code and markup: every property takes any JavaScript value, before or after upgrade, and
 * every attribute can be removed. The result is the documented default and at most one warning.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { BookingButton } from '../../src/booking-button/booking-button.ts';
import { buildBookingUrl } from '../../src/booking-button/booking-url.ts';
import { MAX_LENGTH } from '../../src/core/parse.ts';
import { setSessionChoice } from '../../src/core/session-choice.ts';
import { captureWarnings } from '../helpers/warnings.ts';
import { observePage } from '../helpers/page-problems.ts';
import { $, ANCHORAGE, inProvider, text } from './helpers.ts';

/** What the Anchorage clinic's button shows with every input at its default. */
const DEFAULT_VIEW = {
  href: 'https://cal.com/harbour/massage?duration=45',
  label: 'Book a 45-minute massage (opens in a new tab)',
  tag: 'a',
  phone: 'tel:9075550142',
  hint: 'Same-day appointments: book by 3:15 PM today',
};

// Monday 23 Nov 2026, 10:00 AKST.
const MONDAY_10AM = new Date('2026-11-23T19:00:00Z');

function viewOf(el: BookingButton) {
  const button = $<HTMLAnchorElement>(el, '[part="button"]');
  return {
    href: button?.getAttribute('href') ?? undefined,
    label: text(button),
    tag: button?.localName,
    phone: $(el, '[part="phone"]')?.getAttribute('href') ?? undefined,
    hint: text($(el, '#hint')).replace(/\s/g, ' ') || undefined,
  };
}

/** Values of every type that no property takes as given. */
const WRONG_TYPES: [string, unknown][] = [
  ['true', true],
  ['false', false],
  ['an empty array', []],
  ['an array', ['60', 'popup']],
  ['an object', { minutes: 60 }],
  ['a function', () => 'popup'],
  ['NaN', NaN],
  ['a symbol', Symbol('popup')],
];
/** Values that mean "not set": the default, silently. */
const UNSET: [string, unknown][] = [
  ['null', null],
  ['undefined', undefined],
  ['an empty string', ''],
];

/**
 * Properties and what a value of the wrong type must give: the default view (the clock and zone props are
 * pinned by the harness so the hint is deterministic; for those two the browser's clock and zone apply).
 */
const PROPERTIES = [
  'provider',
  'bookingUrl',
  'services',
  'phone',
  'mode',
  'hint',
  'minutes',
  'label',
  'loadTimeout',
] as const;

/** A button in the Anchorage provider, with `property` set to `value` before upgrade or after. */
async function withProperty(property: string, value: unknown, when: 'before' | 'after') {
  const host = await fixture<HTMLElement>(ANCHORAGE(''));
  let el: BookingButton;
  const { warnings, errors, uncaught } = await observePage(async () => {
    if (when === 'before') {
      // An element in a template is not upgraded: its property is an own property, as a framework sets it
      // before the definition loads. Adopted into the page, the element upgrades and keeps it.
      const template = document.createElement('template');
      template.innerHTML = '<booking-button></booking-button>';
      el = template.content.firstElementChild as BookingButton;
      Object.assign(el, { now: () => MONDAY_10AM, visitorZone: 'America/Anchorage', [property]: value });
      host.append(el);
    } else {
      el = document.createElement('booking-button');
      Object.assign(el, { now: () => MONDAY_10AM, visitorZone: 'America/Anchorage' });
      host.append(el);
      await el.updateComplete;
      (el as unknown as Record<string, unknown>)[property] = value;
    }
    await el.updateComplete;
    await el.updateComplete;
  });
  return { el: el!, warnings, errors: [...errors, ...uncaught] };
}

afterEach(() => setSessionChoice(undefined));

describe('<booking-button> inputs of any type', () => {
  for (const property of PROPERTIES) {
    for (const when of ['before', 'after'] as const) {
      it(`${property}: wrong types set ${when} upgrade give the default and one warning naming it`, async () => {
        for (const [name, value] of WRONG_TYPES) {
          // NaN is a number: for the two numeric properties it is still not a usable one.
          const { el, warnings, errors } = await withProperty(property, value, when);
          expect(errors, `${property} = ${name}: errors`).to.deep.equal([]);
          expect(viewOf(el), `${property} = ${name}`).to.deep.equal(DEFAULT_VIEW);
          expect(warnings, `${property} = ${name}: warnings`).to.have.length(1);
          const named =
            property === 'bookingUrl'
              ? 'attribute "booking-url"'
              : property === 'loadTimeout'
                ? 'property "loadTimeout"'
                : `attribute "${property}"`;
          expect(warnings[0], `${property} = ${name}`).to.contain(`<booking-button> ${named}: `);
          expect(warnings[0].length, 'the value is cut').to.be.below(300);
        }
        for (const [name, value] of UNSET) {
          const { el, warnings, errors } = await withProperty(property, value, when);
          expect(errors, `${property} = ${name}: errors`).to.deep.equal([]);
          expect(viewOf(el), `${property} = ${name}`).to.deep.equal(DEFAULT_VIEW);
          expect(warnings, `${property} = ${name}: warnings`).to.deep.equal([]);
        }
      });
    }
  }

  it('takes numbers where a number makes sense: minutes, loadTimeout, a phone number, a label', async () => {
    const minutes = await withProperty('minutes', 90, 'after');
    expect(viewOf(minutes.el).href).to.equal('https://cal.com/harbour/massage?duration=90');
    const phone = await withProperty('phone', 9075550199, 'before');
    expect(viewOf(phone.el).phone).to.equal('tel:9075550199');
    const label = await withProperty('label', 2026, 'after');
    expect(viewOf(label.el).label).to.equal('2026 (opens in a new tab)');
    for (const result of [minutes, phone, label]) expect(result.warnings).to.deep.equal([]);
  });

  for (const [property, fallback] of [
    ['now', 'the clock'],
    ['visitorZone', 'the zone'],
  ] as const) {
    for (const when of ['before', 'after'] as const) {
      it(`${property}: wrong types set ${when} upgrade fall back to the browser's ${fallback.slice(4)}`, async () => {
        for (const [name, value] of [...WRONG_TYPES, ['a number', 42] as [string, unknown]]) {
          if (property === 'now' && typeof value === 'function') continue; // a function is its type
          const { el, warnings, errors } = await withProperty(property, value, when);
          expect(errors, `${property} = ${name}: errors`).to.deep.equal([]);
          const view = viewOf(el);
          expect(view.href, `${property} = ${name}`).to.equal(DEFAULT_VIEW.href);
          expect(view.label, `${property} = ${name}`).to.equal(DEFAULT_VIEW.label);
          expect(warnings, `${property} = ${name}`).to.have.length(1);
          expect(warnings[0]).to.contain(`<booking-button> property "${property}": `);
          expect(warnings[0]).to.contain("using the browser's");
        }
        for (const [name, value] of UNSET.slice(0, 2)) {
          const { el, warnings } = await withProperty(property, value, when);
          expect(viewOf(el).href, `${property} = ${name}`).to.equal(DEFAULT_VIEW.href);
          expect(warnings, `${property} = ${name}`).to.deep.equal([]);
        }
      });
    }
  }

  it('now: a function that gives no valid Date warns once and uses the browser clock', async () => {
    for (const result of [() => 'noon', () => new Date('not a date'), () => undefined]) {
      const { el, warnings, errors } = await withProperty('now', result, 'after');
      expect(errors).to.deep.equal([]);
      expect(viewOf(el).href).to.equal(DEFAULT_VIEW.href);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('did not return a valid Date');
    }
  });

  it("now: a Date from another window (a frame's) is used, with no warning", async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const FrameDate = (frame.contentWindow as Window & typeof globalThis).Date;
      const clock = () => new FrameDate('2026-12-02T18:00:00Z'); // a Wednesday, 9:00 in Anchorage
      expect(clock() instanceof Date, "not this window's Date").to.be.false;
      const { el, warnings, errors } = await withProperty('now', clock, 'after');
      expect(errors).to.deep.equal([]);
      expect(warnings).to.deep.equal([]);
      expect(el.shadowRoot!.textContent).to.contain('book by 3:15 PM today');
    } finally {
      frame.remove();
    }
  });

  it('containment: a clock that throws shows "not available", logs one error and throws nothing', async () => {
    const el = await inProvider(html`<booking-button></booking-button>`);
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      el.now = () => {
        throw new Error('broken clock');
      };
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
    } finally {
      console.error = original;
    }
    expect(logged).to.have.length(1);
    expect(String((logged[0] as unknown[])[0])).to.contain('<booking-button>');
    expect(text($(el, '[part="unavailable"]'))).to.equal('Online booking is not available right now.');
    await expect(el).to.be.accessible();
  });

  it('a bad own booking-url of another type keeps the provider page; no provider: one warning, no "missing" too', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<BookingButton>(html`<booking-button></booking-button>`);
      el.bookingUrl = { href: 'https://clinic.example/' } as unknown as string;
      await el.updateComplete;
      expect(text($(el, '[part="unavailable"]'))).to.equal('Online booking is not available right now.');
    });
    expect(warnings).to.have.length(2); // the first render (missing), then the object
    expect(warnings[0]).to.contain('is missing');
    expect(warnings[1]).to.equal(
      '<booking-button> attribute "booking-url": {"href":"https://clinic.example/"} is not text; using a message that online booking is unavailable',
    );
  });

  it('says nothing about a missing booking-url when a provider is there (it reports its own)', async () => {
    const warnings = await captureWarnings(async () => {
      const root = await fixture(
        html`<clinic-provider booking-url="javascript:void 0"><booking-button></booking-button></clinic-provider>`,
      );
      const el = root.querySelector('booking-button')!;
      await el.updateComplete;
      expect(text($(el, '[part="unavailable"]'))).to.equal('Online booking is not available right now.');
    });
    expect(warnings.filter((warning) => warning.startsWith('<booking-button>'))).to.deep.equal([]);
  });
});

describe('<booking-button> attribute removal', () => {
  const attributes: [string, string][] = [
    ['provider', 'acuity'],
    ['booking-url', 'https://clinic.example/book?m={minutes}'],
    ['services', '45:massage-45'],
    ['phone', '+1 907 555 0199'],
    ['mode', 'popup'],
    ['hint', 'off'],
    ['minutes', '90'],
    ['label', 'Book online'],
  ];
  for (const [attribute, value] of attributes) {
    it(`restores the default when ${attribute} is removed`, async () => {
      const el = await inProvider(html`<booking-button></booking-button>`);
      el.now = () => MONDAY_10AM;
      el.visitorZone = 'America/Anchorage';
      await el.updateComplete;
      const warnings = await captureWarnings(async () => {
        el.setAttribute(attribute, value);
        await el.updateComplete;
        expect(viewOf(el), `with ${attribute}`).not.to.deep.equal(DEFAULT_VIEW);
        el.removeAttribute(attribute);
        await el.updateComplete;
      });
      expect(viewOf(el)).to.deep.equal(DEFAULT_VIEW);
      expect(warnings).to.deep.equal([]);
    });
  }
});

describe('<booking-button> over-long input', () => {
  it(`refuses a booking-url over ${MAX_LENGTH.url} characters with one warning, cut to length`, async () => {
    const long = `https://clinic.example/${'a'.repeat(30_000)}`;
    let el!: BookingButton;
    const warnings = await captureWarnings(async () => {
      el = await inProvider(html`<booking-button booking-url=${long}></booking-button>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      /^<booking-button> attribute "booking-url": "https:\/\/clinic\.example\/a+… is longer than 2048 characters; using a message that online booking is unavailable$/,
    );
    expect(warnings[0].length).to.be.below(220);
    expect($(el, '.button')).to.equal(null);
    expect(text($(el, '[part="unavailable"]'))).to.equal(
      'Online booking is not available right now. Call (907) 555-0142 to book.',
    );
  });

  it('takes a booking-url right at the cap, and its template still fills in', async () => {
    const path = 'a'.repeat(MAX_LENGTH.url - 'https://clinic.example/?m={minutes}'.length);
    const template = `https://clinic.example/${path}?m={minutes}`;
    expect(template).to.have.length(MAX_LENGTH.url);
    const el = await inProvider(html`<booking-button provider="link" booking-url=${template}></booking-button>`);
    expect($<HTMLAnchorElement>(el, '.button')!.href).to.equal(`https://clinic.example/${path}?m=45`);
  });

  it('builds capped links with no "=" and with many slashes as a plain page would', () => {
    const noEquals = `https://clinic.example/${'x'.repeat(2000)}`;
    expect(buildBookingUrl({ provider: 'link', bookingUrl: noEquals, minutes: 60 })).to.equal(noEquals);
    const slashes = `https://cal.com/harbour${'/'.repeat(2000)}`;
    expect(buildBookingUrl({ provider: 'calcom', bookingUrl: slashes, minutes: 60, service: 'm60' })).to.equal(
      'https://cal.com/harbour/m60',
    );
    const square = `https://book.squareup.com/appointments/m/location/${'L'.repeat(2000)}`;
    expect(buildBookingUrl({ provider: 'square', bookingUrl: square, minutes: 60, service: 'S' })).to.equal(
      `${square}/services/S`,
    );
  });

  it('warns once about services over the cap and sends no service id', async () => {
    const long = Array.from({ length: 200 }, (_, index) => `${index + 1}:id${index}`).join(', ');
    expect(long.length).to.be.above(MAX_LENGTH.list);
    let el!: BookingButton;
    const warnings = await captureWarnings(async () => {
      el = await inProvider(
        html`<booking-button provider="acuity" booking-url="https://harbour.as.me/" services=${long}></booking-button>`,
      );
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`"services": "1:id0, 2:id1`);
    expect(warnings[0]).to.contain(`is longer than ${MAX_LENGTH.list} characters`);
    expect($<HTMLAnchorElement>(el, '.button')!.href).to.equal('https://harbour.as.me/');
  });
});
