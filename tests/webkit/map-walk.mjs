// WebKit walk of the relationship map on the release build: two people, one referred by the
// other; the map draws them and says so in words, zooms with its buttons, and the small map on
// a person's page links to whoever referred them.
// Usage: node tests/webkit/map-walk.mjs <app url> [driver port]
import { startDriver, Session } from './webdriver.mjs';

const app = process.argv[2] ?? 'http://127.0.0.1:4173';
const step = (what) => console.log(`  ${what}`);
const driver = await startDriver(Number(process.argv[3] ?? 4444));

/** Adds a person named `name` from People, and returns once their page shows. */
async function addPerson(session, name) {
  await session.go(`${app}/people`);
  await (await session.find('link', 'Add person', 60_000)).click();
  await (await session.find('textbox', 'Name')).fill(name);
  await (await session.find('button', 'Add')).click();
  await session.find('heading', name, 30_000);
}

const session = await Session.open(driver.base);
try {
  await addPerson(session, 'Orla Quayle');
  await addPerson(session, 'Piet Quayle');
  await (await session.find('textbox', 'Referred by')).fill('Orla');
  await (await session.find('button', 'Orla Quayle', 30_000)).click();
  await session.until('saved', async () => (await session.text()).includes('Saved on this device'));
  await session.find('link', 'Orla Quayle, referred them', 30_000);
  await session.run('window.stillLoaded = true');
  // WebKit's driver will not click inside an SVG: a click on the dot, as a tap makes one.
  await session.run(`document.querySelector('a[aria-label="Orla Quayle, referred them"] circle')
    .dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }))`);
  await session.find('heading', 'Orla Quayle', 30_000);
  if (!(await session.run('return window.stillLoaded === true'))) throw new Error('the small map loaded the app again');
  step('the small map on a person page links to whoever referred them, followed by the app');

  await (await session.find('link', 'See them on the map', 30_000)).click();
  await session.until('the map drawn', async () => session.run("return !!document.querySelector('svg.map-canvas')"), 60_000);
  // The map in words comes a frame after the drawing (ui/map/page.rs).
  const inWords = 'Orla Quayle · Not yet met · referred Piet Quayle';
  await session
    .until('the map in words', async () => (await session.text()).includes(inWords), 10_000)
    .catch(async () => {
      throw new Error(`the map in words is not there: ${await session.text()}`);
    });
  const viewBox = () => session.run("return document.querySelector('svg.map-canvas').getAttribute('viewBox')");
  const before = await viewBox();
  await (await session.find('button', 'Zoom out')).click();
  await session.until('zoomed out', async () => (await viewBox()) !== before);
  step('the map draws them, says it in words, and zooms');
  console.log('WebKit map walk: ok');
} finally {
  await session.close();
  driver.stop();
}
