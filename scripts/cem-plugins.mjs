// Custom Elements Manifest analyzer plugins for what the analyzer cannot see by itself (see
// custom-elements-manifest.config.mjs):
// - tag definitions: elements register through defineElement('tag', Class) (src/core/define.ts), not
//   customElements.define, so each call becomes a `custom-element-definition` export of its module, and
//   the generic call inside define.ts is not one;
// - CSS custom properties: every element reads the public `--clinic-*` tokens through the private copies
//   in src/core/styles.ts, so the tokens an element reads, and their defaults, are taken from there and
//   from the element's own styles file; the element's `@cssprop` JSDoc gives the wording;
// - event types that an element's `@fires` does not give;
// - module paths: the source path (`src/x.ts`) becomes the file the package ships (`dist/lib/x.js`).
import { existsSync, readFileSync } from 'node:fs';

/** Every element reads these in the shared :host rule (src/core/styles.ts), whatever its own styles use. */
const SHARED_DESCRIPTIONS = {
  '--clinic-font': 'Font family. Default: the page’s (inherited).',
  '--clinic-font-size': 'Base font size; the widget’s spacing and text scale with it.',
  '--clinic-color-scheme':
    '`light`, `dark` or `light dark` (follow the visitor). Default: the page’s own `color-scheme`, inherited.',
  '--clinic-color-text': 'Text colour.',
  '--clinic-color-focus': 'Focus outline.',
};
/** Wording for a token an element reads but its JSDoc does not describe. */
const TOKEN_DESCRIPTIONS = {
  '--clinic-color-primary': 'Accent colour: buttons, selection, links.',
  '--clinic-color-on-primary': 'Text on the accent colour.',
  '--clinic-color-muted': 'Secondary text.',
  '--clinic-color-surface': 'Background.',
  '--clinic-color-surface-alt': 'Secondary background.',
  '--clinic-color-border': 'Borders.',
  '--clinic-color-danger': 'Errors and urgent messages.',
  '--clinic-color-warning': 'Warnings.',
  '--clinic-radius': 'Corner radius.',
  '--clinic-space': 'Spacing unit.',
  ...SHARED_DESCRIPTIONS,
};

/** The public tokens in src/core/styles.ts: private copy (`--_text`) or CSS property → token, default. */
function readTokens(stylesFile) {
  const text = readFileSync(stylesFile, 'utf8');
  const viaPrivate = new Map(); // '--_text' → { name, default }
  const direct = []; // read by the shared :host rule itself
  // One declaration a line: `--_text: var(--clinic-color-text, light-dark(#1c2126, #eef1f4));`.
  for (const [, target, name, fallback] of text.matchAll(
    /^\s*([\w-]+):\s*var\((--clinic-[\w-]+)(?:,\s*(.*))?\)\s*(?:!important)?;$/gm,
  )) {
    const token = { name, ...(fallback ? { default: fallback.trim() } : { default: 'inherit' }) };
    if (target.startsWith('--_')) viaPrivate.set(target, token);
    else direct.push(token);
  }
  // The shared rules read some private copies themselves (text colour, focus outline).
  const rules = text.replace(/--_[\w-]+:\s*var\([^;]*;/g, '');
  const shared = [...rules.matchAll(/var\((--_[\w-]+)/g)].map(([, copy]) => viaPrivate.get(copy)).filter(Boolean);
  return { viaPrivate, shared: [...direct, ...shared] };
}

export function clinicWidgetsPlugin({ baseStyles, eventTypes = {}, outDir = 'dist/lib' }) {
  const definitions = []; // { module, tag, className }
  return {
    name: 'clinic-widgets',
    analyzePhase({ ts, node, moduleDoc }) {
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'defineElement' &&
        node.arguments.length === 2 &&
        ts.isStringLiteral(node.arguments[0]) &&
        ts.isIdentifier(node.arguments[1])
      ) {
        definitions.push({ module: moduleDoc.path, tag: node.arguments[0].text, className: node.arguments[1].text });
      }
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      const { viaPrivate, shared } = readTokens(baseStyles);
      for (const module of manifest.modules) {
        // The generic customElements.define(tag, element) inside defineElement is no definition.
        module.exports = (module.exports ?? []).filter((entry) => entry.kind !== 'custom-element-definition');
        for (const { tag, className } of definitions.filter((definition) => definition.module === module.path)) {
          module.exports.push({
            kind: 'custom-element-definition',
            name: tag,
            declaration: { name: className, module: module.path },
          });
          const declaration = module.declarations?.find((candidate) => candidate.name === className);
          if (!declaration) continue;
          declaration.tagName ??= tag;
          declaration.customElement = true;

          // CSS: the shared tokens when the element uses the shared styles, then those its own styles read.
          const source = readFileSync(module.path, 'utf8');
          if (/\bbaseStyles\b/.test(source)) {
            const own = module.path.replace(/\.ts$/, '.styles.ts');
            const used = existsSync(own)
              ? [...readFileSync(own, 'utf8').matchAll(/var\((--_[\w-]+)/g)].map(([, copy]) => viaPrivate.get(copy))
              : [];
            const documented = new Map((declaration.cssProperties ?? []).map((property) => [property.name, property]));
            const read = new Map();
            for (const token of [...shared, ...used].filter(Boolean)) read.set(token.name, token);
            for (const name of documented.keys()) if (!read.has(name)) read.set(name, { name });
            declaration.cssProperties = [...read.values()]
              .map((token) => ({
                name: token.name,
                description: documented.get(token.name)?.description ?? TOKEN_DESCRIPTIONS[token.name] ?? '',
                ...(documented.get(token.name)?.syntax ? { syntax: documented.get(token.name).syntax } : {}),
                ...(token.default ? { default: token.default } : {}),
              }))
              .sort((a, b) => a.name.localeCompare(b.name));
          }
          for (const event of declaration.events ?? []) {
            if (!event.type?.text && eventTypes[event.name]) event.type = { text: eventTypes[event.name] };
          }
        }
      }
      // Paths: where each module is in the package. A source module the npm build does not emit
      // (nothing imports it) is left out, since the package has no such file.
      const shipped = (path) => path.replace(/^\/?src\//, `${outDir}/`).replace(/\.ts$/, '.js');
      const built = existsSync(outDir);
      manifest.modules = manifest.modules.filter((module) => !built || existsSync(shipped(module.path)));
      const rewrite = (value) => {
        if (Array.isArray(value)) value.forEach(rewrite);
        else if (value && typeof value === 'object') {
          for (const [key, inner] of Object.entries(value)) {
            if ((key === 'path' || key === 'module') && typeof inner === 'string' && /^\/?src\/.*\.ts$/.test(inner)) {
              value[key] = shipped(inner);
            } else rewrite(inner);
          }
        }
      };
      rewrite(manifest.modules);
    },
  };
}
