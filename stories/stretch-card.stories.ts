import type { Args, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/stretch-card/stretch-card.ts';
import { STRETCH_IDS } from '../src/stretch-card/catalog.ts';
import { buildElement } from './helpers.ts';

/** A clock the story moves by hand, so a running timer shows the same second every time. */
function manualClock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

type Card = HTMLElement & { updateComplete: Promise<boolean>; requestUpdate(): void };

const card = (args: Args, context: StoryContext, extras?: Parameters<typeof buildElement>[3]) =>
  buildElement('stretch-card', args, context, extras);

type PinnedCard = Card & { clock: ReturnType<typeof manualClock> };
const pinnedCard = (canvas: HTMLElement) => canvas.querySelector('stretch-card') as unknown as PinnedCard;

const mainButton = (element: Card) => element.shadowRoot!.querySelector<HTMLButtonElement>('button.main')!;

/**
 * A printable home-exercise card: original line art, the dose, numbered steps, cautions, and a hold
 * timer that counts holds, rests, reps and sides.
 */
const meta: Meta = {
  title: 'Elements/Stretch card',
  component: 'stretch-card',
  args: { stretch: 'hamstring' },
  argTypes: {
    stretch: { control: 'select', options: [...STRETCH_IDS, 'toe-touch'] },
    sides: { control: 'inline-radio', options: ['', 'each', 'both'] },
  },
  render: (args, context) => html`<div style="max-width: 28rem">${card(args, context)}</div>`,
};
export default meta;

type Story = StoryObj;

/** Hamstring stretch (one of the three on the reference clinic's page). */
export const Hamstring: Story = {};
export const HipFlexor: Story = { args: { stretch: 'hip-flexor' } };
export const FigureFour: Story = { args: { stretch: 'figure-four' } };
export const KneeToChest: Story = { args: { stretch: 'knee-to-chest' } };
export const LowerTrunkRotation: Story = { args: { stretch: 'lower-trunk-rotation' } };
export const PelvicTilt: Story = { args: { stretch: 'pelvic-tilt' } };
export const ChildPose: Story = { args: { stretch: 'child-pose' } };
export const CatCow: Story = { args: { stretch: 'cat-cow' } };
export const PronePressUp: Story = { args: { stretch: 'prone-press-up' } };
export const SciaticNerveGlide: Story = { args: { stretch: 'sciatic-nerve-glide' } };

/** Every stretch in the catalog, compact, as a clinic's "home exercises" page might list them. */
export const AllStretches: Story = {
  render: (args, context) => html`
    <div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr))">
      ${STRETCH_IDS.map((stretch) => card({ ...args, stretch, compact: true }, context))}
    </div>
  `,
};

/** The timer running: 12 seconds into the first hold ("Rep 1 of 3, left side"), the clock pinned there. */
export const TimerRunning: Story = {
  tags: ['!autodocs'],
  render: (args, context) => {
    const clock = manualClock();
    return html`<div style="max-width: 28rem">${card(args, context, { props: { now: clock.now, clock } })}</div>`;
  },
  play: async ({ canvasElement }) => {
    const element = pinnedCard(canvasElement);
    await element.updateComplete;
    mainButton(element).click();
    element.clock.advance(12_000);
    element.requestUpdate();
    await element.updateComplete;
  },
};

/** The timer paused part-way, with Resume and Reset. */
export const TimerPaused: Story = {
  tags: ['!autodocs'],
  render: TimerRunning.render,
  play: async (context) => {
    await TimerRunning.play!(context);
    const element = context.canvasElement.querySelector('stretch-card') as Card;
    mainButton(element).click();
    await element.updateComplete;
  },
};

/** The timer after every rep and side: "Well done", and the `stretch-complete` event has fired. */
export const TimerDone: Story = {
  tags: ['!autodocs'],
  render: TimerRunning.render,
  play: async ({ canvasElement }) => {
    const element = pinnedCard(canvasElement);
    await element.updateComplete;
    mainButton(element).click();
    element.clock.advance(60 * 60_000);
    element.requestUpdate();
    await element.updateComplete;
  },
};

/** `compact`: picture beside the title and dose, for sidebars and lists. */
export const Compact: Story = { args: { compact: true } };

/** The clinic's own dose and wording: `heading`, `hold`, `reps` and `frequency` override the catalog. */
export const ClinicOverrides: Story = {
  args: { heading: 'Hamstring stretch on a step', hold: '45', reps: '2', frequency: 'Morning and evening' },
};

/** A clinic's own exercise (no `stretch`): its heading, dose, steps and picture through slots. */
export const CustomContent: Story = {
  args: { stretch: '', heading: 'Wall calf stretch', hold: '30', reps: '3', sides: 'each' },
  render: (args, context) =>
    html`<div style="max-width: 28rem">
      ${card(args, context, {
        inner: `
        <svg slot="picture" role="img" aria-label="A person leaning on a wall, one leg stretched back" viewBox="0 0 120 64"
          fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"
          style="color: var(--clinic-color-primary, #1d6b57)">
          <path d="M100 4V60M4 60H116"/><circle cx="78" cy="14" r="6"/><path d="M76 20L60 40L40 60M60 40L70 60M74 24L98 22"/>
        </svg>
        <ol slot="steps">
          <li>Stand facing a wall with your hands on it at shoulder height.</li>
          <li>Step one foot back and keep that heel on the floor.</li>
          <li>Bend the front knee until you feel a stretch in the back calf.</li>
        </ol>`,
      })}
    </div>`,
};

/** An unknown id: a friendly message in the card, and a console warning listing the valid ids. */
export const UnknownId: Story = { args: { stretch: 'toe-touch' } };

/** At 320 px, and in a right-to-left page: nothing is cut off, and the layout mirrors. */
export const NarrowAndRightToLeft: Story = {
  render: (args, context) => html`
    <div class="story-stack">
      <div class="story-narrow">${card(args, context)}</div>
      <div class="story-narrow" dir="rtl">${card({ ...args, compact: true }, context)}</div>
    </div>
  `,
};
