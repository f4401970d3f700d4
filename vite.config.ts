import { defineConfig } from 'vite';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * One self-contained ES module: Lit and @lit/context are bundled in (nothing external), and there is
 * no dynamic import, so the output is a single file a clinic site can load with one script tag.
 * `npm start` serves index.html (the demo clinic page) from source with the same config.
 */
export default defineConfig({
  define: { __CLINIC_WIDGETS_VERSION__: JSON.stringify(version) },
  build: {
    target: 'es2022',
    minify: true,
    sourcemap: true,
    emptyOutDir: true,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'clinic-widgets.js',
    },
    // Lib mode keeps whitespace in ES output by default (for downstream tree-shaking); this file is
    // loaded as-is by script tags, so minify it fully.
    rolldownOptions: { output: { minify: true } },
  },
  server: { open: false },
});
