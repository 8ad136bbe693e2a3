// The benchmarks' browser: the Chromium they launch and its flags, the phone-like CPU
// throttling, a link tapped inside the app, and the median they report.

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'];
/** How much slower than this machine's CPU a phone's is taken to be. */
export const THROTTLE = 4;

/** Slows `page`'s CPU by THROTTLE; returns the CDP session that did it. */
export async function throttled(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  return cdp;
}

/** Goes to `path` inside the app without a reload, as a tapped link does. */
export async function navigateInApp(page, path) {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** The middle value (the upper one of the two middle values of an even count). */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
