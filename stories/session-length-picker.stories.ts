import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/session-length-picker/session-length-picker.ts';
import { buildElement, renderElement } from './helpers.ts';

const DESCRIPTIONS = `
  <span slot="description-60">Time for the lower back, hips and glutes</span>
  <span slot="description-90">More time for deep work on the lower back, hips and hamstrings</span>`;

/**
 * How long a session to book, as a radio group that behaves like a native form field. Prices appear when
 * the clinic's currency is known; every picker and booking button on a page follows the visitor's choice.
 */
const meta: Meta = {
  title: 'Elements/Session length picker',
  component: 'session-length-picker',
  args: { name: 'session', value: '60' },
  argTypes: {
    value: { control: 'text' },
    'description-{minutes}': { control: false },
  },
  render: renderElement('session-length-picker'),
};
export default meta;

type Story = StoryObj;

/**
 * The reference clinic's default: 60 and 90 minutes, 60 selected. On this Docs page every picker shares
 * the visitor's one choice, exactly as on a clinic page; open a story on its own to see its own value.
 */
export const Default: Story = {};

/** With the clinic's prices (`sessions="60:95, 90:135"` and `currency="USD"` on the provider). */
export const WithPrices: Story = {
  args: { value: '90' },
  render: (args, context) =>
    html`<clinic-provider sessions="60:95, 90:135" currency="USD"
      >${buildElement('session-length-picker', args, context)}</clinic-provider
    >`,
};

/** A one-line description per length, given with `description-{minutes}` slots. */
export const WithDescriptions: Story = {
  render: (args, context) =>
    html`<clinic-provider sessions="60:95, 90:135" currency="USD"
      >${buildElement('session-length-picker', args, context, { inner: DESCRIPTIONS })}</clinic-provider
    >`,
};

/** A clinic with three lengths of its own (`options`), overriding the provider. */
export const ClinicsOwnLengths: Story = {
  args: { options: '45:70, 60:95, 90:135', value: '45' },
  render: (args, context) =>
    html`<clinic-provider currency="CAD">${buildElement('session-length-picker', args, context)}</clinic-provider>`,
};

/** `required` with nothing chosen, after the visitor tried to submit: the message is on the page, not only in a bubble. */
export const RequiredError: Story = {
  // Its state comes from the play function, which the Docs page does not run.
  tags: ['!autodocs'],
  args: { value: '', required: true },
  play: async ({ canvasElement }) => {
    const picker = canvasElement.querySelector('session-length-picker')!;
    await picker.updateComplete;
    picker.checkValidity();
    await picker.updateComplete;
  },
};

/** `disabled`: shown but not selectable, and not submitted with the form. */
export const Disabled: Story = {
  args: { disabled: true },
};

/** Inside a disabled `<fieldset>`, as in a form that is not open yet. */
export const InDisabledFieldset: Story = {
  render: (args, context) => html`
    <form>
      <fieldset disabled style="border: 0; padding: 0; margin: 0">
        ${buildElement('session-length-picker', args, context)}
      </fieldset>
    </form>
  `,
};

/** The group label replaced through the `label` slot. */
export const CustomLabel: Story = {
  render: renderElement('session-length-picker', {
    inner: '<span slot="label">How long would you like?</span>',
  }),
};

/** At 320 px, the narrowest phone we support: the options stack and nothing is cut off. */
export const Narrow: Story = {
  render: (args, context) => html`
    <div class="story-narrow">
      <clinic-provider sessions="60:95, 90:135" currency="USD"
        >${buildElement('session-length-picker', args, context, { inner: DESCRIPTIONS })}</clinic-provider
      >
    </div>
  `,
};

/** Bad input: `options="60, abc, -5, 90"` warns about `abc` and `-5` (see the console) and keeps 60 and 90. */
export const BadOptions: Story = {
  args: { options: '60, abc, -5, 90' },
};
