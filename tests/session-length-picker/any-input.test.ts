import { expect, fixture, html } from '@open-wc/testing';
import '../../src/clinic-provider/clinic-provider.ts';
import '../../src/session-length-picker/session-length-picker.ts';
import type { SessionLengthPicker } from '../../src/session-length-picker/session-length-picker.ts';
import { MAX_LENGTH } from '../../src/core/parse.ts';
import { setSessionChoice } from '../../src/core/session-choice.ts';
import { describeValue } from '../../src/core/warnings.ts';
import { WRONG_TYPES } from '../helpers/values.ts';
import { captureWarnings } from '../helpers/warnings.ts';
import { observePage } from '../helpers/page-problems.ts';

type Picker = SessionLengthPicker;

const radios = (picker: Picker) => [...picker.shadowRoot!.querySelectorAll('input')];
const lengths = (picker: Picker) => radios(picker).map((radio) => radio.value);
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What a visitor and the form see of a picker. */
function stateOf(picker: Picker) {
  const root = picker.shadowRoot!;
  return {
    lengths: lengths(picker),
    value: picker.value,
    label: text(root.querySelector('legend')),
    valueMissing: picker.validity.valueMissing,
    disabled: radios(picker).every((radio) => radio.matches(':disabled')),
    nameAttribute: picker.getAttribute('name'),
    disabledAttribute: picker.getAttribute('disabled'),
    description90: text(root.querySelector('#d90')),
  };
}

const DEFAULT_STATE: ReturnType<typeof stateOf> = {
  lengths: ['60', '90'],
  value: '',
  label: 'Session length',
  valueMissing: false,
  disabled: false,
  nameAttribute: null,
  disabledAttribute: null,
  description90: '',
};

/** Runs `run` and collects what must never happen on the host page: uncaught errors and console errors. */
async function failuresDuring(run: () => Promise<unknown>): Promise<string[]> {
  const { errors, uncaught } = await observePage(run);
  return [...errors, ...uncaught];
}

/**
 * A picker in a form with `property` set to `value`, either before the element is upgraded (a framework
 * setting properties on an element created in a document without the definition, then inserting it) or
 * after its first render.
 */
async function pickerWith(property: string, value: unknown, when: 'before' | 'after'): Promise<Picker> {
  const form = await fixture<HTMLFormElement>(html`<form></form>`);
  if (when === 'before') {
    const inert = document.implementation.createHTMLDocument('');
    const early = inert.createElement('session-length-picker') as unknown as Record<string, unknown> & Element;
    early[property] = value;
    form.append(early);
    const picker = early as unknown as Picker;
    expect(picker.updateComplete, 'upgraded on insertion').to.be.instanceOf(Promise);
    await picker.updateComplete;
    return picker;
  }
  const picker = document.createElement('session-length-picker');
  form.append(picker);
  await picker.updateComplete;
  (picker as unknown as Record<string, unknown>)[property] = value;
  await picker.updateComplete;
  return picker;
}

/** Every type an embedder might pass (the shared list), and a few the picker reads specially. */
const VALUES: readonly unknown[] = [...WRONG_TYPES, 42, [90], { 90: 'Longer' }, Symbol('x')];

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
/** What parseBoolean reads as on: `true`, or text other than "false" (HTML's presence: `""` is on). */
const isOn = (value: unknown) => value === true || (typeof value === 'string' && value.trim() !== 'false');

/** The documented result per property, where a value is a valid input (else DEFAULT_STATE). */
const EXPECTED: Record<string, (value: unknown) => Partial<ReturnType<typeof stateOf>>> = {
  // A name is text as written, or a number; an empty one is no name.
  name: (value) => (isNumber(value) || (typeof value === 'string' && value) ? { nameAttribute: String(value) } : {}),
  // No length in VALUES is offered, and a list is not a length.
  defaultValue: () => ({}),
  value: () => ({}),
  options: (value) => (value === 42 ? { lengths: ['42'] } : {}),
  label: (value) => (isNumber(value) ? { label: String(value) } : {}),
  required: (value) => (isOn(value) ? { valueMissing: true } : {}),
  disabled: (value) => (isOn(value) ? { disabled: true, disabledAttribute: '' } : {}),
  descriptions: (value) => (isPlainDescription(value) ? { description90: 'Longer' } : {}),
};

function isPlainDescription(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as Record<number, unknown>)[90] === 'Longer';
}

beforeEach(() => setSessionChoice(undefined));

describe('<session-length-picker> any value for any property', () => {
  for (const property of Object.keys(EXPECTED)) {
    for (const when of ['before', 'after'] as const) {
      describe(`${property}, set ${when} upgrade`, () => {
        for (const value of VALUES) {
          it(`${describeValue(value)}: the documented result, at most one warning, no error`, async () => {
            let picker!: Picker;
            let warnings: string[] = [];
            const failures = await failuresDuring(async () => {
              warnings = await captureWarnings(async () => {
                picker = await pickerWith(property, value, when);
              });
            });
            expect(failures).to.deep.equal([]);
            expect(picker.shadowRoot!.querySelector('.unavailable'), 'not the "not available" message').to.equal(null);
            expect(stateOf(picker)).to.deep.equal({ ...DEFAULT_STATE, ...EXPECTED[property](value) });
            expect(warnings.length, warnings.join('\n')).to.be.at.most(1);
            if (value == null) expect(warnings).to.deep.equal([]);
            for (const warning of warnings)
              expect(warning).to.match(/^<session-length-picker> (attribute "[a-z-]+"|property "descriptions"): /);
          });
        }
      });
    }
  }

  it('selects a length given as a number before upgrade, and the form sends it', async () => {
    const form = await fixture<HTMLFormElement>(html`<form></form>`);
    const early = document.implementation.createHTMLDocument('').createElement('session-length-picker');
    (early as unknown as { value: unknown; name: unknown }).value = 90;
    (early as unknown as { value: unknown; name: unknown }).name = 'session';
    form.append(early);
    const picker = early as Picker;
    await picker.updateComplete;
    expect(picker.value).to.equal('90');
    expect(picker.minutes).to.equal(90);
    expect(radios(picker).find((radio) => radio.checked)?.value).to.equal('90');
    expect(new FormData(form).get('session')).to.equal('90');
  });

  it('answers value and minutes before it is connected or has updated, from its own options', async () => {
    const picker = document.createElement('session-length-picker');
    picker.setAttribute('options', '30, 45');
    picker.value = '45';
    expect(picker.value).to.equal('45');
    expect(picker.minutes).to.equal(45);
    picker.options = '30';
    expect(picker.value, 'follows a changed options at once').to.equal('');
    picker.options = '30, 45';
    const form = await fixture<HTMLFormElement>(html`<form></form>`);
    form.append(picker);
    expect(picker.hasUpdated).to.equal(false);
    expect(picker.minutes).to.equal(45);
    await picker.updateComplete;
    expect(radios(picker).find((radio) => radio.checked)?.value).to.equal('45');
  });

  it('reads "false" from code as false for required and disabled, and reflects disabled accordingly', async () => {
    const picker = await pickerWith('disabled', 'false', 'after');
    expect(stateOf(picker)).to.deep.equal(DEFAULT_STATE);
    picker.disabled = 'yes' as unknown as boolean;
    await picker.updateComplete;
    expect(stateOf(picker)).to.include({ disabled: true, disabledAttribute: '' });
    picker.required = 'true' as unknown as boolean;
    await picker.updateComplete;
    expect(picker.validity.valueMissing).to.equal(true);
    picker.required = 'false' as unknown as boolean;
    await picker.updateComplete;
    expect(picker.validity.valueMissing).to.equal(false);
  });

  it('treats a disabled="false" attribute as HTML does: disabled', async () => {
    const picker = await fixture<Picker>(html`<session-length-picker disabled="false"></session-length-picker>`);
    expect(stateOf(picker).disabled).to.equal(true);
  });

  it('warns about a descriptions value that is not an object, naming it, and ignores values that are not text', async () => {
    const picker = await fixture<Picker>(html`<session-length-picker></session-length-picker>`);
    const warnings = await captureWarnings(async () => {
      picker.descriptions = 'More time' as unknown as Record<number, string>;
      await picker.updateComplete;
    });
    expect(warnings).to.deep.equal([
      '<session-length-picker> property "descriptions": "More time" is not an object of texts by length; using none',
    ]);
    picker.descriptions = { 60: 7, 90: 'Longer' } as unknown as Record<number, string>;
    await picker.updateComplete;
    expect(text(picker.shadowRoot!.querySelector('#d60'))).to.equal('');
    expect(text(picker.shadowRoot!.querySelector('#d90'))).to.equal('Longer');
  });
});

describe('<session-length-picker> attribute removal', () => {
  const cases = [
    { attribute: 'name', markup: 'name="session" value="60"', property: 'name', empty: '' },
    { attribute: 'value', markup: 'value="90"', property: 'defaultValue', empty: '' },
    { attribute: 'options', markup: 'options="30, 45"', property: 'options', empty: '' },
    { attribute: 'label', markup: 'label="How long?"', property: 'label', empty: '' },
    { attribute: 'required', markup: 'required', property: 'required', empty: false },
    { attribute: 'disabled', markup: 'disabled', property: 'disabled', empty: false },
  ];
  for (const { attribute, markup, property, empty } of cases) {
    it(`${attribute}: removing it restores the default`, async () => {
      const form = await fixture<HTMLFormElement>(
        `<form><session-length-picker ${markup}></session-length-picker></form>`,
      );
      const picker = form.querySelector('session-length-picker')!;
      await picker.updateComplete;
      expect(stateOf(picker)).not.to.deep.equal(DEFAULT_STATE);
      const warnings = await captureWarnings(async () => {
        picker.removeAttribute(attribute);
        await picker.updateComplete;
      });
      expect(warnings).to.deep.equal([]);
      expect((picker as unknown as Record<string, unknown>)[property]).to.equal(empty);
      // `name` removed: the selection stays, but the form no longer sends it.
      const expected = attribute === 'name' ? { ...DEFAULT_STATE, value: '60' } : DEFAULT_STATE;
      expect(stateOf(picker)).to.deep.equal(expected);
      expect([...new FormData(form).keys()]).to.deep.equal([]);
    });
  }

  it('disabled: removing it sends the value again', async () => {
    const form = await fixture<HTMLFormElement>(
      '<form><session-length-picker name="session" value="60" disabled></session-length-picker></form>',
    );
    const picker = form.querySelector('session-length-picker')!;
    await picker.updateComplete;
    expect(new FormData(form).has('session')).to.equal(false);
    picker.removeAttribute('disabled');
    await picker.updateComplete;
    expect(new FormData(form).get('session')).to.equal('60');
  });

  it("options: removing it goes back to the provider's sessions", async () => {
    const provider = await fixture(
      html`<clinic-provider sessions="45, 75"
        ><session-length-picker options="30"></session-length-picker
      ></clinic-provider>`,
    );
    const picker = provider.querySelector('session-length-picker')!;
    await picker.updateComplete;
    expect(lengths(picker)).to.deep.equal(['30']);
    picker.removeAttribute('options');
    await picker.updateComplete;
    expect(lengths(picker)).to.deep.equal(['45', '75']);
  });
});

describe('<session-length-picker> over-long input', () => {
  it(`warns once about options over ${MAX_LENGTH.list} characters and offers the provider's sessions`, async () => {
    const options = Array.from({ length: 200 }, (_, index) => index + 1).join(', ');
    expect(options.length).to.be.greaterThan(MAX_LENGTH.list);
    let picker!: Picker;
    const warnings = await captureWarnings(async () => {
      const provider = await fixture(
        html`<clinic-provider sessions="60:95, 90:135" currency="USD">
          <session-length-picker options=${options}></session-length-picker>
        </clinic-provider>`,
      );
      picker = provider.querySelector('session-length-picker')!;
      await picker.updateComplete;
      picker.label = 'How long?';
      await picker.updateComplete;
    });
    expect(lengths(picker)).to.deep.equal(['60', '90']);
    expect(picker.shadowRoot!.querySelectorAll('[part="price"]')).to.have.length(2);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`<session-length-picker> attribute "options": "1, 2, 3`);
    expect(warnings[0]).to.contain(`is longer than ${MAX_LENGTH.list} characters; using the clinic's sessions`);
  });

  it('shows a 100 KB value cut short in its one warning, and selects nothing', async () => {
    const value = '9'.repeat(100_000);
    let picker!: Picker;
    const warnings = await captureWarnings(async () => {
      picker = await fixture<Picker>(html`<session-length-picker value=${value}></session-length-picker>`);
    });
    expect(picker.value).to.equal('');
    expect(warnings).to.have.length(1);
    expect(warnings[0].length).to.be.below(300);
  });

  it(`warns once about a label over ${MAX_LENGTH.text} characters and shows the default`, async () => {
    let picker!: Picker;
    const warnings = await captureWarnings(async () => {
      picker = await fixture<Picker>(html`<session-length-picker label=${'x'.repeat(1000)}></session-length-picker>`);
    });
    expect(text(picker.shadowRoot!.querySelector('legend'))).to.equal('Session length');
    expect(warnings).to.have.length(1);
  });
});

describe('<session-length-picker> one warning per bad list item', () => {
  it('warns once about a bad option through later updates, selections, resets and reconnection', async () => {
    let picker!: Picker;
    const warnings = await captureWarnings(async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <session-length-picker options="60, abc, 90"></session-length-picker>
        </form>`,
      );
      picker = form.querySelector('session-length-picker')!;
      await picker.updateComplete;
      picker.value = '90';
      picker.required = true;
      await picker.updateComplete;
      form.reset();
      picker.remove();
      form.append(picker);
      await picker.updateComplete;
      // Back in the page, it adopts the page-wide choice its earlier selection made.
      expect(picker.minutes).to.equal(90);
      expect(lengths(picker)).to.deep.equal(['60', '90']);
    });
    expect(warnings).to.deep.equal([
      '<session-length-picker> attribute "options": "abc" is not a session length (minutes, or minutes:price); using the other lengths',
    ]);
  });

  it('warns once about a repeated length', async () => {
    const warnings = await captureWarnings(() =>
      fixture(html`<session-length-picker options="60, 60, 90"></session-length-picker>`),
    );
    expect(warnings).to.deep.equal([
      '<session-length-picker> attribute "options": "60" repeats 60 minutes; using the other lengths',
    ]);
  });

  it("leaves a bad item in the provider's sessions to the provider's one warning", async () => {
    const warnings = await captureWarnings(async () => {
      const provider = await fixture(
        html`<clinic-provider sessions="60, abc">
          <session-length-picker></session-length-picker>
        </clinic-provider>`,
      );
      await provider.querySelector('session-length-picker')!.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^<clinic-provider> attribute "sessions": "abc"/);
  });
});

describe('<session-length-picker> containment', () => {
  it('shows "not available right now" with one console.error when an update fails, and recovers', async () => {
    const picker = await fixture<Picker>(html`<session-length-picker></session-length-picker>`);
    const errors: unknown[][] = [];
    const originalError = console.error;
    const failures = await failuresDuring(async () => {
      console.error = (...args: unknown[]) => errors.push(args);
      try {
        Object.defineProperty(picker, 'render', {
          configurable: true,
          value: () => {
            throw new Error('boom');
          },
        });
        picker.label = 'One';
        await picker.updateComplete;
        picker.label = 'Two';
        await picker.updateComplete;
      } finally {
        console.error = originalError;
      }
    });
    expect(failures).to.deep.equal([]);
    expect(errors).to.have.length(1);
    expect(String(errors[0][0])).to.contain('<session-length-picker>');
    expect(text(picker.shadowRoot!.querySelector('.unavailable'))).to.contain('not available right now');

    delete (picker as unknown as { render?: unknown }).render;
    picker.label = 'Three';
    await picker.updateComplete;
    expect(text(picker.shadowRoot!.querySelector('legend'))).to.equal('Three');
    expect(lengths(picker)).to.deep.equal(['60', '90']);
  });
});
