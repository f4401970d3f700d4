import { emulateMedia } from '@web/test-runner-commands';

/**
 * Makes the test page a site with its own dark mode (it declares `color-scheme: light dark` and paints a
 * matching background) and sets the visitor's preference. Widgets follow the page's scheme, so this is
 * how a test sees their dark palette. Undo with `resetPageScheme()`.
 */
export async function usePageScheme(scheme: 'light' | 'dark'): Promise<void> {
  const root = document.documentElement.style;
  root.colorScheme = 'light dark';
  root.background = 'light-dark(#ffffff, #121518)';
  root.color = 'light-dark(#1c2126, #eef1f4)';
  await emulateMedia({ colorScheme: scheme });
}

export async function resetPageScheme(): Promise<void> {
  const root = document.documentElement.style;
  root.colorScheme = root.background = root.color = '';
  await emulateMedia({ colorScheme: 'light' });
}
