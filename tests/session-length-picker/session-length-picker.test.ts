import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/clinic-provider/clinic-provider.ts';
import '../../src/session-length-picker/session-length-picker.ts';
import type { SessionLengthPicker } from '../../src/session-length-picker/session-length-picker.ts';
import { getSessionChoice, setSessionChoice } from '../../src/core/session-choice.ts';
import { resetPageScheme, usePageScheme } from '../helpers/color-scheme.ts';
import { captureWarnings } from '../helpers/warnings.ts';
import { registerStrings } from '../../src/core/i18n.ts';

type Picker = SessionLengthPicker;

const radios = (picker: Picker) => [...picker.shadowRoot!.querySelectorAll('input')];
const checkedValue = (picker: Picker) => radios(picker).find((r) => r.checked)?.value;
const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Counts the host's `input` and `change` events. */
function countEvents(picker: Picker) {
  const counts = { input: 0, change: 0 };
  picker.addEventListener('input', () => counts.input++);
  picker.addEventListener('change', () => counts.change++);
  return counts;
}

async function pickerInProvider(template: ReturnType<typeof html>): Promise<Picker> {
  const provider = await fixture(
    html`<clinic-provider locale="en-US" sessions="60:95, 90:135" currency="USD">${template}</clinic-provider>`,
  );
  const picker = provider.querySelector('session-length-picker')!;
  await picker.updateComplete;
  return picker;
}

async function formWith(template: ReturnType<typeof html>) {
  const form = await fixture<HTMLFormElement>(html`<form>${template}<button>Send</button></form>`);
  const picker = form.querySelector('session-length-picker')!;
  await picker.updateComplete;
  return { form, picker };
}

/** What the form sends when submitted (the submission itself is stopped, so the test page stays). */
function submittedData(form: HTMLFormElement): FormData | undefined {
  let data: FormData | undefined;
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    data = new FormData(form, event.submitter);
  };
  form.addEventListener('submit', onSubmit);
  form.requestSubmit();
  form.removeEventListener('submit', onSubmit);
  return data;
}

beforeEach(() => setSessionChoice(undefined));

describe('<session-length-picker> rendering', () => {
  it('shows 60 and 90 minutes under "Session length" by default, without prices', async () => {
    const picker = await fixture<Picker>(html`<session-length-picker></session-length-picker>`);
    expect(text(picker.shadowRoot!.querySelector('legend')!)).to.equal('Session length');
    const options = [...picker.shadowRoot!.querySelectorAll('[part="length"]')].map(text);
    expect(options).to.deep.equal(['60 min', '90 min']);
    expect(picker.shadowRoot!.querySelector('[part="price"]')).to.equal(null);
    expect(picker.value).to.equal('');
    expect(picker.minutes).to.equal(undefined);
  });

  it("shows the provider's sessions with prices in its currency", async () => {
    const picker = await pickerInProvider(html`<session-length-picker></session-length-picker>`);
    const prices = [...picker.shadowRoot!.querySelectorAll('[part="price"]')].map(text);
    expect(prices).to.deep.equal(['$95', '$135']);
  });

  it('uses its own options over the provider sessions', async () => {
    const picker = await pickerInProvider(
      html`<session-length-picker options="30:50, 45, 75:110.5"></session-length-picker>`,
    );
    const options = [...picker.shadowRoot!.querySelectorAll('[part="length"]')].map(text);
    expect(options).to.deep.equal(['30 min $50', '45 min', '75 min $110.50']);
  });

  it('formats lengths in the clinic locale when there are strings in its language, else in English', async () => {
    const english = await fixture(
      html`<clinic-provider locale="sv-SE" currency="EUR" sessions="60:95"
        ><session-length-picker></session-length-picker
      ></clinic-provider>`,
    );
    const swedish = english.querySelector('session-length-picker')!;
    await swedish.updateComplete;
    // No Swedish strings: the words are English, so are the numbers ("60 min", not "60 min." in a mixed line).
    expect(text(swedish.shadowRoot!.querySelector('[part="length"]')!)).to.equal('60 min €95');
    registerStrings('de', { 'picker.label': 'Sitzungsdauer' });
    const provider = await fixture(
      html`<clinic-provider locale="de-DE" currency="EUR" sessions="60:95"
        ><session-length-picker></session-length-picker
      ></clinic-provider>`,
    );
    const picker = provider.querySelector('session-length-picker')!;
    await picker.updateComplete;
    expect(text(picker.shadowRoot!.querySelector('[part="length"]')!)).to.equal('60 Min. 95 €');
  });

  it('takes the label from the attribute or the label slot', async () => {
    const byAttribute = await fixture<Picker>(html`<session-length-picker label="How long?"></session-length-picker>`);
    expect(text(byAttribute.shadowRoot!.querySelector('legend')!)).to.equal('How long?');
    const bySlot = await fixture<Picker>(
      html`<session-length-picker><span slot="label">Massage length</span></session-length-picker>`,
    );
    const slot = bySlot.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="label"]')!;
    expect(slot.assignedElements().map(text)).to.deep.equal(['Massage length']);
  });

  it('shows a description per length from a named slot or the descriptions property', async () => {
    const picker = await fixture<Picker>(
      html`<session-length-picker .descriptions=${{ 60: 'Back, hips and glutes' }}>
        <span slot="description-90">More time for deep work on the lower back and hips</span>
      </session-length-picker>`,
    );
    const [sixty, ninety] = [...picker.shadowRoot!.querySelectorAll('[part="description"] slot')] as HTMLSlotElement[];
    expect(text(sixty)).to.equal('Back, hips and glutes');
    expect(ninety.assignedElements().map(text)).to.deep.equal(['More time for deep work on the lower back and hips']);
    // Each radio is named by its length and described by its description.
    expect(radios(picker)[1].getAttribute('aria-describedby')).to.equal('d90');
  });
});

describe('<session-length-picker> as a form control', () => {
  it('selects its value attribute and submits name=minutes', async () => {
    const { form, picker } = await formWith(
      html`<session-length-picker name="session" value="90"></session-length-picker>`,
    );
    expect(picker.value).to.equal('90');
    expect(picker.minutes).to.equal(90);
    expect(checkedValue(picker)).to.equal('90');
    expect(picker.form).to.equal(form);
    expect(picker.type).to.equal('session-length-picker');
    expect(submittedData(form)?.getAll('session')).to.deep.equal(['90']);
  });

  it('submits nothing when nothing is selected, and the new value once the visitor selects', async () => {
    const { form, picker } = await formWith(html`<session-length-picker name="session"></session-length-picker>`);
    expect(submittedData(form)?.has('session')).to.equal(false);
    radios(picker)[0].click();
    expect(new FormData(form).get('session')).to.equal('60');
  });

  it('submits under a name set as a property', async () => {
    const { form, picker } = await formWith(html`<session-length-picker value="60"></session-length-picker>`);
    expect([...new FormData(form).keys()]).to.deep.equal([]);
    picker.name = 'length';
    await picker.updateComplete;
    expect(new FormData(form).get('length')).to.equal('60');
  });

  it('sets the form value synchronously when .value is set', async () => {
    const { form, picker } = await formWith(html`<session-length-picker name="session"></session-length-picker>`);
    picker.value = '90';
    expect(new FormData(form).get('session')).to.equal('90');
    await picker.updateComplete;
    expect(checkedValue(picker)).to.equal('90');
  });

  it('goes back to the value attribute on form.reset()', async () => {
    const { form, picker } = await formWith(
      html`<session-length-picker name="session" value="60"></session-length-picker>`,
    );
    const counts = countEvents(picker);
    radios(picker)[1].click();
    expect(picker.value).to.equal('90');
    form.reset();
    expect(picker.value).to.equal('60');
    expect(new FormData(form).get('session')).to.equal('60');
    await picker.updateComplete;
    expect(checkedValue(picker)).to.equal('60');
    expect(counts).to.deep.equal({ input: 1, change: 1 });
  });

  it('follows a changed value attribute until the selection is changed', async () => {
    const picker = await fixture<Picker>(html`<session-length-picker value="60"></session-length-picker>`);
    picker.setAttribute('value', '90');
    await picker.updateComplete;
    expect(picker.value).to.equal('90');
    picker.value = '60';
    picker.setAttribute('value', '90');
    await picker.updateComplete;
    expect(picker.value).to.equal('60');
  });

  it('restores a saved state (back/forward navigation)', async () => {
    const { form, picker } = await formWith(
      html`<session-length-picker name="session" value="60"></session-length-picker>`,
    );
    picker.formStateRestoreCallback('90');
    expect(picker.value).to.equal('90');
    expect(new FormData(form).get('session')).to.equal('90');
  });

  it('is valueMissing with a message and :invalid when required and empty', async () => {
    const { form, picker } = await formWith(
      html`<session-length-picker name="session" required></session-length-picker>`,
    );
    expect(picker.willValidate).to.equal(true);
    expect(picker.validity.valueMissing).to.equal(true);
    expect(picker.validationMessage).to.equal('Choose a session length');
    expect(picker.matches(':invalid')).to.equal(true);
    expect(form.checkValidity()).to.equal(false);
    expect(submittedData(form), 'an invalid form is not submitted').to.equal(undefined);
    const group = picker.shadowRoot!.querySelector('fieldset')!;
    expect(group.getAttribute('aria-required')).to.equal('true');
    expect(group.getAttribute('aria-invalid')).to.equal('false');

    // A failed submit shows the message on the page and links it to the radios.
    expect(picker.reportValidity()).to.equal(false);
    await picker.updateComplete;
    expect(text(picker.shadowRoot!.querySelector('[part="error"]')!)).to.equal('Choose a session length');
    expect(radios(picker)[0].getAttribute('aria-describedby')).to.equal('error d60');
    expect(group.getAttribute('aria-invalid')).to.equal('true');

    radios(picker)[1].click();
    await picker.updateComplete;
    expect(picker.validity.valid).to.equal(true);
    expect(picker.matches(':valid')).to.equal(true);
    expect(picker.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(form.checkValidity()).to.equal(true);
    expect(submittedData(form)?.get('session')).to.equal('90');
  });

  it('becomes valid or invalid when required changes', async () => {
    const picker = await fixture<Picker>(html`<session-length-picker></session-length-picker>`);
    expect(picker.checkValidity()).to.equal(true);
    picker.required = true;
    await picker.updateComplete;
    expect(picker.checkValidity()).to.equal(false);
  });

  it('is disabled by its disabled attribute: no focus, no value sent, not validated', async () => {
    const { form, picker } = await formWith(
      html`<session-length-picker name="session" value="60" required disabled></session-length-picker>`,
    );
    expect(radios(picker).every((r) => r.matches(':disabled'))).to.equal(true);
    expect(new FormData(form).has('session')).to.equal(false);
    expect(picker.willValidate).to.equal(false);
    picker.disabled = false;
    await picker.updateComplete;
    expect(radios(picker).some((r) => r.matches(':disabled'))).to.equal(false);
    expect(new FormData(form).get('session')).to.equal('60');
  });

  it('is disabled inside a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled><session-length-picker name="session" value="90"></session-length-picker></fieldset>
      </form>`,
    );
    const picker = form.querySelector('session-length-picker')!;
    await picker.updateComplete;
    expect(radios(picker).every((r) => r.matches(':disabled'))).to.equal(true);
    expect(new FormData(form).has('session')).to.equal(false);
    form.querySelector('fieldset')!.disabled = false;
    await picker.updateComplete;
    expect(radios(picker).some((r) => r.matches(':disabled'))).to.equal(false);
    expect(new FormData(form).get('session')).to.equal('90');
  });

  it('takes focus from .focus() and a <label for> onto the selected option', async () => {
    const root = await fixture(
      html`<div>
        <label for="length">Length</label><session-length-picker id="length" value="90"></session-length-picker>
      </div>`,
    );
    const picker = root.querySelector('session-length-picker')!;
    await picker.updateComplete;
    expect(picker.labels.length).to.equal(1);
    picker.focus();
    expect(picker.shadowRoot!.activeElement).to.equal(radios(picker)[1]);
    picker.blur();
    root.querySelector('label')!.click();
    expect(document.activeElement).to.equal(picker);
  });
});

describe('<session-length-picker> keyboard', () => {
  async function focusedPicker(value = '') {
    const root = await fixture(
      html`<div>
        <button>before</button><session-length-picker options="30, 60, 90" value=${value}></session-length-picker>
      </div>`,
    );
    const picker = root.querySelector('session-length-picker')!;
    await picker.updateComplete;
    root.querySelector('button')!.focus();
    return picker;
  }
  const focusedRadio = (picker: Picker) => picker.shadowRoot!.activeElement as HTMLInputElement | null;

  it('is one tab stop on the selected option; arrows move and select, firing input and change', async () => {
    const picker = await focusedPicker('60');
    const counts = countEvents(picker);
    await sendKeys({ press: 'Tab' });
    expect(focusedRadio(picker)?.value).to.equal('60');
    expect(counts).to.deep.equal({ input: 0, change: 0 });

    await sendKeys({ press: 'ArrowDown' });
    expect(picker.value).to.equal('90');
    expect(counts).to.deep.equal({ input: 1, change: 1 });
    await sendKeys({ press: 'ArrowLeft' });
    expect(picker.value).to.equal('60');
    await sendKeys({ press: 'ArrowUp' });
    expect(picker.value).to.equal('30');
    expect(counts).to.deep.equal({ input: 3, change: 3 });

    // Leaving the group takes one Tab, whatever the number of options.
    await sendKeys({ press: 'Tab' });
    expect(focusedRadio(picker)).to.equal(null);
  });

  it('Home and End select the first and last option', async () => {
    const picker = await focusedPicker('60');
    const counts = countEvents(picker);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'End' });
    expect(picker.value).to.equal('90');
    expect(focusedRadio(picker)?.value).to.equal('90');
    await sendKeys({ press: 'Home' });
    expect(picker.value).to.equal('30');
    expect(focusedRadio(picker)?.value).to.equal('30');
    await sendKeys({ press: 'Home' });
    expect(counts).to.deep.equal({ input: 2, change: 2 });
  });

  it('Space selects the focused option when none is selected', async () => {
    const picker = await focusedPicker();
    const changed = oneEvent(picker, 'change');
    await sendKeys({ press: 'Tab' });
    expect(focusedRadio(picker)?.value).to.equal('30');
    expect(picker.value).to.equal('');
    await sendKeys({ press: 'Space' });
    await changed;
    expect(picker.value).to.equal('30');
  });

  it('fires one composed input and change on the host, none from inside', async () => {
    const root = await fixture(html`<div><session-length-picker></session-length-picker></div>`);
    const picker = root.querySelector('session-length-picker')!;
    await picker.updateComplete;
    const seen: string[] = [];
    for (const type of ['input', 'change']) {
      root.addEventListener(type, (event) =>
        seen.push(`${type}:${(event.target as Element).localName}:${event.composed}`),
      );
    }
    radios(picker)[1].click();
    expect(seen).to.deep.equal(['input:session-length-picker:true', 'change:session-length-picker:true']);
  });
});

describe('<session-length-picker> page-wide session choice', () => {
  it('writes the visitor choice to the shared state, keeping a chosen kind of session', async () => {
    setSessionChoice({ minutes: 60, service: 'deep-tissue' });
    const picker = await fixture<Picker>(html`<session-length-picker></session-length-picker>`);
    radios(picker)[1].click();
    expect(getSessionChoice()).to.deep.equal({ minutes: 90, service: 'deep-tissue' });
  });

  it('seeds the shared state from its value when no choice exists yet', async () => {
    await fixture<Picker>(html`<session-length-picker value="90"></session-length-picker>`);
    expect(getSessionChoice()).to.deep.equal({ minutes: 90 });
  });

  it('adopts an existing shared choice on connect when it offers that length', async () => {
    setSessionChoice({ minutes: 90 });
    const picker = await fixture<Picker>(html`<session-length-picker value="60"></session-length-picker>`);
    expect(picker.value).to.equal('90');
    expect(checkedValue(picker)).to.equal('90');
  });

  it('follows shared changes it offers, without events, and ignores the others', async () => {
    const picker = await fixture<Picker>(html`<session-length-picker value="60"></session-length-picker>`);
    const counts = countEvents(picker);
    setSessionChoice({ minutes: 90 });
    expect(picker.value).to.equal('90');
    setSessionChoice({ minutes: 45 });
    expect(picker.value).to.equal('90');
    setSessionChoice(undefined);
    expect(picker.value).to.equal('90');
    expect(counts).to.deep.equal({ input: 0, change: 0 });
  });

  it('keeps two pickers in sync, with events only on the one the visitor used', async () => {
    const root = await fixture(
      html`<div>
        <session-length-picker value="60"></session-length-picker>
        <session-length-picker></session-length-picker>
      </div>`,
    );
    const [first, second] = [...root.querySelectorAll('session-length-picker')];
    await second.updateComplete;
    expect(second.value).to.equal('60');
    const firstCounts = countEvents(first);
    const secondCounts = countEvents(second);
    radios(second)[1].click();
    expect(first.value).to.equal('90');
    await first.updateComplete;
    expect(checkedValue(first)).to.equal('90');
    expect(firstCounts).to.deep.equal({ input: 0, change: 0 });
    expect(secondCounts).to.deep.equal({ input: 1, change: 1 });
  });

  it('carries the choice to a <booking-button> when that element exists', async function () {
    const path = '../../src/booking-button/booking-button.ts';
    try {
      await import(/* @vite-ignore */ path);
    } catch {
      this.skip();
    }
    if (!customElements.get('booking-button')) this.skip();
    const root = await fixture(
      html`<clinic-provider locale="en-US" sessions="60, 90" booking-url="https://example.com/book">
        <session-length-picker value="60"></session-length-picker>
        <booking-button></booking-button>
      </clinic-provider>`,
    );
    const picker = root.querySelector('session-length-picker')!;
    const button = root.querySelector('booking-button') as HTMLElement & { updateComplete: Promise<unknown> };
    await button.updateComplete;
    expect(button.shadowRoot!.textContent).to.contain('60');
    radios(picker)[1].click();
    await button.updateComplete;
    expect(button.shadowRoot!.textContent).to.contain('90');
    expect(button.shadowRoot!.textContent).not.to.contain('60');
  });
});

describe('<session-length-picker> bad input', () => {
  it('warns about each bad option and keeps the good ones', async () => {
    let picker!: Picker;
    const warnings = await captureWarnings(async () => {
      picker = await fixture<Picker>(html`<session-length-picker options="60, abc, -5, 90"></session-length-picker>`);
    });
    expect([...picker.shadowRoot!.querySelectorAll('[part="length"]')].map(text)).to.deep.equal(['60 min', '90 min']);
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('<session-length-picker> attribute "options": "abc"');
    expect(warnings[1]).to.contain('"-5"');
  });

  it('warns about a value it does not offer and selects nothing, so required catches it', async () => {
    let picker!: Picker;
    const warnings = await captureWarnings(async () => {
      picker = await fixture<Picker>(html`<session-length-picker value="45" required></session-length-picker>`);
    });
    expect(warnings).to.deep.equal([
      '<session-length-picker> attribute "value": "45" is not one of the offered lengths (60, 90); using nothing selected',
    ]);
    expect(picker.value).to.equal('');
    expect(checkedValue(picker)).to.equal(undefined);
    expect(picker.validity.valueMissing).to.equal(true);
    expect(getSessionChoice()).to.equal(undefined);
  });

  it('warns about a value that is not a number', async () => {
    const warnings = await captureWarnings(() =>
      fixture(html`<session-length-picker value="ninety"></session-length-picker>`),
    );
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"ninety" is not one of the offered lengths');
  });

  it('falls back to 60 and 90 minutes for an option list with nothing usable', async () => {
    let picker!: Picker;
    const warnings = await captureWarnings(async () => {
      picker = await fixture<Picker>(html`<session-length-picker options=" , abc"></session-length-picker>`);
    });
    expect(radios(picker).map((r) => r.value)).to.deep.equal(['60', '90']);
    expect(warnings.some((w) => w.includes('has no valid session length'))).to.equal(true);
    // One warning for the whole value, not one for "abc" and another for the list.
    expect(warnings).to.have.length(1);
  });

  it('treats an empty options attribute as not given', async () => {
    const picker = await pickerInProvider(html`<session-length-picker options=""></session-length-picker>`);
    expect(radios(picker).map((r) => r.value)).to.deep.equal(['60', '90']);
    expect(picker.shadowRoot!.querySelectorAll('[part="price"]')).to.have.length(2);
  });

  it('selects nothing, with a warning, for a script value that is not offered', async () => {
    const picker = await fixture<Picker>(html`<session-length-picker value="60"></session-length-picker>`);
    const warnings = await captureWarnings(async () => {
      picker.value = '120';
      await picker.updateComplete;
    });
    expect(picker.value).to.equal('');
    expect(warnings).to.have.length(1);
  });
});

describe('<session-length-picker> accessibility and layout', () => {
  afterEach(async () => {
    await resetPageScheme();
    await setViewport({ width: 800, height: 600 });
  });

  // A light-only site seen by a visitor who prefers dark (widgets stay light), and a site with its own
  // dark mode in light and in dark.
  const pages = [
    { colorScheme: 'dark', ownDarkMode: false },
    { colorScheme: 'light', ownDarkMode: true },
    { colorScheme: 'dark', ownDarkMode: true },
  ] as const;
  for (const { colorScheme, ownDarkMode } of pages) {
    it(`passes axe in ${colorScheme} mode${ownDarkMode ? ' on a site with a dark mode' : ' on a light-only site'}: plain, with error, selected, disabled`, async () => {
      if (ownDarkMode) await usePageScheme(colorScheme);
      else await emulateMedia({ colorScheme });
      const wrapper = await fixture(
        html`<div>
          <clinic-provider locale="en-US" sessions="60:95, 90:135" currency="USD">
            <session-length-picker required>
              <span slot="description-90">More time for deep work on the lower back and hips</span>
            </session-length-picker>
          </clinic-provider>
        </div>`,
      );
      const picker = wrapper.querySelector('session-length-picker')!;
      await picker.updateComplete;
      await expect(wrapper).to.be.accessible();
      picker.reportValidity();
      await picker.updateComplete;
      await expect(wrapper).to.be.accessible();
      picker.value = '90';
      await picker.updateComplete;
      await expect(wrapper).to.be.accessible();
      picker.disabled = true;
      await picker.updateComplete;
      await expect(wrapper).to.be.accessible();
    });
  }

  describe('on a page that centres its app root and forces its text colour', () => {
    let pageStyle: HTMLStyleElement;
    beforeEach(() => {
      // The stock Vite React and Vue templates centre `#app`; some themes force one text colour everywhere.
      pageStyle = document.createElement('style');
      pageStyle.textContent = '* { color: red !important; text-align: center } #app { text-align: center }';
      document.head.append(pageStyle);
    });
    afterEach(() => pageStyle.remove());

    it('keeps its options start-aligned in its own colours, and passes axe', async () => {
      const app = await fixture(
        html`<div id="app">
          <clinic-provider locale="en-US" sessions="60:95, 90:135" currency="USD">
            <session-length-picker required .descriptions=${{ 90: 'More time for deep work on the lower back' }}>
            </session-length-picker>
          </clinic-provider>
        </div>`,
      );
      const picker = app.querySelector('session-length-picker')!;
      await picker.updateComplete;
      const root = picker.shadowRoot!;
      const parts = ['legend', 'label', '[part="length"]', '[part="price"]', '[part="description"]'];
      for (const selector of parts) {
        expect(getComputedStyle(root.querySelector(selector)!).textAlign, selector).to.equal('start');
      }
      // The widget's own light palette (--clinic-color-text and --clinic-color-muted), not the page's red.
      const colour = (selector: string) => getComputedStyle(root.querySelector(selector)!).color;
      expect(colour('legend')).to.equal('rgb(28, 33, 38)');
      expect(colour('label')).to.equal('rgb(28, 33, 38)');
      expect(colour('[part="length"]')).to.equal('rgb(28, 33, 38)');
      expect(colour('[part="description"]')).to.equal('rgb(77, 86, 97)');
      await expect(picker).to.be.accessible();
      picker.reportValidity();
      await picker.updateComplete;
      expect(colour('[part="error"]')).to.equal('rgb(28, 33, 38)');
      expect(getComputedStyle(root.querySelector('[part="error"]')!).textAlign).to.equal('start');
      await expect(picker).to.be.accessible();
    });
  });

  it('stacks the options at 320px without anything cut off, with targets of at least 24px', async () => {
    await setViewport({ width: 320, height: 640 });
    const picker = await pickerInProvider(
      html`<session-length-picker>
        <span slot="description-60">Lower back, hips and glutes</span>
        <span slot="description-90">More time for deep work on the lower back and hips</span>
      </session-length-picker>`,
    );
    await aTimeout(0);
    const cards = [...picker.shadowRoot!.querySelectorAll('label')].map((label) => label.getBoundingClientRect());
    expect(cards[0].left).to.equal(cards[1].left);
    expect(cards[1].top).to.be.greaterThan(cards[0].bottom);
    for (const card of cards) {
      expect(card.height).to.be.at.least(44);
      expect(card.right).to.be.at.most(320);
    }
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('puts the options side by side when there is room', async () => {
    await setViewport({ width: 800, height: 600 });
    const picker = await pickerInProvider(html`<session-length-picker></session-length-picker>`);
    const [a, b] = [...picker.shadowRoot!.querySelectorAll('label')].map((label) => label.getBoundingClientRect());
    expect(a.top).to.equal(b.top);
  });
});
