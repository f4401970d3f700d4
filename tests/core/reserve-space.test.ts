import { expect } from '@open-wc/testing';

// dist/clinic-widgets.css reserves each widget's first-render box before the module runs (issue 17).
// Each width gets its own frame (its own page, so the widgets start undefined): the boxes are read with
// only the stylesheet, then the real build is loaded and the boxes are read again after the first render.
const CSS = '/dist/clinic-widgets.css';
const BUNDLE = '/dist/clinic-widgets.js';

/** A test page: the stylesheet, the system font, `body` in the page's language `lang`. */
const testPage = (body: string, lang = 'en-US') => `<!doctype html>
<html lang="${lang}">
  <head>
    <link rel="stylesheet" href="${CSS}" />
    <style>
      body { margin: 0; font-family: system-ui, sans-serif; line-height: 1.6; }
      p { margin: 0; }
    </style>
  </head>
  <body>${body}</body>
</html>`;

// The README's examples. The booking button's clock is fixed on a weekday morning in the clinic's zone, so
// its same-day line is the usual "book by … today" (the other lines have tests of their own below).
const README_PROVIDER = `<clinic-provider clinic-name="Harbour Street Massage" timezone="America/Anchorage"
      hours="Mo-Fr 09:00-19:00; Sa 10:00-16:00" sessions="60:95, 90:135" currency="USD"
      provider="calcom" booking-url="https://cal.com/harbour-street-massage/massage" phone="(907) 555-0142">`;
const README_BUTTONS = `<booking-button></booking-button><p>after</p>
      <booking-button mode="popup"></booking-button><p>after</p>`;
const page = (lang: string) =>
  testPage(
    `${README_PROVIDER}
      <session-length-picker></session-length-picker><p>after</p>
      ${README_BUTTONS}
      <session-length-picker name="session" value="60" required>
        <span slot="description-60">Lower back, hips and glutes</span>
        <span slot="description-90">Adds the hamstrings and the length of the leg</span>
      </session-length-picker><p>after</p>
      <symptom-checker></symptom-checker><p>after</p>
      <stretch-card stretch="hamstring"></stretch-card><p>after</p>
      <stretch-card stretch="hip-flexor"></stretch-card><p>after</p>
      <stretch-card stretch="figure-four"></stretch-card><p>after</p>
    </clinic-provider>`,
    lang,
  );

const PAGE = page('en-US');

// Booking buttons with less to show: the README's button with its own booking system, outside every
// provider (the page's first provider has no phone or hours), a provider with neither, the same-day line
// switched off, a phone without hours.
const BUTTONS_PAGE = testPage(`
    <booking-button provider="acuity" booking-url="https://app.acuityscheduling.com/schedule.php?owner=123"
      services="60:456, 90:457"></booking-button><p>after</p>
    <clinic-provider booking-url="https://cal.com/harbour-street-massage/massage">
      <booking-button mode="popup"></booking-button><p>after</p>
    </clinic-provider>
    <clinic-provider timezone="America/Anchorage" hours="Mo-Fr 09:00-19:00" phone="(907) 555-0142"
      booking-url="https://cal.com/harbour-street-massage/massage">
      <booking-button hint="off"></booking-button><p>after</p>
    </clinic-provider>
    <clinic-provider booking-url="https://cal.com/harbour-street-massage/massage" phone="(907) 555-0142">
      <booking-button mode="popup"></booking-button><p>after</p>
    </clinic-provider>`);

// A clinic's page of stretches, as bench/ has it: cards in a grid, the first row in view.
const STRETCHES = ['hamstring', 'hip-flexor', 'figure-four'];
const CARDS_PAGE = `<!doctype html>
<html lang="en-US">
  <head>
    <link rel="stylesheet" href="${CSS}" />
    <style>
      body { margin: 1rem; font-family: system-ui, sans-serif; }
      .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem; }
    </style>
  </head>
  <body>
    <clinic-provider timezone="America/Anchorage">
      <div class="grid">
        ${Array.from({ length: 12 }, (_, i) => `<stretch-card stretch="${STRETCHES[i % 3]}"></stretch-card>`).join('')}
      </div>
    </clinic-provider>
  </body>
</html>`;

type Box = { tag: string; width: number; height: number; top: number };

async function openFrame(width: number, page = PAGE): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 800px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = page;
  document.body.append(frame);
  await loaded;
  const sheet = frame.contentDocument!.querySelector('link')!;
  if (!(sheet as HTMLLinkElement).sheet)
    throw new Error(`${CSS} is missing: run "npm run build" (npm test does) first`);
  return frame;
}

const widgets = (frame: HTMLIFrameElement) =>
  [...frame.contentDocument!.querySelectorAll('body *')].filter(
    (el) => el.localName.includes('-') && el.localName !== 'clinic-provider',
  );

function boxes(frame: HTMLIFrameElement): Box[] {
  return widgets(frame).map((el) => {
    const rect = el.getBoundingClientRect();
    // The paragraph after each widget: its position shows any shift the widget causes.
    const next = el.nextElementSibling!.getBoundingClientRect();
    return { tag: el.localName, width: rect.width, height: rect.height, top: next.top };
  });
}

// Clocks in Anchorage (UTC-9), one for each form the same-day line takes with the README's hours.
const CLOCKS = {
  'a weekday morning': '2026-12-02T18:00:00Z', // Wednesday 9:00: "book by 3:00 PM today"
  'a Friday after the cut-off': '2026-12-05T01:00:00Z', // 16:00: "closed. Next: Saturday from 10:00 AM"
  'a Saturday after the cut-off': '2026-12-06T00:00:00Z', // 15:00: "closed. Next: Monday from 9:00 AM"
  'a Sunday': '2026-12-06T21:00:00Z', // 12:00: "Closed today. Next: tomorrow from 9:00 AM"
} as const;
type Clock = keyof typeof CLOCKS;

/** When the buttons think it is, and where the visitor is (else the browser's own zone). */
interface ButtonClock {
  clock?: Clock;
  visitorZone?: string;
}

async function render(frame: HTMLIFrameElement, { clock = 'a weekday morning', visitorZone }: ButtonClock = {}) {
  const page = frame.contentWindow as Window & typeof globalThis;
  // A Date of this window, not the frame's: the button takes either.
  const now = () => new Date(CLOCKS[clock]);
  for (const button of frame.contentDocument!.querySelectorAll('booking-button')) {
    Object.assign(button, { now }, visitorZone && { visitorZone });
  }
  const script = frame.contentDocument!.createElement('script');
  script.type = 'module';
  script.src = BUNDLE;
  frame.contentDocument!.head.append(script);
  for (const el of widgets(frame)) {
    await page.customElements.whenDefined(el.localName);
    while (!(await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete));
  }
}

const nextFrame = (frame: HTMLIFrameElement) =>
  new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(() => setTimeout(resolve)));

/**
 * A stretch card far below the fold is not laid out until the visitor scrolls near it (content-visibility,
 * src/stretch-card/stretch-card.styles.ts): what a visitor sees is its size once near, so each card is
 * brought into view first. Its height is kept when it leaves again.
 */
async function scrollThrough(frame: HTMLIFrameElement): Promise<void> {
  for (const card of frame.contentDocument!.querySelectorAll('stretch-card')) {
    card.scrollIntoView();
    await nextFrame(frame);
  }
  frame.contentWindow!.scrollTo(0, 0);
  await nextFrame(frame);
}

type Shift = PerformanceEntry & {
  value: number;
  hadRecentInput: boolean;
  sources: Array<{ node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }>;
};

/** What moved, for a failure message (a pseudo-element such as a placeholder's ::before has no node). */
const describeSource = ({ node, previousRect: from, currentRect: to }: Shift['sources'][number]) =>
  `${node ? `${node.nodeName} in ${(node.getRootNode() as ShadowRoot).host?.localName ?? 'the page'}` : 'a pseudo-element'} ` +
  `${from.x},${from.y} ${from.width}x${from.height} → ${to.x},${to.y} ${to.width}x${to.height}`;

/**
 * Renders the frame's widgets, then scrolls down half a screen at a time, as a visitor reads, to the end
 * of the page, and returns every layout shift (buffered: those while the widgets first rendered count
 * too), each with what moved. Removes the frame.
 */
async function layoutShifts(frame: HTMLIFrameElement): Promise<string[]> {
  try {
    await render(frame);
    const page = frame.contentWindow as Window & typeof globalThis;
    const shifts: string[] = [];
    const observer = new page.PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        if (!entry.hadRecentInput)
          shifts.push(`${entry.value.toFixed(4)}: ${entry.sources.map(describeSource).join('; ')}`);
      }
    });
    observer.observe({ type: 'layout-shift', buffered: true });
    const root = frame.contentDocument!.documentElement;
    for (let top = 0; top < root.scrollHeight; top += 400) {
      page.scrollTo(0, top);
      await nextFrame(frame);
    }
    await nextFrame(frame);
    observer.disconnect();
    return shifts;
  } finally {
    frame.remove();
  }
}

/** Reads every widget's box before and after its first render, and expects the two to match. */
async function expectReservedBoxes(frame: HTMLIFrameElement, label: string, clock?: ButtonClock): Promise<void> {
  for (const el of widgets(frame)) expect(el.matches(':defined'), el.localName).to.be.false;
  const reserved = boxes(frame);
  await render(frame, clock);
  await scrollThrough(frame);
  const rendered = boxes(frame);
  rendered.forEach((box, i) => {
    const name = `<${box.tag}> #${i} ${label}`;
    expect(reserved[i].width, `${name}: width`).to.be.closeTo(box.width, 1);
    if (box.tag === 'stretch-card') {
      // The wrapping text is estimated (the catalogue's median at this width, scaled by the stretch's
      // length), so a card is reserved to within about three lines of a 1,200 px card.
      expect(reserved[i].height, `${name}: height`).to.be.closeTo(box.height, box.height * 0.06);
    } else {
      expect(reserved[i].height, `${name}: height`).to.be.closeTo(box.height, 1);
      expect(reserved[i].top, `${name}: what follows`).to.be.closeTo(box.top, 1);
    }
  });
}

describe('reserve-space stylesheet (dist/clinic-widgets.css)', () => {
  // A phone's narrowest, a large phone, a desktop; in each language the widgets ship.
  for (const lang of ['en-US', 'es', 'fr']) {
    for (const width of [320, 412, 1280]) {
      it(`gives each widget its first-render box at ${width} px in ${lang}, so nothing after it moves`, async () => {
        const frame = await openFrame(width, page(lang));
        try {
          await expectReservedBoxes(frame, `at ${width} px in ${lang}`);
        } finally {
          frame.remove();
        }
      });
    }
  }

  for (const width of [320, 412, 1280]) {
    it(`reserves a booking button with no phone, no same-day line or neither at ${width} px`, async () => {
      const frame = await openFrame(width, BUTTONS_PAGE);
      try {
        await expectReservedBoxes(frame, `at ${width} px`);
      } finally {
        frame.remove();
      }
    });
  }

  // The stylesheet knows neither the time nor the visitor's zone (the line names the clinic's zone to a
  // visitor elsewhere): the line's box is as tall as its tallest form for every clock and visitor.
  for (const clock of Object.keys(CLOCKS) as Clock[]) {
    for (const lang of ['en-US', 'es', 'fr']) {
      it(`reserves the booking buttons' box on ${clock} at 320, 412 and 1280 px in ${lang}, wherever the visitor is`, async () => {
        for (const visitorZone of ['America/Anchorage', 'Europe/London']) {
          for (const width of [320, 412, 1280]) {
            const frame = await openFrame(
              width,
              testPage(`${README_PROVIDER}${README_BUTTONS}</clinic-provider>`, lang),
            );
            try {
              await expectReservedBoxes(frame, `at ${width} px in ${lang} on ${clock} in ${visitorZone}`, {
                clock,
                visitorZone,
              });
            } finally {
              frame.remove();
            }
          }
        }
      });
    }
  }

  it('follows the provider’s locale over the page’s language', async () => {
    const frame = await openFrame(412, page('en-US').replace('<clinic-provider ', '<clinic-provider locale="fr-CA" '));
    try {
      await expectReservedBoxes(frame, 'in a provider with locale fr-CA');
    } finally {
      frame.remove();
    }
  });

  it('shifts nothing on the screen as the widgets render and the visitor scrolls down the page at 320 px', async () => {
    expect(await layoutShifts(await openFrame(320)), 'layout shifts').to.deep.equal([]);
  });

  it('shifts nothing on a Spanish page as the widgets render and the visitor scrolls down at 412 px', async () => {
    expect(await layoutShifts(await openFrame(412, page('es'))), 'layout shifts').to.deep.equal([]);
  });

  it('shifts nothing on a page of stretch cards in a grid, the first row in view, at 1280 px', async () => {
    expect(await layoutShifts(await openFrame(1280, CARDS_PAGE)), 'layout shifts').to.deep.equal([]);
  });

  it('hides a widget’s light-DOM content until it is defined, and applies nothing once defined', async () => {
    const frame = await openFrame(320);
    try {
      const button = frame.contentDocument!.querySelector('booking-button')!;
      const description = frame.contentDocument!.querySelector('[slot="description-60"]')!;
      expect(getComputedStyle(description).display).to.equal('none');
      expect(getComputedStyle(button).fontSize).to.equal('0px');
      await render(frame);
      expect(getComputedStyle(button).containerType).to.equal('normal');
      expect(getComputedStyle(button, '::before').content).to.be.oneOf(['none', 'normal']);
    } finally {
      frame.remove();
    }
  });
});
