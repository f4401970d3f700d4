/**
 * `<stretch-card>` inputs at the boundary: every property takes any JavaScript value, before and after
 * upgrade, and every attribute can be removed; the result is the documented default and at most one
 * warning naming the element, the input and the value.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/stretch-card/stretch-card.ts';
import { StretchCard } from '../../src/stretch-card/stretch-card.ts';
import { stretches } from '../../src/stretch-card/catalog.ts';
import { stretchWords } from '../../src/stretch-card/strings.ts';
import { captureWarnings } from '../helpers/warnings.ts';
import { observePage } from '../helpers/page-problems.ts';
import { dose, part, text } from './helpers.ts';

/** Values of every type a framework or a script may hand a property. */
const ANY_VALUES: readonly unknown[] = [
  null,
  undefined,
  -1,
  2.5,
  Number.NaN,
  true,
  false,
  [],
  ['x'],
  {},
  { id: 'hamstring' },
  () => 'x',
  Symbol('odd'),
  10n,
];

const HAMSTRING = { ...stretches.hamstring, ...stretchWords('en', 'hamstring') };

/** What the card shows, in the terms its defaults are documented in. */
function view(card: StretchCard) {
  const heading = part(card, '[role="heading"]');
  return {
    unavailable: part(card, '.unavailable') !== null,
    heading: text(heading),
    level: heading?.getAttribute('aria-level'),
    dose: dose(card),
    compact: part(card, '.card')?.classList.contains('compact') ?? false,
    message: text(part(card, '.card > p:not([role])')),
    time: text(part(card, '.time')),
  };
}

/** `<stretch-card stretch="hamstring">` with nothing else set. */
const DEFAULT_VIEW = {
  unavailable: false,
  heading: HAMSTRING.title,
  level: '3',
  dose: ['Hold: 20 seconds', 'Repeat: 3 times on each side', 'How often: Every day'],
  compact: false,
  message: '',
  time: '0:20',
};

/** A clinic's own exercise with nothing set: what `stretch` falls back to. */
const OWN_EXERCISE_VIEW = { ...DEFAULT_VIEW, heading: 'Stretch', dose: ['Hold: 20 seconds', 'Repeat: 3 times'] };

/** readText takes a finite number as the text it is written as (`heading={42}` in React). */
const asText = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined);

/** The documented result of `property = value` on a hamstring card. */
function expectedView(property: string, value: unknown) {
  const written = asText(value);
  switch (property) {
    case 'stretch':
      if (written === undefined) return OWN_EXERCISE_VIEW;
      return {
        ...OWN_EXERCISE_VIEW,
        dose: [],
        time: '',
        message: `Sorry, we couldn’t find the stretch “${written}”. Please ask your clinic for this exercise.`,
      };
    case 'heading':
      return { ...DEFAULT_VIEW, heading: written ?? HAMSTRING.title };
    case 'frequency':
      return { ...DEFAULT_VIEW, dose: [...DEFAULT_VIEW.dose.slice(0, 2), `How often: ${written ?? 'Every day'}`] };
    case 'compact':
      return { ...DEFAULT_VIEW, compact: value === true };
    default:
      // headingLevel, hold, reps and sides: none of the values above is valid. sound: nothing to see.
      // now: a clock that is not a function, or gives no number, is replaced by the page's.
      return DEFAULT_VIEW;
  }
}

const PROPERTIES = [
  'stretch',
  'heading',
  'headingLevel',
  'hold',
  'reps',
  'sides',
  'frequency',
  'compact',
  'sound',
  'now',
] as const;

type Inputs = Record<string, unknown>;

/** Runs `body`, collecting warnings, and console errors and uncaught errors together. */
async function observe(body: () => Promise<void>) {
  const { warnings, errors, uncaught } = await observePage(body);
  return { warnings, errors: [...errors, ...uncaught] };
}

const shown = (value: unknown) => (typeof value === 'function' ? 'a function' : String(value));

describe('<stretch-card> takes any value in every property', () => {
  for (const property of PROPERTIES) {
    it(`${property}: before upgrade`, async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      for (const value of ANY_VALUES) {
        let card!: StretchCard;
        const { warnings, errors } = await observe(async () => {
          // A document without a browsing context never upgrades its elements: the property lands on a
          // plain element, as when a framework renders before the bundle has loaded.
          const early = document.implementation.createHTMLDocument().createElement('stretch-card');
          early.setAttribute('stretch', 'hamstring');
          (early as unknown as Inputs)[property] = value;
          expect(early instanceof StretchCard).to.equal(false);
          card = document.adoptNode(early) as StretchCard;
          host.append(card);
          await card.updateComplete;
        });
        expect(card instanceof StretchCard, 'upgraded').to.equal(true);
        expect(errors, shown(value)).to.deep.equal([]);
        expect(view(card), shown(value)).to.deep.equal(expectedView(property, value));
        expect(warnings.length, `${shown(value)}: ${warnings.join('\n')}`).to.be.at.most(1);
        card.remove();
      }
    });

    it(`${property}: after upgrade`, async () => {
      for (const value of ANY_VALUES) {
        const card = await fixture<StretchCard>(html`<stretch-card stretch="hamstring"></stretch-card>`);
        const { warnings, errors } = await observe(async () => {
          (card as unknown as Inputs)[property] = value;
          await card.updateComplete;
          // A later, unrelated update warns about nothing new.
          card.requestUpdate();
          await card.updateComplete;
        });
        expect(errors, shown(value)).to.deep.equal([]);
        expect(view(card), shown(value)).to.deep.equal(expectedView(property, value));
        expect(warnings.length, `${shown(value)}: ${warnings.join('\n')}`).to.be.at.most(1);
        for (const warning of warnings) {
          expect(warning).to.match(/^<stretch-card> (attribute "[a-z-]+"|property "now"): /);
        }
      }
    });
  }

  it('names the element, the input and the value in the warning', async () => {
    const card = await fixture<StretchCard>(html`<stretch-card stretch="hamstring"></stretch-card>`);
    const { warnings } = await observe(async () => {
      (card as unknown as Inputs).hold = { seconds: 30 };
      await card.updateComplete;
    });
    expect(warnings).to.deep.equal(['<stretch-card> attribute "hold": {"seconds":30} is not text; using 20']);
  });

  it('replaces a `now` that is not a function, or that fails, with the page clock, and the timer runs', async () => {
    for (const clock of [
      42,
      'performance.now',
      () => 'soon',
      () => Number.NaN,
      () => {
        throw new Error('broken clock');
      },
    ]) {
      const card = await fixture<StretchCard>(html`<stretch-card stretch="pelvic-tilt"></stretch-card>`);
      const { warnings, errors } = await observe(async () => {
        (card as unknown as Inputs).now = clock;
        await card.updateComplete;
        part(card, '.main')!.click();
        await card.updateComplete;
      });
      expect(errors).to.deep.equal([]);
      expect(warnings.length, String(clock)).to.equal(1);
      expect(warnings[0]).to.contain('property "now"').and.contain('using the page clock');
      expect(text(part(card, '.phase'))).to.equal('Hold');
      expect(text(part(card, '.time'))).to.equal('0:05');
    }
  });

  it('reads `compact` and `sound` as HTML and frameworks write them, and reflects the parsed `compact`', async () => {
    const card = await fixture<StretchCard>(
      html`<stretch-card stretch="cat-cow" compact="false" sound="false"></stretch-card>`,
    );
    expect(view(card).compact).to.equal(false);
    expect(card.compact).to.equal(false);
    expect(card.sound).to.equal(false);

    card.compact = true;
    await card.updateComplete;
    expect(card.hasAttribute('compact')).to.equal(true);
    expect(view(card).compact).to.equal(true);

    (card as unknown as Inputs).compact = 'false';
    await card.updateComplete;
    expect(card.hasAttribute('compact')).to.equal(false);
    expect(view(card).compact).to.equal(false);

    const warnings = await captureWarnings(async () => {
      (card as unknown as Inputs).compact = 1;
      await card.updateComplete;
    });
    expect(warnings).to.deep.equal(['<stretch-card> attribute "compact": 1 is not true or false; using false']);
    expect(card.hasAttribute('compact')).to.equal(false);
    expect(view(card).compact).to.equal(false);

    card.setAttribute('compact', '');
    await card.updateComplete;
    expect(card.compact).to.equal(true);
    expect(view(card).compact).to.equal(true);
  });
});

describe('<stretch-card> attributes can be removed', () => {
  const OVERRIDES: Record<string, string> = {
    stretch: 'hamstring',
    heading: 'Our thigh stretch',
    'heading-level': '2',
    hold: '30',
    reps: '4',
    sides: 'both',
    frequency: 'Twice a day',
    compact: '',
    sound: '',
  };

  async function overridden() {
    const card = document.createElement('stretch-card');
    for (const [name, value] of Object.entries(OVERRIDES)) card.setAttribute(name, value);
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.append(card);
    await card.updateComplete;
    return card;
  }

  it('shows every override while the attributes are there', async () => {
    const card = await overridden();
    expect(view(card)).to.deep.equal({
      unavailable: false,
      heading: 'Our thigh stretch',
      level: '2',
      dose: ['Hold: 30 seconds', 'Repeat: 4 times', 'How often: Twice a day'],
      compact: true,
      message: '',
      time: '0:30',
    });
    expect(card.sound).to.equal(true);
  });

  const restored: Record<string, (card: StretchCard) => void> = {
    stretch: (card) => {
      expect(part(card, 'svg')).to.equal(null);
      expect(part(card, '.area')).to.equal(null);
      expect(view(card).heading).to.equal('Our thigh stretch');
    },
    heading: (card) => expect(view(card).heading).to.equal(HAMSTRING.title),
    'heading-level': (card) => expect(view(card).level).to.equal('3'),
    hold: (card) => expect(view(card).dose[0]).to.equal('Hold: 20 seconds'),
    reps: (card) => expect(view(card).dose[1]).to.equal('Repeat: 3 times'),
    sides: (card) => expect(view(card).dose[1]).to.equal('Repeat: 4 times on each side'),
    frequency: (card) => expect(view(card).dose[2]).to.equal('How often: Every day'),
    compact: (card) => {
      expect(view(card).compact).to.equal(false);
      expect(card.compact).to.equal(false);
    },
    sound: (card) => expect(card.sound).to.equal(false),
  };

  for (const [attribute, check] of Object.entries(restored)) {
    it(`restores the default when ${attribute} is removed`, async () => {
      const card = await overridden();
      const warnings = await captureWarnings(async () => {
        card.removeAttribute(attribute);
        await card.updateComplete;
      });
      expect(warnings).to.deep.equal([]);
      expect(view(card).unavailable).to.equal(false);
      check(card);
    });
  }
});

describe('<stretch-card> length caps', () => {
  const long = 'x'.repeat(201);

  for (const [attribute, fallback] of [
    ['heading', (card: StretchCard) => expect(view(card).heading).to.equal(HAMSTRING.title)],
    ['frequency', (card: StretchCard) => expect(view(card).dose[2]).to.equal('How often: Every day')],
    ['stretch', (card: StretchCard) => expect(view(card)).to.deep.equal(OWN_EXERCISE_VIEW)],
  ] as const) {
    it(`warns once for a ${attribute} over 200 characters, cut in the warning, and falls back`, async () => {
      let card!: StretchCard;
      const warnings = await captureWarnings(async () => {
        card = await fixture<StretchCard>(html`<stretch-card stretch="hamstring"></stretch-card>`);
        card.setAttribute(attribute, long);
        await card.updateComplete;
        card.requestUpdate();
        await card.updateComplete;
      });
      expect(warnings.length).to.equal(1);
      expect(warnings[0]).to.contain(`attribute "${attribute}"`).and.contain('is longer than 200 characters');
      expect(warnings[0].length).to.be.below(200);
      fallback(card);
    });
  }

  it('takes a heading and a frequency of exactly 200 characters', async () => {
    const most = 'y'.repeat(200);
    const card = await fixture<StretchCard>(
      html`<stretch-card stretch="hamstring" heading=${most} frequency=${most}></stretch-card>`,
    );
    expect(view(card).heading).to.equal(most);
    expect(view(card).dose[2]).to.equal(`How often: ${most}`);
  });
});

describe('<stretch-card> containment', () => {
  it('shows the friendly message for an unknown id, with no console error', async () => {
    let card!: StretchCard;
    const { warnings, errors } = await observe(async () => {
      card = await fixture<StretchCard>(html`<stretch-card stretch="toe-touch" hold="30"></stretch-card>`);
    });
    expect(errors).to.deep.equal([]);
    expect(warnings.length).to.equal(1);
    expect(view(card).message).to.contain('we couldn’t find the stretch “toe-touch”');
    expect(part(card, '.unavailable')).to.equal(null);
  });

  it('keeps the friendly message for an unknown id even when an update fails unexpectedly', async () => {
    let card!: StretchCard;
    const { errors } = await observe(async () => {
      card = await fixture<StretchCard>(html`<stretch-card stretch="toe-touch"></stretch-card>`);
      (card as unknown as { render: () => unknown }).render = () => {
        throw new Error('unexpected');
      };
      card.requestUpdate();
      await card.updateComplete;
    });
    expect(errors.length).to.equal(1);
    expect(errors[0]).to.contain('<stretch-card>');
    expect(text(part(card, '.unavailable'))).to.contain('we couldn’t find the stretch “toe-touch”');
  });

  it('shows the generic message when a catalog card fails unexpectedly', async () => {
    const card = await fixture<StretchCard>(html`<stretch-card stretch="hamstring"></stretch-card>`);
    const { errors } = await observe(async () => {
      (card as unknown as { render: () => unknown }).render = () => {
        throw new Error('unexpected');
      };
      card.requestUpdate();
      await card.updateComplete;
    });
    expect(errors.length).to.equal(1);
    expect(text(part(card, '.unavailable'))).to.contain('not available right now');
  });
});
