/**
 * Warnings for developers: one `console.warn` per element, input and value, naming all three, so a
 * bad attribute or property is easy to find and never floods the console.
 */

/** Values are cut to this many characters in a warning: a 100 KB attribute must not fill the console. */
export const SHOWN_VALUE_LENGTH = 80;

const warned = new WeakMap<Element, Set<string>>();

/** A value as a warning shows it: strings quoted, other types named by their JSON or type, cut to length. */
export function describeValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (typeof value === 'function') text = 'a function';
  else if (typeof value === 'symbol' || typeof value === 'bigint') text = String(value);
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  return text.length > SHOWN_VALUE_LENGTH ? `${text.slice(0, SHOWN_VALUE_LENGTH - 1)}…` : text;
}

/** Whether `input` names a Lit property that has no attribute (`now`, `descriptions`): said as "property". */
function isPropertyOnly(element: Element, input: string): boolean {
  const declarations = (element.constructor as { elementProperties?: Map<PropertyKey, { attribute?: unknown }> })
    .elementProperties;
  return declarations?.get(input)?.attribute === false;
}

/**
 * Warns once per element, input, value and problem:
 * `<booking-button> attribute "mode": "sideways" is not one of link, popup; using link`.
 * `input` is the attribute's name (kebab-case, as written in HTML); a property set from code is reported
 * under its attribute's name, and one without an attribute under its own (`property "now"`).
 */
export function warnInput(element: Element, input: string, value: unknown, problem: string, fallback: string): void {
  const shown = describeValue(value);
  const key = `${input}\u0000${shown}\u0000${problem}`;
  let seen = warned.get(element);
  if (!seen) warned.set(element, (seen = new Set()));
  if (seen.has(key)) return;
  seen.add(key);
  const kind = isPropertyOnly(element, input) ? 'property' : 'attribute';
  console.warn(`<${element.localName}> ${kind} "${input}": ${shown} ${problem}; using ${fallback}`);
}
