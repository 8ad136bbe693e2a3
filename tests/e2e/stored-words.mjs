// What the app keeps on this device, as one text: every IndexedDB store's records and keys,
// and localStorage, so a test can say which typed words are (or are not) stored.

/** Every word the app keeps on this device: each IndexedDB store's records, localStorage. */
export async function everythingStored(page) {
  return page.evaluate(async () => {
    const db = await new Promise((done, fail) => {
      const request = indexedDB.open('one-on-one');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const dump = {};
    for (const name of db.objectStoreNames) {
      const store = () => db.transaction(name).objectStore(name);
      const read = (request) => new Promise((done) => { request.onsuccess = () => done(request.result); });
      dump[name] = [await read(store().getAll()), await read(store().getAllKeys())];
    }
    db.close();
    return JSON.stringify(dump) + JSON.stringify({ ...localStorage });
  });
}
