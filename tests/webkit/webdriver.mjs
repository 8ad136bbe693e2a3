// A small W3C WebDriver client for WebKit's MiniBrowser (WebKitWebDriver under Xvfb): start
// the driver, open a session, and find controls as a person would, by role and accessible
// name, asked of WebKit's own accessibility tree (the computedrole and computedlabel calls).
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Where to look for each role's candidates; WebKit then says which really have that role. */
const CANDIDATES = {
  button: 'button, [role=button], input[type=submit]',
  link: 'a[href]',
  textbox: 'input:not([type]), input[type=text], input[type=password], input[type=search], input[type=tel], input[type=email], textarea',
  heading: 'h1, h2, h3, h4, [role=heading]',
};

export async function startDriver(port) {
  const driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let errors = '';
  driver.stderr.on('data', (chunk) => (errors += chunk));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const status = await (await fetch(`${base}/status`)).json();
      if (status.value?.ready !== false) break;
    } catch {
      if (driver.exitCode !== null) throw new Error(`WebKitWebDriver ended: ${errors}`);
    }
    await sleep(100);
  }
  return {
    base,
    stop: () => {
      try {
        process.kill(-driver.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    },
  };
}

async function call(base, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const reply = await response.json();
  if (reply.value?.error) {
    throw new Error(`${method} ${path}: ${reply.value.error}: ${reply.value.message}`);
  }
  return reply.value;
}

export class Session {
  static async open(base) {
    const made = await call(base, 'POST', '/session', {
      capabilities: {
        alwaysMatch: {
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        },
      },
    });
    return new Session(base, made.sessionId);
  }

  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  send(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  close() {
    return call(this.base, 'DELETE', `/session/${this.id}`).catch(() => {});
  }

  go(url) {
    return this.send('POST', '/url', { url });
  }

  /** Opens a new window (or tab) and returns its handle; the session stays where it was. */
  async newWindow() {
    const made = await this.send('POST', '/window/new', { type: 'window' });
    return made.handle;
  }

  window() {
    return this.send('GET', '/window');
  }

  switchTo(handle) {
    return this.send('POST', '/window', { handle });
  }

  reload() {
    return this.send('POST', '/refresh', {});
  }

  /** Runs `script` (a function's body, `arguments` as given) in the page. */
  run(script, ...args) {
    return this.send('POST', '/execute/sync', { script, args });
  }

  /** Picks the file at `path` in the page's file input, as a person choosing one. */
  async pickFile(path) {
    const [input] = await this.send('POST', '/elements', { using: 'css selector', value: 'input[type=file]' });
    await this.send('POST', `/element/${Object.values(input)[0]}/value`, { text: path });
  }

  /** Runs async `script`: it ends by calling `arguments[arguments.length - 1](value)`. */
  runAsync(script, ...args) {
    return this.send('POST', '/execute/async', { script, args });
  }

  async text() {
    return this.run('return document.body.innerText');
  }

  /** The visible controls with `role` whose accessible name is `name` (or matches it). */
  async all(role, name) {
    const found = await this.send('POST', '/elements', {
      using: 'css selector',
      value: CANDIDATES[role],
    });
    const matches = [];
    for (const handle of found) {
      const id = handle[ELEMENT];
      const path = `/element/${id}`;
      // One command at a time: the driver answers them in turn.
      const computedRole = await this.send('GET', `${path}/computedrole`).catch(() => '');
      const label = await this.send('GET', `${path}/computedlabel`).catch(() => '');
      const shown = await this.send('GET', `${path}/displayed`).catch(() => false);
      const named = name instanceof RegExp ? name.test(label) : label === name;
      const roleMatches = computedRole === role || (role === 'textbox' && computedRole === 'searchbox');
      if (roleMatches && named && shown) matches.push(new Control(this, id, label));
    }
    return matches;
  }

  /** The one control with `role` and `name`, waited for up to `ms`. */
  async find(role, name, ms = 10_000) {
    const until = Date.now() + ms;
    for (;;) {
      // WebKit's driver refuses a query that meets a node the page is replacing just then (a
      // screen arriving from its chunk): that is "not there yet", asked again.
      const matches = await this.all(role, name).catch((error) => {
        if (/stale element/.test(error.message)) return [];
        throw error;
      });
      if (matches.length === 1) return matches[0];
      if (Date.now() > until) {
        throw new Error(`expected one ${role} named ${name}, found ${matches.length}`);
      }
      await sleep(150);
    }
  }

  /** Waits until `check()` is truthy, for up to `ms`; `what` names it when it never is. */
  async until(what, check, ms = 10_000) {
    const until = Date.now() + ms;
    for (;;) {
      const value = await check().catch(() => false);
      if (value) return value;
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
      await sleep(150);
    }
  }
}

class Control {
  constructor(session, id, label) {
    this.session = session;
    this.id = id;
    this.path = `/element/${id}`;
    this.label = label;
  }

  /**
   * A person's tap: scrolled to the middle first, clear of the bottom navigation. In a window
   * just opened, WebKitWebDriver sometimes answers a click with an empty "unknown error" (seen
   * once in make test, not again in three runs); that one answer is tried once more.
   */
  async click() {
    await this.session.run("arguments[0].scrollIntoView({ block: 'center' })", { [ELEMENT]: this.id });
    try {
      return await this.session.send('POST', `${this.path}/click`, {});
    } catch (error) {
      if (!/: unknown error: $/.test(error.message)) throw error;
      await sleep(500);
      return this.session.send('POST', `${this.path}/click`, {});
    }
  }

  async fill(text) {
    await this.session.send('POST', `${this.path}/clear`, {});
    return this.session.send('POST', `${this.path}/value`, { text });
  }

  value() {
    return this.session.send('GET', `${this.path}/property/value`);
  }
}
