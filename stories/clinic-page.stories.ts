import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/clinic-provider/clinic-provider.ts';
import '../src/session-length-picker/session-length-picker.ts';
import '../src/booking-button/booking-button.ts';
import '../src/symptom-checker/symptom-checker.ts';
import '../src/stretch-card/stretch-card.ts';
import { WEDNESDAY_MORNING, referenceClinic } from './helpers.ts';
import { answer, expectShowing, seeResult, start } from '../tests/symptom-checker/harness.ts';

const PAGE_STYLES = html`<style>
  .clinic-page {
    max-width: 60rem;
    margin: 0 auto;
    padding: 1rem;
  }
  .clinic-page header {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 1rem;
  }
  .clinic-page .brand {
    font-weight: 700;
    font-size: 1.25rem;
    margin: 0;
  }
  .clinic-page section {
    padding-block: 1.5rem;
    border-top: 1px solid #68727d;
  }
  .clinic-page .two-col {
    display: grid;
    gap: 1.5rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
  }
  .clinic-page .cards {
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
  }
  .clinic-page h1 {
    font-size: clamp(1.5rem, 4vw, 2.25rem);
    line-height: 1.2;
  }
  .clinic-page a {
    color: inherit;
  }
</style>`;

/**
 * Every widget on one clinic page, cooperating through `<clinic-provider>` and the page-wide session
 * choice: the picker drives both booking buttons, and the symptom checker's suggestion sets the picker.
 */
const meta: Meta = {
  title: 'Pages/Clinic page',
  // Whole pages, not one element: no generated Docs page (it would stack three pages into one).
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
  render: () => html`
    ${PAGE_STYLES}
    ${referenceClinic(
      html`
        <div class="clinic-page">
          <header>
            <p class="brand">Harbour Street Massage</p>
            <nav aria-label="Sections">
              <a href="#book">Book</a> · <a href="#check">Is massage right for me?</a> ·
              <a href="#stretches">Stretches</a>
            </nav>
          </header>
          <main>
            <h1>Massage for a sore lower back, a pinched nerve or sciatica</h1>
            <p>
              We see stiff, sore backs every day: after a heavy lift, a long week at a desk, or a sneeze that locked
              everything up. We start gently and send you home with a couple of stretches.
            </p>
            <booking-button .now=${WEDNESDAY_MORNING} .visitorZone=${'America/Anchorage'}></booking-button>

            <section id="book" aria-labelledby="book-title">
              <div class="two-col">
                <div>
                  <h2 id="book-title">Choose your session</h2>
                  <p>
                    Sixty minutes covers the lower back, hips and glutes. Ninety adds the hamstrings and the length of
                    the leg, which helps when pain runs down from the buttock.
                  </p>
                </div>
                <form aria-label="Request a session">
                  <session-length-picker name="session" value="60" required></session-length-picker>
                  <p>
                    <booking-button
                      mode="popup"
                      .now=${WEDNESDAY_MORNING}
                      .visitorZone=${'America/Anchorage'}
                    ></booking-button>
                  </p>
                </form>
              </div>
            </section>

            <section id="check" aria-labelledby="check-title">
              <h2 id="check-title">Is massage right for my back?</h2>
              <p>A few short questions, and an honest answer. Your answers stay on this device.</p>
              <symptom-checker></symptom-checker>
            </section>

            <section id="stretches" aria-labelledby="stretches-title">
              <h2 id="stretches-title">Stretches between sessions</h2>
              <div class="cards">
                <stretch-card stretch="hamstring" compact></stretch-card>
                <stretch-card stretch="hip-flexor" compact></stretch-card>
                <stretch-card stretch="figure-four" compact></stretch-card>
              </div>
            </section>
          </main>
        </div>
      `,
      '(907) 555-0142',
    )}
  `,
};
export default meta;

type Story = StoryObj;

/** The page as a visitor first sees it: 60 minutes chosen, both buttons offering 60. */
export const ClinicPage: Story = {};

/**
 * After the symptom checker: sciatica symptoms give a 90-minute suggestion with its own booking button;
 * opening it sets the picker to 90, and the page's booking buttons follow.
 */
export const AfterTheSymptomChecker: Story = {
  play: async ({ canvasElement }) => {
    const checker = canvasElement.querySelector('symptom-checker')!;
    await start(checker);
    await answer(checker, { legs: 'below', numb: 'one' });
    if (checker.shadowRoot!.querySelector('dl')) await seeResult(checker);
    expectShowing(checker, '.card.massage-ok', 'the massage-ok card');
    // The result's call to action is a booking button for the suggested length. Opening it sets the
    // page-wide choice; the story cancels the booking itself so the preview stays put.
    const booking = checker.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(
      '.card booking-button',
    );
    if (!booking) throw new Error('Expected the suggestion to offer a booking button.');
    await booking.updateComplete;
    const stay = (event: Event) => event.preventDefault();
    canvasElement.addEventListener('booking-open', stay);
    booking.shadowRoot!.querySelector<HTMLElement>('[part=button]')!.click();
    canvasElement.removeEventListener('booking-open', stay);
    const picker = canvasElement.querySelector('session-length-picker')!;
    await picker.updateComplete;
    if (picker.value !== '90')
      throw new Error(`Expected the picker to follow the suggestion (90), got ${picker.value}.`);
    for (const button of canvasElement.querySelectorAll('booking-button')) await button.updateComplete;
  },
};

/**
 * Every event the widgets fire, logged as it happens. Booking is cancelled here (`preventDefault()` on
 * `booking-open`) so the log shows what a host page would receive instead of leaving the page.
 */
export const EventLog: Story = {
  render: () => {
    const log = document.createElement('ol');
    log.setAttribute('aria-label', 'Events so far');
    const add = (text: string) => {
      const item = document.createElement('li');
      item.textContent = text;
      log.prepend(item);
    };
    const show = (event: Event) => {
      const detail = (event as CustomEvent).detail;
      const target = (event.target as Element | null)?.localName ?? 'document';
      add(`${event.type} from ${target}${detail === undefined ? '' : `: ${JSON.stringify(detail)}`}`);
      if (event.type === 'booking-open') event.preventDefault();
    };
    const events = ['input', 'change', 'booking-open', 'booking-close', 'triage-complete', 'stretch-complete'];
    const page = document.createElement('div');
    page.className = 'clinic-page';
    for (const type of events) page.addEventListener(type, show);
    // A listener on document for the page-wide choice; one at a time, however often the story renders.
    const docListener = (event: Event) =>
      page.isConnected ? show(event) : document.removeEventListener('clinic-session-change', docListener);
    document.addEventListener('clinic-session-change', docListener);
    const ui = document.createElement('div');
    ui.className = 'two-col';
    ui.innerHTML = `
      <div>
        <h2>Widgets</h2>
        <clinic-provider sessions="60:95, 90:135" currency="USD" booking-url="https://cal.com/harbour-street-massage/massage" provider="calcom">
          <session-length-picker name="session" value="60"></session-length-picker>
          <p><booking-button hint="off"></booking-button></p>
          <stretch-card stretch="pelvic-tilt" hold="1" reps="1" compact></stretch-card>
        </clinic-provider>
      </div>
      <div>
        <h2>Events</h2>
        <p>Newest first. Choose a length, press Book, or run the pelvic-tilt timer (one second, one rep).</p>
      </div>`;
    ui.lastElementChild!.append(log);
    page.append(ui);
    return html`${PAGE_STYLES}${page}`;
  },
};
