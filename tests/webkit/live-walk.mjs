// WebKit walk of the live screen as a focus mode on the release build: once the meeting
// starts, the header and the tab bar give way to it; in portrait the talk control is held at
// the bottom of the screen while the prompts scroll, in landscape it sits beside them; a tap
// on who is talking is announced; the way back brings the app back.
// Usage: node tests/webkit/live-walk.mjs <app url> [driver port]
import { startDriver, Session } from './webdriver.mjs';

const app = process.argv[2] ?? 'http://127.0.0.1:4173';
const step = (what) => console.log(`  ${what}`);
const driver = await startDriver(Number(process.argv[3] ?? 4444));

const shown = (selector) => `return getComputedStyle(document.querySelector('${selector}')).display !== 'none'`;
/** Where the "I'm talking" button sits, and the window's size. */
const talkPlace = `const box = [...document.querySelectorAll('.talk-button')][1].getBoundingClientRect();
  return { top: box.top, bottom: box.bottom, left: box.left, height: innerHeight, width: innerWidth,
    timer: document.querySelector('.live-clock').getBoundingClientRect().right };`;

const session = await Session.open(driver.base);
try {
  await session.send('POST', '/window/rect', { width: 390, height: 760 });
  await session.go(`${app}/people`);
  await (await session.find('link', 'Add person', 60_000)).click();
  await (await session.find('textbox', 'Name')).fill('Rosa Quayle');
  await (await session.find('button', 'Add')).click();
  await (await session.find('link', 'Plan a one-on-one', 30_000)).click();
  await (await session.find('textbox', 'Purpose', 30_000)).fill('the bus cuts');
  await (await session.find('link', 'Open the live guide', 30_000)).click();
  await (await session.find('button', 'Start the meeting', 30_000)).click();
  await session.find('button', "I'm talking", 30_000);
  if (await session.run(shown('.app-header'))) throw new Error('the header is still shown while the meeting runs');
  if (await session.run(shown('.tabbar'))) throw new Error('the tab bar is still shown while the meeting runs');
  await session.find('link', 'Back to the meeting plan');
  await session.find('button', 'Hide the app (Esc twice)');
  step('the header and the tab bar give way to the meeting; the way back and Hide stay');

  await (await session.find('button', "I'm talking")).click();
  await session.until('the tap announced', async () =>
    (await session.run("return document.querySelector('.live-talk [role=status]').textContent")) === "I'm talking");
  await session.run("document.querySelector('#live-sparks').scrollIntoView({ block: 'end' })");
  const portrait = await session.run(talkPlace);
  if (portrait.top < 0 || portrait.bottom > portrait.height) {
    throw new Error(`the talk control is off the screen in portrait: ${JSON.stringify(portrait)}`);
  }
  step('a tap is announced, and the talk control stays on the screen as the notes scroll');

  await session.send('POST', '/window/rect', { width: 800, height: 420 });
  await session.until('laid out in landscape', async () => {
    const place = await session.run(talkPlace);
    return place.width > place.height && place.bottom <= place.height && place.left < place.width / 2;
  });
  step('in landscape the talk control sits on the left, on the screen');

  await (await session.find('link', 'Back to the meeting plan')).click();
  await session.until('the app back', async () => (await session.run(shown('.app-header'))) && (await session.run(shown('.tabbar'))));
  step('the way back brings the header and the tab bar back');
  console.log('WebKit live walk: ok');
} finally {
  await session.close();
  driver.stop();
}
