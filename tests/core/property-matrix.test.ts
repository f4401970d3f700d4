/**
 * Every property of every element, read from custom-elements.json, set to values of every type, before
 * and after upgrade; and every attribute removed. None may throw, log an error or leave a blank widget,
 * and a value of the wrong type must give exactly what the element shows by default.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.ts';
import { describeValue } from '../../src/core/warnings.ts';
import { WRONG_TYPES } from '../helpers/values.ts';
import { captureWarnings } from '../helpers/warnings.ts';
import { observePage } from '../helpers/page-problems.ts';

interface Field {
  name: string;
  attribute?: string;
  boolean: boolean;
}
interface Element {
  tag: string;
  fields: Field[];
}

interface ManifestMember {
  kind: string;
  name: string;
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
  type?: { text?: string };
}
interface ManifestDeclaration {
  tagName?: string;
  members?: ManifestMember[];
  attributes?: { name: string; fieldName?: string }[];
}

const manifest = (await (await fetch('/custom-elements.json')).json()) as {
  modules: { declarations?: ManifestDeclaration[] }[];
};
const elements: Element[] = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .map((declaration) => ({
    tag: declaration.tagName!,
    fields: (declaration.members ?? [])
      .filter((member) => member.kind === 'field' && !member.static && !member.readonly)
      .filter((member) => member.privacy !== 'private' && member.privacy !== 'protected')
      .map((member) => ({
        name: member.name,
        attribute: declaration.attributes?.find((attribute) => attribute.fieldName === member.name)?.name,
        boolean: member.type?.text === 'boolean',
      })),
  }));

type Widget = HTMLElement & { updateComplete?: Promise<unknown>; settings?: unknown } & Record<string, unknown>;

/** What a widget shows (or, for the provider, the settings it hands out), for comparing with the default. */
function shown(widget: Widget): string {
  if (widget.localName === 'clinic-provider') {
    const settings = widget.settings as Record<string, unknown>;
    return JSON.stringify({ ...settings, services: [...(settings.services as Map<number, string>)] });
  }
  return (widget.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Values of the wrong type for a field: the element must fall back to its default for these. */
const defaulting = (field: Field) =>
  WRONG_TYPES.filter(
    (value) => typeof value !== 'number' && typeof value !== 'boolean' && !(field.boolean && typeof value === 'string'),
  );

/** Runs `body` and fails on any console.error, uncaught error or unhandled rejection meanwhile. */
async function withoutErrors(body: () => Promise<void>): Promise<void> {
  const { errors, uncaught } = await observePage(body);
  expect([...errors, ...uncaught]).to.deep.equal([]);
}

/** A clinic that books online, so booking buttons show their button rather than the unavailable line. */
async function clinic(): Promise<HTMLElement> {
  return fixture(
    html`<clinic-provider provider="calcom" booking-url="https://cal.com/clinic/massage"></clinic-provider>`,
  );
}

async function mount(root: HTMLElement, widget: Widget): Promise<Widget> {
  root.append(widget);
  await widget.updateComplete;
  await widget.updateComplete;
  return widget;
}

async function defaultView(tag: string): Promise<string> {
  let view = '';
  await captureWarnings(async () => {
    const root = await clinic();
    view = shown(await mount(root, document.createElement(tag) as Widget));
    root.remove();
  });
  return view;
}

for (const { tag, fields } of elements) {
  describe(`<${tag}> takes any value in every property`, () => {
    let expected = '';
    before(async () => {
      expected = await defaultView(tag);
    });

    for (const field of fields) {
      it(`${field.name}: set before upgrade`, async () => {
        await withoutErrors(async () => {
          for (const value of WRONG_TYPES) {
            // Elements of a document without a browsing context never upgrade: the property is set on a
            // plain element, as a framework does before the bundle has loaded.
            const early = document.implementation.createHTMLDocument().createElement(tag) as Widget;
            early[field.name] = value;
            const root = await clinic();
            const widget = await mount(root, document.adoptNode(early));
            expect(customElements.get(tag) && widget instanceof customElements.get(tag)!, 'upgraded').to.equal(true);
            const view = shown(widget);
            expect(view, `${describeValue(value)} leaves no blank widget`).to.not.equal('');
            if (defaulting(field).includes(value)) expect(view, describeValue(value)).to.equal(expected);
            root.remove();
          }
        });
      });

      it(`${field.name}: set after upgrade`, async () => {
        await withoutErrors(async () => {
          const root = await clinic();
          const widget = await mount(root, document.createElement(tag) as Widget);
          for (const value of WRONG_TYPES) {
            widget[field.name] = value;
            await widget.updateComplete;
            await widget.updateComplete;
            const view = shown(widget);
            expect(view, `${describeValue(value)} leaves no blank widget`).to.not.equal('');
            if (defaulting(field).includes(value)) expect(view, describeValue(value)).to.equal(expected);
          }
          root.remove();
        });
      });

      if (field.attribute) {
        it(`${field.attribute}: removing the attribute restores the default`, async () => {
          await withoutErrors(async () => {
            const root = await clinic();
            const widget = await mount(root, document.createElement(tag) as Widget);
            for (const value of ['x', '45', '', 'on']) {
              widget.setAttribute(field.attribute!, value);
              await widget.updateComplete;
              widget.removeAttribute(field.attribute!);
              await widget.updateComplete;
              await widget.updateComplete;
              expect(shown(widget), `after ${field.attribute}="${value}"`).to.equal(expected);
            }
            root.remove();
          });
        });
      }
    }
  });
}
