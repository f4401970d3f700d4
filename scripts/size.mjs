// Prints the gzip size of the bundle and of its parts, against the budgets in the issues.
//   node scripts/size.mjs               every figure (builds each part in memory)
//   node scripts/size.mjs --bundle-only just dist/clinic-widgets.js (after `vite build`)
//   node scripts/size.mjs --check       also report each budget as a test ("N passed, N failed"), exit 1 if any is over
import { readFileSync, readdirSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const gzip = (code) => gzipSync(code, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

const bundle = 'dist/clinic-widgets.js';
if (process.argv.includes('--bundle-only')) {
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run vite build first`);
  console.log(`${bundle}: ${kb(gzip(readFileSync(bundle)))} gzip`);
  process.exit(0);
}

// The foundation as it ships with no widget: Lit, @lit/context, <clinic-provider>, the widget base class,
// the shared session choice and the bundle's public core API. Core helpers that only one element uses
// (the opening-hours arithmetic behind <booking-button>'s hint, say) are tree-shaken into that element's
// figure; "all of src/core" shows them counted here instead.
const foundation = `
  export * from '/src/clinic-provider/clinic-provider.ts';
  export { ClinicElement } from '/src/core/clinic-element.ts';
  export { SessionChoiceController, getSessionChoice, setSessionChoice } from '/src/core/session-choice.ts';
  export { registerStrings } from '/src/core/i18n.ts';
  export { VERSION } from '/src/core/version.ts';`;
// Each element is measured as "foundation + element" minus "foundation", so shared code counts once.
// Budgets are re-set from the readable build (issue 12), a few per cent above what it measured, so a
// regression shows: foundation 9.79 KB (10.11 with issue 17's first-render turns), picker 2.28, booking button 5.04, symptom checker 12.21 (with
// issue 13's questions, advice and safety nets), stretch card 7.04, whole bundle 35.48 KB. Issue 14's languages
// (plural and list messages, packs loaded on demand, lang followed at run time, every string a key of a typed
// catalog) measured foundation 10.92, symptom checker 12.85, stretch card 7.41, whole bundle 37.58 KB.
// Issue 17's ICU warm-up worker (its launcher, the Trusted Types policy) measured foundation 11.34 KB; its
// light-DOM provider, class preparation, first-of-a-kind turns and template warm-up 11.62 KB. The booking
// button's same-day line sized by its longest form (one height at every clock) measured 5.39 KB.
const parts = [
  {
    name: 'Lit + @lit/context (reference)',
    code: `export { LitElement, html, css } from 'lit'; export { ContextProvider, ContextEvent, createContext } from '@lit/context';`,
  },
  { name: 'foundation alone (Lit, context, provider, base)', code: foundation, budget: 11.75 * 1024 },
  {
    name: 'all of src/core + provider (for reference)',
    code: `export * from '/src/core/index.ts'; export * from '/src/clinic-provider/clinic-provider.ts';`,
  },
  { name: '+ <session-length-picker>', element: 'session-length-picker', budget: 2.5 * 1024 },
  { name: '+ <booking-button>', element: 'booking-button', budget: 5.5 * 1024 },
  { name: '+ <symptom-checker>', element: 'symptom-checker', budget: 13.25 * 1024 },
  { name: '+ <stretch-card>', element: 'stretch-card', budget: 7.75 * 1024 },
];

// Entries are written as files because Vite's lib mode takes its entry as a path; one folder per run, so
// two runs at once (two worktrees sharing node_modules) never measure each other's entry.
const scratch = `node_modules/.cache/size-${process.pid}`;
mkdirSync(scratch, { recursive: true });

async function measure(code) {
  const entry = `${scratch}/entry.ts`;
  writeFileSync(entry, code.replaceAll("'/src/", "'../../../src/"));
  const result = await build({
    configFile: 'vite.config.ts',
    logLevel: 'silent',
    build: { write: false, sourcemap: false, lib: { entry, formats: ['es'], fileName: () => 'x.js' } },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  // The entry only: the language packs are chunks of their own, loaded only on pages in their language.
  return gzip(output.map((chunk) => (chunk.type === 'chunk' && chunk.isEntry ? chunk.code : '')).join(''));
}

let over = 0;
let within = 0;
const base = await measure(foundation);
for (const part of parts) {
  const file = part.element && `src/${part.element}/${part.element}.ts`;
  if (file && !existsSync(file)) {
    console.log(`${part.name.padEnd(48)} (not built yet)`);
    continue;
  }
  const size = file ? (await measure(`${foundation} export * from '/${file}';`)) - base : await measure(part.code);
  const verdict = part.budget
    ? size <= part.budget
      ? `ok, budget ${kb(part.budget)}`
      : `OVER budget ${kb(part.budget)}`
    : '';
  if (part.budget && size > part.budget) over++;
  else if (part.budget) within++;
  console.log(`${part.name.padEnd(48)} ${kb(size).padStart(9)}  ${verdict}`);
}
rmSync(scratch, { recursive: true, force: true });

// The whole bundle, by this measure (Node's zlib at level 9). Before issue 12 it was 28,969 B; the readable
// build with issue 12's input handling, containment and shared controllers measured 32,557 B, and issue
// 13's clinical copy brought it to 36,332 B, issue 14's languages to 38,483 B, issue 17's scheduling (definitions
// and first renders in turns, tags the page lacks registered at once) to 39,510 B; the booking button's
// clock-independent same-day line and the ICU worker started at evaluation to 39,808 B.
const BUNDLE_BUDGET = 40_500;
if (existsSync(bundle)) {
  const size = gzip(readFileSync(bundle));
  const ok = size <= BUNDLE_BUDGET;
  if (ok) within++;
  else over++;
  console.log(
    `${'whole bundle, dist/clinic-widgets.js'.padEnd(48)} ${kb(size).padStart(9)}  ${ok ? 'ok' : 'OVER'} budget ${BUNDLE_BUDGET} B`,
  );
}
// The language packs beside the bundle, each downloaded only by a page in its language (issue 14).
const LANGUAGE_PACK_BUDGET = 10.5 * 1024;
for (const language of ['es', 'fr']) {
  const file =
    existsSync('dist/locales') &&
    readdirSync('dist/locales').find((name) => name.startsWith(`${language}-`) && name.endsWith('.js'));
  if (!file) continue;
  const pack = `dist/locales/${file}`;
  const size = gzip(readFileSync(pack));
  const ok = size <= LANGUAGE_PACK_BUDGET;
  if (ok) within++;
  else over++;
  console.log(`${pack.padEnd(48)} ${kb(size).padStart(9)}  ${ok ? 'ok' : 'OVER'} budget ${kb(LANGUAGE_PACK_BUDGET)}`);
}
if (process.argv.includes('--check')) {
  console.log(`size budgets: ${within} passed, ${over} failed`);
  if (over) process.exit(1);
}
