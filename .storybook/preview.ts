/// <reference types="vite/client" />
import type { ArgTypesEnhancer, Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import '../src/index.ts';
import { setSessionChoice } from '../src/core/session-choice.ts';
import './preview.css';

interface Member {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  readonly?: boolean;
}
interface Declaration {
  tagName?: string;
  members?: Member[];
  attributes?: { name: string }[];
  slots?: { name: string }[];
  cssParts?: { name: string }[];
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

/** `tag|property` of read-only properties (getters): listed in the docs, but a control could only throw. */
const readOnly = new Set<string>();

/**
 * The manifest as the docs tables should show it: public API only (no private, protected or static
 * members), each attribute once (a property that mirrors an attribute is listed under its attribute,
 * which is what a clinic writes), and slots or parts that share a name with an attribute renamed.
 */
function forStorybook(source: Manifest): Manifest {
  const copy = structuredClone(source);
  for (const declaration of copy.modules?.flatMap((module) => module.declarations ?? []) ?? []) {
    if (!declaration.tagName) continue;
    declaration.members = declaration.members?.filter(
      (member) =>
        !member.static &&
        !member.attribute &&
        (member.privacy ?? 'public') === 'public' &&
        !member.name.startsWith('_'),
    );
    for (const member of declaration.members ?? [])
      if (member.readonly) readOnly.add(`${declaration.tagName}|${member.name}`);
    // Storybook keys every row by name, so a slot or part named like an attribute (`label`, `phone`) would
    // replace the attribute's row and control: give those a suffix.
    const taken = new Set([
      ...(declaration.attributes ?? []).map((attribute) => attribute.name),
      ...(declaration.members ?? []).map((member) => member.name),
    ]);
    for (const slot of declaration.slots ?? []) if (taken.has(slot.name)) slot.name = `${slot.name} (slot)`;
    for (const slot of declaration.slots ?? []) taken.add(slot.name);
    for (const part of declaration.cssParts ?? []) if (taken.has(part.name)) part.name = `${part.name} (part)`;
  }
  return copy;
}

// custom-elements.json is generated (`npm run analyze`, run by every storybook script). A glob import
// rather than a plain one, so type-checking a clean clone does not fail before it exists.
const manifests = import.meta.glob('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0] as Manifest | undefined;
if (manifest) setCustomElementsManifest(forStorybook(manifest));
else console.warn('custom-elements.json is missing: run `npm run analyze` for controls and API docs.');

/** Brand colours a designer can try: each a light/dark pair with a text colour that passes AA on it. */
const BRANDS: Record<string, Record<string, string>> = {
  default: {},
  plum: {
    '--clinic-color-primary': 'light-dark(#7a2e6b, #f0b3e0)',
    '--clinic-color-on-primary': 'light-dark(#ffffff, #2a0a22)',
  },
  navy: {
    '--clinic-color-primary': 'light-dark(#1f4e8c, #9cc3ff)',
    '--clinic-color-on-primary': 'light-dark(#ffffff, #0a1a33)',
  },
  terracotta: {
    '--clinic-color-primary': 'light-dark(#9c3d1c, #ffb59a)',
    '--clinic-color-on-primary': 'light-dark(#ffffff, #3a1205)',
  },
};

/** The page around the widgets: a clinic site's own background and text in each scheme. */
const SCHEMES: Record<string, { scheme: string; background: string; color: string }> = {
  light: { scheme: 'light', background: '#ffffff', color: '#1c2126' },
  dark: { scheme: 'dark', background: '#101418', color: '#eef1f4' },
  system: { scheme: 'light dark', background: 'light-dark(#ffffff, #101418)', color: 'light-dark(#1c2126, #eef1f4)' },
};

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur']);

/**
 * Applies the toolbar's theme, brand colour and locale. The locale is the page's `lang` (what widgets
 * and providers fall back to), so stories with their own `<clinic-provider>` follow it too. The story is
 * keyed on the globals so every widget is created afresh and reads the new settings.
 */
const withClinicGlobals: Decorator = (story, context) => {
  const { theme = 'light', brand = 'default', locale = 'en-US' } = context.globals as Record<string, string>;
  const scheme = SCHEMES[theme] ?? SCHEMES.light;
  const root = document.documentElement;
  root.lang = locale;
  root.dir = RTL_LANGUAGES.has(locale.split('-')[0]) ? 'rtl' : 'ltr';
  root.style.colorScheme = scheme.scheme;
  root.style.setProperty('--clinic-color-scheme', scheme.scheme);
  document.body.style.background = scheme.background;
  document.body.style.color = scheme.color;
  for (const name of ['--clinic-color-primary', '--clinic-color-on-primary']) root.style.removeProperty(name);
  for (const [name, value] of Object.entries(BRANDS[brand] ?? {})) root.style.setProperty(name, value);
  // Every story starts with no session chosen, as a fresh page does (the choice is page-wide).
  setSessionChoice(undefined);
  return html`${keyed(`${theme}|${brand}|${locale}`, story())}`;
};

/**
 * Controls only where a designer can change something: parts and events are documented, not set, and a
 * function property (a pinned clock) has no useful control.
 */
const documentOnly: ArgTypesEnhancer = ({ argTypes, component }) => {
  for (const [name, argType] of Object.entries(argTypes)) {
    const category = argType.table?.category;
    const type = String(argType.table?.type?.summary ?? '');
    const getter = category === 'properties' && readOnly.has(`${String(component)}|${name}`);
    if (category === 'css shadow parts' || category === 'events' || type.includes('=>') || getter)
      argType.control = false;
  }
  return argTypes;
};

const preview: Preview = {
  decorators: [withClinicGlobals],
  argTypesEnhancers: [documentOnly],
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Colour scheme of the page and widgets (--clinic-color-scheme)',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'system', title: "Visitor's setting", icon: 'browser' },
        ],
        dynamicTitle: true,
      },
    },
    brand: {
      description: 'Brand colour (--clinic-color-primary)',
      toolbar: {
        title: 'Brand',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default teal' },
          { value: 'plum', title: 'Plum' },
          { value: 'navy', title: 'Navy' },
          { value: 'terracotta', title: 'Terracotta' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Locale of text, numbers, prices and times (the page lang)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en-US', title: 'English (US)' },
          { value: 'en-GB', title: 'English (UK)' },
          { value: 'en-AU', title: 'English (Australia)' },
          { value: 'es-ES', title: 'Español (España)' },
          { value: 'es-MX', title: 'Español (México)' },
          { value: 'es-US', title: 'Español (EE. UU.)' },
          { value: 'fr-FR', title: 'Français (France)' },
          { value: 'fr-CA', title: 'Français (Canada)' },
          // No Arabic strings ship, and a language without strings shows English text with English number
          // formatting (displayLocale in src/core/i18n.ts): this only checks the right-to-left layout.
          { value: 'ar-EG', title: 'Right to left (ar-EG, layout check: English text)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', brand: 'default', locale: 'en-US' },
  parameters: {
    layout: 'padded',
    // The Scheme toolbar sets the page background; Storybook's own backgrounds would fight it.
    backgrounds: { disable: true },
    controls: { expanded: true, sort: 'requiredFirst' },
    // The a11y panel on every story; the story tests (scripts/test-stories.mjs) fail on any violation.
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: ['Docs', ['Getting started', 'Theming', 'Events'], 'Elements', 'Pages'],
      },
    },
  },
};

export default preview;
