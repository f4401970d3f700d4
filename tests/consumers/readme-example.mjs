// Prints the README's React/Next.js example (the ```tsx block that starts with 'use client'), so run.sh can
// check that the fixtures are that example, character for character.
import { readFileSync } from 'node:fs';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const block = readme.match(/```tsx\n('use client';\n[\s\S]*?)```/);
if (!block) {
  console.error("README.md has no ```tsx block starting with 'use client'");
  process.exit(1);
}
process.stdout.write(block[1]);
