import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * Strips comments and indentation from Lit `css` template literals at build time. Only spaces after
 * `:` and around `{ } ; , >` go, never before `:` (`a :hover` and `a:hover` differ), so the CSS means the
 * same.
 */
function minifyLitCss(): Plugin {
  const squeeze = (css: string) =>
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'minify-lit-css',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return;
      return { code: code.replace(/\bcss`([^`]*)`/g, (_, body: string) => `css\`${squeeze(body)}\``), map: null };
    },
  };
}

/**
 * One self-contained ES module: Lit and @lit/context are bundled in (nothing external), and there is
 * no dynamic import, so the output is a single file a clinic site can load with one script tag.
 * `npm start` serves index.html (the demo clinic page) from source with the same config.
 */
export default defineConfig({
  plugins: [minifyLitCss()],
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
