import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for designers and developers: every element in every state, themeable from the toolbar,
 * with docs generated from custom-elements.json (`npm run analyze`, which the storybook scripts run first).
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      // One copy of Lit for the stories and the elements, or Lit warns about multiple versions.
      optimizeDeps: { include: ['lit', 'lit/directives/if-defined.js', '@lit/context'] },
    });
  },
};

export default config;
