import type { Args, StoryContext } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';

/** The reference clinic of the demo page (Anchorage, weekday and Saturday hours, books through Cal.com). */
export const referenceClinic = (content: unknown, phone?: string): TemplateResult => html`
  <clinic-provider
    clinic-name="Harbour Street Massage"
    timezone="America/Anchorage"
    hours="Mo-Fr 09:00-19:00; Sa 10:00-16:00"
    lead-time="180"
    sessions="60:95, 90:135"
    currency="USD"
    provider="calcom"
    booking-url="https://cal.com/harbour-street-massage/massage"
    phone=${phone ?? nothing}
  >
    ${content}
  </clinic-provider>
`;

/** What a story's args may hold besides attribute values: event handlers from the Actions panel. */
type ArgValue = unknown;

/**
 * Builds `<tag>` from a story's args the way a clinic site writes it: attribute args become attributes
 * (true → present, false/empty → absent), CSS custom property args become inline styles, slot args become
 * slotted text, event args (from the manifest's `@fires`) become listeners that log to the Actions panel,
 * and anything else is set as a property (for example a fixed `now` clock).
 *
 * Returning a DOM node (not a Lit template) keeps Storybook's "Show code" as the plain HTML a clinic pastes.
 */
export function buildElement(
  tag: string,
  args: Args,
  context?: Pick<StoryContext, 'argTypes'>,
  { inner, props }: ElementExtras = {},
): HTMLElement {
  const element = document.createElement(tag);
  if (inner) element.innerHTML = inner;
  Object.assign(element, props);
  for (const [name, value] of Object.entries(args) as [string, ArgValue][]) {
    const argType = context?.argTypes[name];
    const category = argType?.table?.category;
    const eventName = eventOf(argType?.action);
    if (eventName && typeof value === 'function') {
      element.addEventListener(eventName, value as EventListener);
    } else if (category === 'css custom properties') {
      if (value) element.style.setProperty(name, String(value));
    } else if (category === 'slots') {
      if (value) {
        const slotted = document.createElement('span');
        slotted.slot = name.replace(/ \(slot\)$/, '');
        slotted.textContent = String(value);
        element.append(slotted);
      }
    } else if (category === 'attributes' || (!category && name === name.toLowerCase() && typeof value !== 'function')) {
      setAttribute(element, name, value);
    } else if (category !== 'events' && category !== 'css shadow parts') {
      (element as unknown as Record<string, unknown>)[name] = value;
    }
  }
  return element;
}

function eventOf(action: unknown): string | undefined {
  if (typeof action === 'string') return action;
  if (action && typeof action === 'object' && 'name' in action) return String((action as { name: unknown }).name);
  return undefined;
}

function setAttribute(element: HTMLElement, name: string, value: unknown): void {
  if (value === undefined || value === null || value === false || value === '') return;
  element.setAttribute(name, value === true ? '' : String(value));
}

/** What a story adds to an element besides its args. */
export interface ElementExtras {
  /** Light-DOM HTML inside the element (slotted content). */
  inner?: string;
  /** Properties set directly (for example a fixed `now` clock): not controls, not in the HTML source. */
  props?: Record<string, unknown>;
}

/** A story render for one element from its args, with optional light-DOM content and fixed properties. */
export const renderElement =
  (tag: string, extras: ElementExtras = {}) =>
  (args: Args, context: StoryContext): HTMLElement =>
    buildElement(tag, args, context, extras);

/** A fixed clock for time-dependent stories: always the same instant, so the story looks the same every day. */
export function fixedClock(iso: string): () => Date {
  const instant = new Date(iso).getTime();
  return () => new Date(instant);
}

/** Wednesday 25 November 2026, 10:00 in Anchorage, so the same-day line reads the same every day. */
export const WEDNESDAY_MORNING = fixedClock('2026-11-25T19:00:00Z');
