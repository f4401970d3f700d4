// Writes wordpress/languages/clinic-widgets.pot from the plugin's translatable strings: the gettext calls
// in its PHP and editor JS (single-quoted literals with the 'clinic-widgets' text domain, as the plugin
// writes them), the block.json titles, descriptions and keywords (with the contexts WordPress translates
// them in), and the plugin header. `--check` only says whether the file is up to date (exit 1 if not).
// Run it after changing a string: node scripts/wordpress-pot.mjs
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const plugin = join(root, 'wordpress');
const potPath = join(plugin, 'languages', 'clinic-widgets.pot');
const DOMAIN = 'clinic-widgets';

function walk(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

/** msgid|msgctxt → { msgid, msgctxt, refs, comments, php } in order of first appearance. */
const entries = new Map();
function add({ msgid, msgctxt, plural, ref, comment, php }) {
  const key = `${msgctxt ?? ''}\u0004${msgid}`;
  let entry = entries.get(key);
  if (!entry) entries.set(key, (entry = { msgid, msgctxt, plural, refs: [], comments: [], php: false }));
  entry.refs.push(ref);
  if (comment && !entry.comments.includes(comment)) entry.comments.push(comment);
  entry.php ||= php;
}

const literal = String.raw`'((?:[^'\\]|\\.)*)'`;
const sep_ = String.raw`\s*,\s*`;
const calls = [
  { names: ['__', '_e', 'esc_html__', 'esc_html_e', 'esc_attr__', 'esc_attr_e'], args: ['msgid'] },
  { names: ['_x', '_ex', 'esc_html_x', 'esc_attr_x'], args: ['msgid', 'msgctxt'] },
  { names: ['_n'], args: ['msgid', 'plural', null] },
];
const unquote = (text) => text.replace(/\\(['\\])/g, '$1');

function scanCode(path, php) {
  const text = readFileSync(path, 'utf8');
  const file = relative(plugin, path).split(sep).join('/');
  const found = [];
  for (const { names, args } of calls) {
    const parts = args.map((arg) => (arg ? literal : String.raw`[^,()]+`)).join(sep_);
    const pattern = new RegExp(
      String.raw`(?<![\w$>:])(?:${names.join('|')})\(\s*${parts}${sep_}'${DOMAIN}',?\s*\)`,
      'g',
    );
    for (const match of text.matchAll(pattern)) {
      const values = match.slice(1).map(unquote);
      const entry = {};
      args.filter(Boolean).forEach((arg, i) => (entry[arg] = values[i]));
      found.push({ index: match.index, end: match.index + match[0].length, entry });
    }
  }
  // Every call must have been read: one written another way (a variable, double quotes) would be missing.
  const all =
    text.match(new RegExp(String.raw`(?<![\w$>:])(?:${calls.flatMap((c) => c.names).join('|')})\(`, 'g')) ?? [];
  if (all.length !== found.length) {
    console.error(
      `wordpress-pot: ${file} has ${all.length - found.length} gettext calls not written as (' literal ', '${DOMAIN}')`,
    );
    process.exit(1);
  }
  found.sort((a, b) => a.index - b.index);
  let previous = 0;
  for (const { index, end, entry } of found) {
    const before = text.slice(previous, index);
    const comments = [...before.matchAll(/\/\*\s*(translators:[^*]*?)\s*\*\/|\/\/\s*(translators:.*)/g)];
    const last = comments.at(-1);
    const line = text.slice(0, index).split('\n').length;
    add({ ...entry, ref: `${file}:${line}`, comment: last ? (last[1] ?? last[2]).trim() : undefined, php });
    previous = end;
  }
}

const files = walk(plugin);
const main = readFileSync(join(plugin, 'clinic-widgets.php'), 'utf8');
for (const [header, what] of [
  ['Plugin Name', 'Plugin Name of the plugin'],
  ['Description', 'Description of the plugin'],
]) {
  const value = new RegExp(`^ \\* ${header}:\\s*(.+)$`, 'm').exec(main)?.[1].trim();
  if (value) add({ msgid: value, ref: 'clinic-widgets.php', comment: what, php: false });
}
for (const path of files) {
  if (path.endsWith('.php')) scanCode(path, true);
  else if (path.endsWith('.js')) scanCode(path, false);
  else if (path.endsWith('block.json')) {
    const block = JSON.parse(readFileSync(path, 'utf8'));
    const ref = relative(plugin, path).split(sep).join('/');
    if (block.title) add({ msgid: block.title, msgctxt: 'block title', ref });
    if (block.description) add({ msgid: block.description, msgctxt: 'block description', ref });
    for (const keyword of block.keywords ?? []) add({ msgid: keyword, msgctxt: 'block keyword', ref });
  }
}

const po = (text) =>
  '"' + text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t') + '"';
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
let out = `# Copyright (C) clinic-widgets
# This file is distributed under the MIT license.
msgid ""
msgstr ""
"Project-Id-Version: Clinic Widgets ${version}\\n"
"Report-Msgid-Bugs-To: \\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n"
"X-Domain: ${DOMAIN}\\n"
"X-Generator: scripts/wordpress-pot.mjs\\n"
`;
for (const entry of entries.values()) {
  out += '\n';
  for (const comment of entry.comments) out += `#. ${comment}\n`;
  out += `#: ${entry.refs.join(' ')}\n`;
  if (entry.php && /%(\d+\$)?[sd]/.test(entry.msgid)) out += '#, php-format\n';
  if (entry.msgctxt) out += `msgctxt ${po(entry.msgctxt)}\n`;
  out += `msgid ${po(entry.msgid)}\n`;
  if (entry.plural) out += `msgid_plural ${po(entry.plural)}\nmsgstr[0] ""\nmsgstr[1] ""\n`;
  else out += 'msgstr ""\n';
}

const current = existsSync(potPath) ? readFileSync(potPath, 'utf8') : '';
if (process.argv.includes('--check')) {
  if (current === out) {
    console.log(`wordpress-pot: ${relative(root, potPath)} is up to date (${entries.size} strings)`);
  } else {
    console.error(`wordpress-pot: ${relative(root, potPath)} is out of date: run node scripts/wordpress-pot.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(potPath, out);
  console.log(`wordpress-pot: wrote ${relative(root, potPath)} (${entries.size} strings)`);
}
