// The WordPress plugin, ready to install: copies wordpress/ to dist/wordpress/clinic-widgets/ with the
// built bundle, its language packs (locales/) and ICU warm-up worker (workers/), both checked against the
// bundle's references, and the reserve-space
// stylesheet when the build has one in its assets/ folder, writes
// package.json's version into the plugin header, and zips the folder as dist/clinic-widgets-wordpress.zip
// for Plugins → Add New → Upload. Runs at the end of `npm run build`.
//
// The zip is written here (deflate from node:zlib, about 60 lines) rather than with the `zip` command,
// which a fresh machine may not have, or an npm package, which would be a dependency for one file.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { Buffer } from 'node:buffer';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'wordpress');
const dist = join(root, 'dist');
const target = join(dist, 'wordpress', 'clinic-widgets');
const zipPath = join(dist, 'clinic-widgets-wordpress.zip');

const bundle = join(dist, 'clinic-widgets.js');
if (!existsSync(bundle)) {
  console.error('wordpress-package: dist/clinic-widgets.js is missing; run vite build first.');
  process.exit(1);
}
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

rmSync(join(dist, 'wordpress'), { recursive: true, force: true });
rmSync(zipPath, { force: true });
mkdirSync(target, { recursive: true });
cpSync(source, target, { recursive: true, filter: (path) => !/(^|[\\/])\.[^\\/]+$/.test(relative(source, path)) });

mkdirSync(join(target, 'assets'), { recursive: true });
for (const file of ['clinic-widgets.js', 'clinic-widgets.js.map', 'clinic-widgets.css', 'locales', 'workers']) {
  // locales/: the language packs the bundle imports from beside itself (Spanish, French); workers/: the
  // worker that sets up the browser's Intl data off the main thread (core/intl-warm-up.ts).
  if (existsSync(join(dist, file))) cpSync(join(dist, file), join(target, 'assets', file), { recursive: true });
}
// Every pack the bundle imports must be beside it, or that language's widgets show English with a warning;
// so must its worker, or every page pays the Intl set-up on its main thread.
const code = readFileSync(bundle, 'utf8');
const imported = [
  ...code.matchAll(/import\(\s*["'`]\.\/(locales\/[\w-]+\.js)["'`]\s*\)/g),
  ...code.matchAll(/new URL\(\s*["'`](workers\/[\w.-]+\.js)["'`]\s*,\s*import\.meta\.url\s*\)/g),
];
if (!imported.some((match) => match[1].startsWith('workers/'))) {
  console.error('wordpress-package: the bundle no longer names its worker as new URL("workers/…", import.meta.url).');
  process.exit(1);
}
const missing = imported.map((match) => match[1]).filter((file) => !existsSync(join(target, 'assets', file)));
if (missing.length) {
  console.error(`wordpress-package: the bundle imports ${missing.join(', ')}, missing from dist/; run vite build.`);
  process.exit(1);
}

/** Replaces `pattern` in a copied file, failing loudly if the file no longer has it. */
function stamp(file, pattern, replacement) {
  const path = join(target, file);
  const text = readFileSync(path, 'utf8');
  if (!pattern.test(text)) {
    console.error(`wordpress-package: ${file} has no ${pattern}`);
    process.exit(1);
  }
  writeFileSync(path, text.replace(pattern, replacement));
}
stamp('clinic-widgets.php', /^( \* Version:\s+).*$/m, `$1${version}`);
stamp(
  'clinic-widgets.php',
  /define\( 'CLINIC_WIDGETS_VERSION', '[^']*' \)/,
  `define( 'CLINIC_WIDGETS_VERSION', '${version}' )`,
);
stamp('readme.txt', /^(Stable tag:\s+).*$/m, `$1${version}`);

/** Every file and folder under `dir`, folders first, in a stable order. */
function walk(dir) {
  const entries = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) entries.push({ path, dir: true }, ...walk(path));
    else entries.push({ path, dir: false });
  }
  return entries;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data) {
  if (zlib.crc32) return zlib.crc32(data);
  let c = 0xffffffff;
  for (const byte of data) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip archive (deflate, or stored when that is smaller) of `entries`, named relative to `base`. */
function zip(entries, base) {
  const when = new Date(process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now());
  const dosTime = (when.getHours() << 11) | (when.getMinutes() << 5) | (when.getSeconds() >> 1);
  const dosDate = ((Math.max(when.getFullYear(), 1980) - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate();
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(relative(base, entry.path).split(sep).join('/') + (entry.dir ? '/' : ''), 'utf8');
    const data = entry.dir ? Buffer.alloc(0) : readFileSync(entry.path);
    const deflated = entry.dir ? data : zlib.deflateRawSync(data, { level: 9 });
    const method = !entry.dir && deflated.length < data.length ? 8 : 0;
    const body = method === 8 ? deflated : data;
    const crc = crc32(data);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, so the modes below are read
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(entry.dir ? ((0o40755 << 16) | 0x10) >>> 0 : (0o100644 << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);

    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const entries = [{ path: target, dir: true }, ...walk(target)];
writeFileSync(zipPath, zip(entries, dirname(target)));
const files = entries.filter((entry) => !entry.dir).length;
console.log(
  `wordpress: dist/wordpress/clinic-widgets/ (${files} files) and dist/clinic-widgets-wordpress.zip ` +
    `(${(statSync(zipPath).size / 1024).toFixed(1)} KB), version ${version}`,
);
