// A Chromium driven over the DevTools protocol on a pipe (--remote-debugging-pipe), with nothing else
// attached: npm run bench measures through it.
//
// Why not Playwright, which the other scripts use: it attaches to every worker a page starts and holds
// the worker until it has answered (waitForDebuggerOnStart), to report it as page.on('worker'). A page's
// dedicated worker then answered 65 ms later at 4x CPU (9 loads each: median 149 ms under Playwright,
// 85 ms here; 73 against 50 at 1x), a delay no visitor has, and the bundle's first renders wait for
// their ICU warm-up worker (core/intl-warm-up.ts).
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Starts Chromium and resolves with `{ version, send, waitFor, on, close }`: `version` is Chromium's
 * ("150.0.7871.100"), `send(method, params, sessionId)` resolves with a command's result (rejects with
 * its error), `waitFor(predicate)` with the first event that matches, `on(listener)` hears every event
 * (and returns a function that stops it).
 */
export async function launchChromium(executable, args) {
  const profile = mkdtempSync(join(tmpdir(), 'clinic-widgets-bench-'));
  const browser = spawn(executable, [...args, '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const [, , , toBrowser, fromBrowser] = browser.stdio;
  const pending = new Map();
  const listeners = new Set();
  let lastId = 0;
  let buffered = '';
  let exited = false;

  browser.on('exit', (code) => {
    exited = true;
    for (const { reject } of pending.values()) reject(new Error(`Chromium exited (${code}) before it answered`));
    pending.clear();
  });
  fromBrowser.on('data', (chunk) => {
    buffered += chunk.toString();
    // Messages are JSON, each ended by a NUL byte.
    for (let end = buffered.indexOf('\0'); end !== -1; end = buffered.indexOf('\0')) {
      const message = JSON.parse(buffered.slice(0, end));
      buffered = buffered.slice(end + 1);
      const waiting = message.id !== undefined && pending.get(message.id);
      if (waiting) {
        pending.delete(message.id);
        if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
        else waiting.resolve(message.result);
      } else if (message.method) {
        for (const listener of listeners) listener(message);
      }
    }
  });

  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      if (exited) return reject(new Error(`Chromium has exited; cannot send ${method}`));
      const id = ++lastId;
      pending.set(id, { method, resolve, reject });
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId && { sessionId }) })}\0`);
    });
  const on = (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const waitFor = (predicate) =>
    new Promise((resolve) => {
      const stop = on((message) => {
        if (!predicate(message)) return;
        stop();
        resolve(message);
      });
    });
  const close = async () => {
    if (!exited) {
      const gone = new Promise((done) => browser.once('exit', done));
      send('Browser.close').catch(() => browser.kill());
      await gone;
    }
    rmSync(profile, { recursive: true, force: true });
  };

  // The first answer also says that Chromium is up.
  const { product } = await send('Browser.getVersion');
  return { version: product.split('/').pop(), send, waitFor, on, close };
}

/** Reads a protocol stream (a trace returned as a stream) to the end, as one string. */
export async function readStream(cdp, handle) {
  let text = '';
  for (;;) {
    const { data, base64Encoded, eof } = await cdp.send('IO.read', { handle });
    text += base64Encoded ? Buffer.from(data, 'base64').toString() : data;
    if (eof) break;
  }
  await cdp.send('IO.close', { handle });
  return text;
}
