import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import '../../src/index.ts';
import { loadStrings } from '../../src/core/i18n.ts';
import { english, textsOf } from '../helpers/catalogs.ts';
import { STRETCH_IDS } from '../../src/stretch-card/catalog.ts';
import type { Item } from '../../src/symptom-checker/questions.ts';
import type { LanguagePack, Message } from '../../src/locales/translation.ts';
import es from '../../src/locales/es.ts';
import fr from '../../src/locales/fr.ts';
import { visibleText, type TextPiece } from '../helpers/visible-text.ts';
import {
  ORDINARY,
  currentScreen,
  pick,
  pressContinue,
  root,
  seeResult,
  shownItems,
  start,
  viewOf,
  type Checker,
  type Plan,
} from '../symptom-checker/harness.ts';

/**
 * Issue 14's "done when": a Spanish (or French) speaking visitor goes through every widget, from the
 * picker to a symptom checker result and a stretch timer, without meeting a word of English. Each state
 * is collected with visibleText (text nodes, hidden text, aria labels, alt text, the page's announcer)
 * and must show no English sentence (any English catalog string, placeholders filled with anything),
 * no common English word, no raw key, and carry `lang` of its language; axe checks the translated pages.
 */

const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

/** An English string as a pattern: its placeholders match anything. Only strings with words of their own. */
function englishPatterns(pack: LanguagePack): RegExp[] {
  const patterns: RegExp[] = [];
  for (const [key, message] of Object.entries(english)) {
    const translated = textsOf((pack.strings as Record<string, Message>)[key]);
    for (const text of textsOf(message)) {
      if (translated.includes(text)) continue; // the same words in both languages ("No")
      const words = text.replace(/\{\w+\}/g, '').match(/[a-z]{2,}/gi) ?? [];
      if (words.join('').length < 4) continue; // "{clinic}: {label}" is all placeholders
      const pattern = text
        .split(/\{\w+\}/)
        .map((part) => escape(part.replace(/\s+/g, ' ').trim()))
        .join('.+?');
      patterns.push(new RegExp(`^${pattern}$`, 'i'));
    }
  }
  return patterns;
}

/** Words that are English and neither Spanish nor French, to catch an English word inside a sentence. */
const ENGLISH_WORDS =
  /\b(the|your|you|and|with|of|to|is|are|this|that|for|book|call|stretch|hold|seconds|times|side|left|right|today|not|now|if|after|about|slowly|moving|week|weeks|days|years|months|again)\b/i;
const RAW_KEY = /\b(core|picker|booking|stretch|symptom)\.[a-z][\w-]*/i;

interface Problem {
  state: string;
  piece: TextPiece;
  why: string;
}

const CLINIC = {
  name: 'Clínica Sol',
  phone: '(907) 555-0142',
  url: 'https://example.com/reservar',
};
/** Monday 10:00 in Anchorage (19:00 UTC): same-day booking is open until 16:00 (lead time 3 h, close 19:00). */
const MONDAY_10AM = new Date('2026-11-23T19:00:00Z');
const MONDAY_5PM = new Date('2026-11-24T02:00:00Z');
const SUNDAY_NOON = new Date('2026-11-22T21:00:00Z');

async function settle(): Promise<void> {
  await aTimeout(0);
  for (const element of document.querySelectorAll<Element & { updateComplete?: Promise<unknown> }>('*')) {
    await element.updateComplete;
  }
  await aTimeout(0);
}

/** The answer a visitor on this plan gives an item the plan does not name. */
const ordinary = (item: Item, plan: Plan) =>
  plan[item.field] ??
  ORDINARY[item.field] ??
  (item.kind === 'yes-no' ? 'no' : item.kind === 'number' ? 1 : (item.options?.[0] ?? 0));

for (const [language, pack] of [
  ['es', es],
  ['fr', fr],
] as const) {
  describe(`every widget state on a "${language}" page (issue 14)`, function () {
    this.timeout(120_000);
    const patterns = englishPatterns(pack);
    const problems: Problem[] = [];
    let states = 0;
    let pageLanguage: string;

    before(async () => {
      pageLanguage = document.documentElement.lang;
      document.documentElement.lang = language;
      await loadStrings(language);
      // The page's announcer may still hold what the other language's run said last.
      document.querySelector('[data-clinic-widgets-announcer]')?.replaceChildren();
    });
    after(() => {
      document.documentElement.lang = pageLanguage;
    });

    /** Checks every piece of text of `root` in the state named `state`. */
    function collect(state: string, where: Element | ShadowRoot = document.body, extra: string[] = []): void {
      states++;
      const pieces = [...visibleText(where), ...extra.map((text) => ({ text, lang: language, where: 'extra' }))];
      expect(pieces.length, `${state}: some text`).to.be.greaterThan(0);
      for (const piece of pieces) {
        const { text } = piece;
        if (RAW_KEY.test(text)) problems.push({ state, piece, why: 'raw key' });
        else if (patterns.some((pattern) => pattern.test(text))) problems.push({ state, piece, why: 'English string' });
        else if (ENGLISH_WORDS.test(text))
          problems.push({ state, piece, why: `English word "${ENGLISH_WORDS.exec(text)![0]}"` });
        if (piece.where !== 'extra' && piece.lang.split('-')[0] !== language) {
          problems.push({ state, piece, why: `lang="${piece.lang}"` });
        }
      }
    }

    /** Fails with every problem found so far, one per line (and starts the next test afresh). */
    function expectNoProblems(): void {
      const report = problems
        .splice(0)
        .map(({ state, piece, why }) => `${state} · ${why} · "${piece.text.slice(0, 90)}" (${piece.where})`);
      expect(report.join('\n'), `${report.length} problems`).to.equal('');
    }

    it('the picker, the booking button and its popup, hints and messages', async () => {
      const page = await fixture(
        html`<clinic-provider
          clinic-name=${CLINIC.name}
          timezone="America/Anchorage"
          hours="Mo-Fr 09:00-19:00; Sa 10:00-16:00"
          sessions="60:95, 90:135"
          currency="USD"
          booking-url=${CLINIC.url}
          phone=${CLINIC.phone}
        >
          <form><session-length-picker required></session-length-picker></form>
          <booking-button mode="popup"></booking-button>
          <booking-button class="no-url" booking-url=""></booking-button>
        </clinic-provider>`,
      );
      const picker = page.querySelector('session-length-picker')! as HTMLElement & { validationMessage: string };
      const [button] = page.querySelectorAll<HTMLElement & { now: () => Date; loadTimeout: number }>('booking-button');
      await settle();
      collect('picker, booking button');
      await expect(page).to.be.accessible();
      expect(picker.validationMessage, 'the required message').to.not.equal('');
      collect('picker: required message', page, [picker.validationMessage]);

      for (const [name, time] of [
        ['booking hint: book today', MONDAY_10AM],
        ['booking hint: closed for today', MONDAY_5PM],
        ['booking hint: closed today', SUNDAY_NOON],
      ] as const) {
        button.now = () => time;
        await settle();
        collect(name, button.shadowRoot!);
      }

      button.loadTimeout = 0;
      button.shadowRoot!.querySelector<HTMLElement>('a, button')!.click();
      await settle();
      await aTimeout(20);
      await settle();
      collect('booking popup, open (slow to load)', button.shadowRoot!);
      button.shadowRoot!.querySelector<HTMLDialogElement>('dialog')?.close();
      await settle();
      expectNoProblems();
    });

    it('every stretch card, and the timer through every phase', async () => {
      let clock = 0;
      const page = await fixture(
        html`<div>
          ${STRETCH_IDS.map((id) => html`<stretch-card stretch=${id}></stretch-card>`)}
          <stretch-card hold="5" reps="1"
            ><ol slot="steps">
              <li>·</li>
            </ol></stretch-card
          >
          <stretch-card stretch="ejercicio-7"></stretch-card>
        </div>`,
      );
      const cards = [
        ...page.querySelectorAll<HTMLElement & { now: () => number; requestUpdate(): void }>('stretch-card'),
      ];
      for (const card of cards) card.now = () => clock;
      await settle();
      collect('stretch cards, ready');
      await expect(page).to.be.accessible();

      // Knee to chest: 20 s holds, 3 reps, each side; the glide: slow reps.
      for (const card of [cards[0], cards[STRETCH_IDS.indexOf('sciatic-nerve-glide')]]) {
        const main = () => card.shadowRoot!.querySelector<HTMLButtonElement>('button.main')!;
        clock = 0;
        main().click();
        await settle();
        collect(`${card.getAttribute('stretch')}: running`, card.shadowRoot!);
        for (const at of [21_000, 26_000, 71_000, 80_000, 150_000]) {
          clock = at;
          card.requestUpdate(); // an update reads the clock
          await settle();
          collect(`${card.getAttribute('stretch')}: at ${at / 1000} s`, card.shadowRoot!);
        }
        main().click();
        await settle();
        collect(`${card.getAttribute('stretch')}: paused or done`, card.shadowRoot!);
        main().click(); // resume
        clock = 10_000_000;
        card.requestUpdate();
        await settle();
        collect(`${card.getAttribute('stretch')}: done`, card.shadowRoot!);
      }
      expectNoProblems();
    });

    /** Walks a checker through its questions from `plan`, checking each screen empty (errors) and answered. */
    async function walk(name: string, plan: Plan): Promise<Checker> {
      const page = await fixture(
        html`<clinic-provider sessions="60, 90" booking-url=${CLINIC.url}>
          <symptom-checker></symptom-checker>
        </clinic-provider>`,
      );
      const checker = page.querySelector('symptom-checker') as Checker;
      await settle();
      collect(`${name}: start page`, checker.shadowRoot!);
      await expect(checker).to.be.accessible();
      await start(checker);
      for (let guard = 0; viewOf(checker) === 'question' && guard < 20; guard++) {
        const screen = currentScreen(checker)!;
        collect(`${name}: ${screen.id}`, checker.shadowRoot!);
        await pressContinue(checker);
        collect(`${name}: ${screen.id}, unanswered`, checker.shadowRoot!);
        for (const item of shownItems(checker)) {
          if (item.kind === 'number') {
            await pick(checker, item.field, 'abc');
          }
        }
        if (shownItems(checker).some((item) => item.kind === 'number')) {
          await pressContinue(checker);
          collect(`${name}: ${screen.id}, out of range`, checker.shadowRoot!);
        }
        for (const item of shownItems(checker)) await pick(checker, item.field, ordinary(item, plan));
        await pressContinue(checker);
      }
      if (viewOf(checker) === 'check') {
        collect(`${name}: check your answers`, checker.shadowRoot!);
        await seeResult(checker);
      }
      for (const details of root(checker).querySelectorAll('details')) details.open = true;
      await settle();
      collect(`${name}: result`, checker.shadowRoot!);
      await expect(checker).to.be.accessible();
      expectNoProblems();
      return checker;
    }

    it('the symptom checker: an ordinary visit to "massage is likely to help"', async () => {
      await walk('ordinary', {});
    });

    it('the symptom checker: sciatica, with "not sure" answers', async () => {
      await walk('sciatica', { legs: 'below', numb: 'one', night: 'not-sure', durationAmount: '2' });
    });

    it('the symptom checker: an emergency', async () => {
      await walk('emergency', { bladder: 'yes' });
    });

    it('the symptom checker: a pregnancy emergency', async () => {
      await walk('pregnancy emergency', { age: '30', pregnant: 'yes', pregWeeks: '24', obstetric: 'yes' });
    });

    it('the symptom checker: pregnant, with the go-ahead questions', async () => {
      await walk('pregnant', { age: '30', pregnant: 'yes', pregWeeks: '24', thinners: 'yes', surgery: 'yes' });
    });

    it('the symptom checker: see a doctor today', async () => {
      await walk('fever', { fever: 'yes' });
    });

    it('the symptom checker: see a doctor soon, over 50, long-lasting pain', async () => {
      await walk('over 50', {
        age: '62',
        first: 'yes',
        durationAmount: '5',
        durationUnit: 'months',
        improving: 'worse',
      });
    });

    it('the symptom checker: inflammatory back pain questions', async () => {
      await walk('inflammatory', { age: '30', durationAmount: '1', durationUnit: 'years', ibpNight: 'yes' });
    });

    it('walked enough states to mean it', () => {
      expect(states).to.be.greaterThan(10);
    });
  });
}
