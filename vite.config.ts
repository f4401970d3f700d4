import { defineConfig } from 'vite';
import { readFileSync } from 'node:fs';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { transform } from 'lightningcss';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * One self-contained ES module: Lit and @lit/context are bundled in (nothing external), so a clinic
 * site loads it with one script tag. Beside it, `locales/es-<hash>.js` and `locales/fr-<hash>.js`: the
 * Spanish and French strings, which the bundle imports from its own folder the first time a widget needs
 * them (an English page downloads nothing extra). They are data only, with no import of their own.
 * `npm start` serves index.html (the demo clinic page) from source with the same config.
 *
 * Bytes are the build's job, so the source stays formatted and named for people:
 * - Lit's own template minifier squeezes the `html` and `css` literals (whitespace, comments, CSS through
 *   lightningcss);
 * - terser renames `_private` members (Lit's convention: readable in source, mangled in the build).
 *   `_$` names are Lit's cross-version protocol (`_$litType$`, `_$litPart$`…) and must never change.
 */
export default defineConfig({
  plugins: [
    {
      ...minifyHtmlLiterals({
        include: ['src/**/*.ts'],
        failOnError: true,
        // Only Lit's plain `html` and `svg` templates: a `lit/static-html.js` template with a tag chosen at
        // run time (the checker's heading level) cannot be parsed as HTML, so it ships as written.
        options: { shouldMinify: (template) => template.tag === 'html' || template.tag === 'svg' },
      }),
      apply: 'build',
    },
    {
      // dist/clinic-widgets.css, the reserve-space stylesheet (src/clinic-widgets.css), minified by
      // lightningcss (Vite's own CSS minifier): sites link it in <head> so no widget moves the page when it
      // first renders.
      name: 'reserve-space-css',
      apply: 'build',
      generateBundle() {
        const filename = 'src/clinic-widgets.css';
        const { code } = transform({
          filename,
          code: readFileSync(new URL(`./${filename}`, import.meta.url)),
          minify: true,
        });
        this.emitFile({ type: 'asset', fileName: 'clinic-widgets.css', source: `${code.toString()}\n` });
      },
    },
  ],
  define: { __CLINIC_WIDGETS_VERSION__: JSON.stringify(version) },
  // Files the bundle loads (the ICU warm-up worker) are found beside it, wherever a site serves it from:
  // `new URL('workers/…', import.meta.url)`, not a path from the site's root.
  base: './',
  // core/intl-warm-up.worker.ts, started by core/intl-warm-up.ts as a module worker, in workers/ with a
  // hash of its content (like the language packs).
  worker: { format: 'es', rollupOptions: { output: { entryFileNames: 'workers/[name]-[hash].js' } } },
  build: {
    target: 'es2022',
    minify: 'terser',
    terserOptions: {
      ecma: 2022,
      module: true,
      // Vite turns on Terser's Safari 10 workarounds by default; the es2022 target rules that browser out.
      safari10: false,
      // A third pass still finds a few bytes; more find none (measured).
      compress: { passes: 3 },
      mangle: { properties: { regex: /^_(?!\$)/ } },
      format: { comments: false },
    },
    sourcemap: true,
    emptyOutDir: true,
    lib: {
      entry: 'src/bundle.ts',
      formats: ['es'],
      fileName: () => 'clinic-widgets.js',
    },
    // The only chunks are the language packs (core/i18n.ts imports them on demand), in locales/ beside
    // the bundle. Their names carry a hash of their content: the bundle's import of them has no version
    // (a WordPress ?ver= or a CDN's range stays on the bundle), so a cache can never pair a new bundle
    // with an old pack.
    rollupOptions: { output: { chunkFileNames: 'locales/[name]-[hash].js' } },
  },
  server: { open: false },
});
