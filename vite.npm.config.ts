import { mergeConfig } from 'vite';
import scriptTagConfig from './vite.config.ts';

/**
 * The npm build (`dist/lib/`), beside the script-tag bundle that vite.config.ts makes: ES modules, one file
 * per source module (`preserveModules`), with Lit and @lit/context left as imports so an app that already
 * uses Lit loads it once, and its bundler (or Node, with Lit's server build) resolves them.
 *
 * Each `src/X.ts` becomes `dist/lib/X.js` (its types: `dist/types/X.d.ts`). Entry points, as package.json's
 * `exports` names them: the package (every element + the helpers), one per
 * element (`clinic-widgets/booking-button`…), and `clinic-widgets/helpers` (pure logic, no element).
 *
 * Not minified: a consumer's bundler does that. Terser's `_private` renaming is per output file and would
 * break a member read across two modules. Lit's template minifier (from the shared config) still runs.
 */
export const entries = [
  'src/index.ts',
  'src/helpers.ts',
  'src/clinic-provider/clinic-provider.ts',
  'src/session-length-picker/session-length-picker.ts',
  'src/booking-button/booking-button.ts',
  'src/symptom-checker/symptom-checker.ts',
  'src/stretch-card/stretch-card.ts',
];

const config = mergeConfig(scriptTagConfig, {
  // No ICU warm-up worker in the npm build (see core/intl-warm-up.ts): the app's bundler owns its files.
  define: { __CLINIC_WIDGETS_INTL_WORKER__: 'false' },
  build: {
    outDir: 'dist/lib',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    lib: { entry: entries, formats: ['es'] },
    rollupOptions: {
      external: [/^lit(\/|$)/, /^@lit\/context(\/|$)/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});

// mergeConfig would add the script-tag bundle's entry (src/bundle.ts) to these: the npm build has only its own.
config.build.lib = { entry: entries, formats: ['es'] };

export default config;
