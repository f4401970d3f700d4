import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for designers and developers: every element in every state, themeable from the toolbar,
 * with docs generated from custom-elements.json (`npm run analyze`, which the storybook scripts run first).
 */
/**
 * package.json lists only the bundle and src/index.ts as having side effects (for consumers' tree-shaking),
 * so a production build would drop the source modules whose only job here is `defineElement(...)`, and
 * the stories would show undefined tags. Mark the project's own sources as having side effects.
 */
const keepElementRegistrations = {
  name: 'clinic-widgets:keep-element-registrations',
  transform(code: string, id: string) {
    return /[\\/]src[\\/].*\.ts$/.test(id) ? { code, moduleSideEffects: true } : undefined;
  },
};

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // public/demo-booking.html stands in for a booking system in the popup stories.
  staticDirs: ['./public'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      // One copy of Lit for the stories and the elements, or Lit warns about multiple versions.
      // Storybook's renderer imports lit/directive-helpers.js; pre-bundled with the rest it shares one lit-html.
      optimizeDeps: {
        include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js', 'lit/directives/keyed.js', '@lit/context'],
      },
      plugins: [keepElementRegistrations],
    });
  },
};

export default config;
