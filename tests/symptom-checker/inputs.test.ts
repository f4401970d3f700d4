/**
 * `<symptom-checker>`'s inputs take any JavaScript value, before and after upgrade, and removing an
 * attribute restores the default: never an uncaught error, never a blank widget.
 */
import { expect, fixture } from '@open-wc/testing';
import '../../src/clinic-provider/clinic-provider.ts';
import '../../src/symptom-checker/symptom-checker.ts';
import type { SymptomChecker } from '../../src/symptom-checker/symptom-checker.ts';
import { describeValue } from '../../src/core/warnings.ts';
import { STORAGE_KEY } from '../../src/symptom-checker/storage.ts';
import { observePage } from '../helpers/page-problems.ts';
import { WRONG_TYPES } from '../helpers/values.ts';
import {
  $,
  ORDINARY,
  answerByClicks,
  clickButton,
  headingText,
  pick,
  pressContinue,
  root,
  run,
  step,
} from './harness.ts';

const START_HEADING = 'Is massage right for your back pain?';

/** A provider whose emergency number is 999, to tell the checker's own number from the provider's. */
async function provider(): Promise<HTMLElement> {
  return fixture('<clinic-provider locale="en-US" emergency-number="999"></clinic-provider>');
}

async function mount(parent: HTMLElement, checker: SymptomChecker): Promise<SymptomChecker> {
  parent.append(checker);
  await checker.updateComplete;
  await checker.updateComplete;
  return checker;
}

/** Elements of a document without a browsing context never upgrade: a framework sets properties so. */
const notUpgraded = () =>
  document.implementation.createHTMLDocument().createElement('symptom-checker') as unknown as SymptomChecker &
    Record<string, unknown>;

/** Runs `body`, failing on any console.error, uncaught error or unhandled rejection; returns the warnings. */
async function withoutErrors(body: () => Promise<void>): Promise<string[]> {
  const { warnings, errors, uncaught } = await observePage(body);
  expect([...errors, ...uncaught]).to.deep.equal([]);
  return warnings;
}

/** The number the start page tells visitors to call. */
const numberShown = (checker: SymptomChecker) => /call (\S+)\./.exec(root(checker).textContent!)?.[1];

afterEach(() => sessionStorage.clear());

describe('<symptom-checker> emergencyNumber takes any value', () => {
  // A finite number is read as it is written (React 19 passes `emergencyNumber={911}` as a number).
  const expectedFor = (value: unknown) => (value === 911 ? '911' : '999');

  it('set before upgrade: the provider number unless the value is a usable number', async () => {
    await withoutErrors(async () => {
      for (const value of WRONG_TYPES) {
        const early = notUpgraded();
        early.emergencyNumber = value as string;
        const checker = await mount(await provider(), document.adoptNode(early));
        expect(checker instanceof customElements.get('symptom-checker')!, 'upgraded').to.equal(true);
        expect(headingText(checker), describeValue(value)).to.equal(START_HEADING);
        expect(numberShown(checker), describeValue(value)).to.equal(expectedFor(value));
        checker.parentElement!.remove();
      }
    });
  });

  it('set after upgrade: the same', async () => {
    await withoutErrors(async () => {
      const checker = await mount(await provider(), document.createElement('symptom-checker'));
      for (const value of WRONG_TYPES) {
        (checker as unknown as Record<string, unknown>).emergencyNumber = value;
        await checker.updateComplete;
        expect(headingText(checker), describeValue(value)).to.equal(START_HEADING);
        expect(numberShown(checker), describeValue(value)).to.equal(expectedFor(value));
      }
    });
  });

  it('911 set before upgrade reaches the emergency card and its call link', async () => {
    await withoutErrors(async () => {
      const early = notUpgraded();
      early.emergencyNumber = 911 as unknown as string;
      const checker = await mount(await provider(), document.adoptNode(early));
      await clickButton(checker, 'Start now');
      await answerByClicks(checker, ORDINARY);
      await pick(checker, 'bladder', 'yes');
      await pressContinue(checker);
      expect(headingText(checker)).to.equal('Emergency: Call 911 now or go to the emergency department');
      expect($<HTMLAnchorElement>(checker, 'a[href^="tel:"]').href).to.equal('tel:911');
    });
  });

  it('warns once per bad value, naming the element, the attribute and the value', async () => {
    const warnings = await withoutErrors(async () => {
      const checker = await mount(await provider(), document.createElement('symptom-checker'));
      checker.emergencyNumber = { number: 911 } as unknown as string;
      await checker.updateComplete;
      checker.requestUpdate();
      await checker.updateComplete;
    });
    expect(warnings).to.deep.equal([
      '<symptom-checker> attribute "emergency-number": {"number":911} is not text; using 999',
    ]);
  });

  it('removing the attribute restores the provider number', async () => {
    await withoutErrors(async () => {
      const checker = await mount(await provider(), document.createElement('symptom-checker'));
      for (const value of ['112', 'x', '', '000']) {
        checker.setAttribute('emergency-number', value);
        await checker.updateComplete;
        checker.removeAttribute('emergency-number');
        await checker.updateComplete;
        expect(numberShown(checker), `after emergency-number="${value}"`).to.equal('999');
      }
    });
  });
});

describe('<symptom-checker> remember takes any value', () => {
  it('set before or after upgrade: never an error or a blank widget', async () => {
    await withoutErrors(async () => {
      for (const value of WRONG_TYPES) {
        const early = notUpgraded();
        early.remember = value as boolean;
        const checker = await mount(await provider(), document.adoptNode(early));
        expect(headingText(checker), describeValue(value)).to.equal(START_HEADING);
        checker.remember = value as boolean;
        await checker.updateComplete;
        await clickButton(checker, 'Start now');
        expect(step(checker), describeValue(value)).to.equal('age');
        checker.parentElement!.remove();
        sessionStorage.clear();
      }
    });
  });

  it('remembers for true, "" (the attribute) and "true"; not for false, "false", null or other types', async () => {
    await withoutErrors(async () => {
      for (const [value, remembers] of [
        [true, true],
        ['', true],
        ['true', true],
        [false, false],
        ['false', false],
        [null, false],
        [undefined, false],
        [1, false],
        [{}, false],
      ] as const) {
        const early = notUpgraded();
        early.remember = value as boolean;
        const checker = await mount(await provider(), document.adoptNode(early));
        await clickButton(checker, 'Start now');
        await answerByClicks(checker, ORDINARY);
        expect(sessionStorage.getItem(STORAGE_KEY) !== null, describeValue(value)).to.equal(remembers);
        checker.parentElement!.remove();
        sessionStorage.clear();
      }
    });
  });

  it('set before upgrade, resumes remembered progress', async () => {
    const first = await mount(await provider(), document.createElement('symptom-checker'));
    first.setAttribute('remember', '');
    await first.updateComplete;
    await clickButton(first, 'Start now');
    await answerByClicks(first, ORDINARY);
    const early = notUpgraded();
    early.remember = true;
    const again = await mount(await provider(), document.adoptNode(early));
    expect(step(again)).to.equal('ces');
  });

  it('removing the attribute stops remembering', async () => {
    await withoutErrors(async () => {
      const checker = await mount(await provider(), document.createElement('symptom-checker'));
      checker.setAttribute('remember', '');
      await checker.updateComplete;
      checker.removeAttribute('remember');
      await checker.updateComplete;
      await clickButton(checker, 'Start now');
      await run(checker, ORDINARY);
      expect(step(checker)).to.equal('check');
      expect(sessionStorage.length).to.equal(0);
    });
  });
});

describe('<symptom-checker> containment', () => {
  it('an unexpected error shows its own "not available" message, still naming the emergency number', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const checker = await mount(await provider(), document.createElement('symptom-checker'));
      (checker as unknown as { _renderStart: () => never })._renderStart = () => {
        throw new Error('broken on purpose');
      };
      checker.requestUpdate();
      await checker.updateComplete;
      const message = checker.shadowRoot!.querySelector('[part=unavailable]')!;
      expect(message.textContent).to.contain('not available right now').and.contain('Not for emergencies: call 999.');
    } finally {
      console.error = original;
    }
    expect(errors).to.have.length(1);
    expect(String(errors[0][0])).to.contain('<symptom-checker>');
  });
});
