// `cem analyze` (npm run analyze) reads this: custom-elements.json from the JSDoc and TypeScript types of
// src/, run after the npm build so module paths name files the package ships (dist/lib/).
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';
import { clinicWidgetsPlugin } from './scripts/cem-plugins.mjs';

// The type parser says so for every type it leaves as written (DOM classes, the stretch catalog): expected
// here, since only the public properties' unions are wanted. Other warnings still print.
const warn = console.warn;
console.warn = (...args) => {
  if (!args.some((arg) => String(arg).includes('[type-parser] - Skipped parsing type'))) warn(...args);
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  // The type parser needs the TypeScript program to expand aliases (`BookingMode` → `'link' | 'popup'`).
  overrideModuleCreation({ ts, globs }) {
    const program = getTsProgram(ts, globs, 'tsconfig.json');
    return program.getSourceFiles().filter((file) => globs.find((glob) => file.fileName.includes(glob)));
  },
  plugins: [
    // Writes each expanded type as `parsedType` beside `type`, for the framework types.
    typeParserPlugin({ parseObjectTypes: 'none' }),
    clinicWidgetsPlugin({
      baseStyles: 'src/core/styles.ts',
      // <symptom-checker>'s `@fires` gives no type (its file is another change's); the others' JSDoc does.
      eventTypes: { 'triage-complete': 'CustomEvent<TriageCompleteDetail>' },
    }),
  ],
};
