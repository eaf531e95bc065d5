// The board's offline copy: keeps the latest published month (offline/board), the latest published PDF pack
// (offline/pack.pdf), the latest published annual reports the page links (offline/report/*.pdf) and the page's
// styles, so a councillor can read them without a connection once opened.
// Network first, so an online reader always sees the latest; the saved copy only when the network fails. Each time
// the page comes from the network, the pack and the reports it links are fetched again and kept.
// Only responses marked X-Board-Copy replace the saved page, pack or reports, so a sign-in page is never kept in
// their place. Signing out clears this cache (Clear-Site-Data).
const CACHE = 'cp-board-offline-v1';
const PAGE = new URL('board', self.registration.scope).href;
const PACK = new URL('pack.pdf', self.registration.scope).href;
const COPIES = [PAGE, PACK];
const REPORTS = new URL('report/', self.registration.scope).pathname;

function isReport(url) {
  return new URL(url).pathname.startsWith(REPORTS);
}
const STYLES = [new URL('board.css', self.registration.scope).href, new URL('../styles/app.css', self.registration.scope).href];

async function keep(request, response) {
  const copy = COPIES.find(url => new URL(url).pathname === new URL(request.url).pathname);
  const marked = copy || isReport(request.url);
  if (response.ok && (!marked || response.headers.get('X-Board-Copy') === '1')) {
    const cache = await caches.open(CACHE);
    await cache.put(copy || request, response.clone());
  }
  return response;
}

// The pack and every annual report the page links, fetched again and kept (the page's own copy is kept by keep()).
async function keepWhatThePageLinks(page) {
  const html = await page.clone().text();
  const reports = [...html.matchAll(/href="(report\/[a-z-]+\.pdf)"/g)].map(m => new URL(m[1], self.registration.scope).href);
  for (const url of [PACK, ...reports]) {
    try {
      await keep(new Request(url), await fetch(url, { credentials: 'same-origin' }));
    } catch (e) {
      // The connection went while fetching: the copy kept before stays.
    }
  }
}

self.addEventListener('install', event => {
  event.waitUntil((async () => {
    for (const url of [...COPIES, ...STYLES]) {
      try {
        const response = await keep(new Request(url), await fetch(url, { credentials: 'same-origin' }));
        if (url === PAGE && response.headers.get('X-Board-Copy') === '1') {
          await keepWhatThePageLinks(response);
        }
      } catch (e) {
        // Offline while installing: nothing to keep yet.
      }
    }
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', event => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', event => {
  if (event.request.method !== 'GET') {
    return;
  }
  const url = new URL(event.request.url);
  const copy = COPIES.find(kept => new URL(kept).pathname === url.pathname);
  if (!copy && !isReport(url.href) && !STYLES.includes(url.href)) {
    return;
  }
  event.respondWith(fetch(event.request).then(async response => {
    const kept = await keep(event.request, response);
    if (copy === PAGE && response.ok && response.headers.get('X-Board-Copy') === '1') {
      event.waitUntil(keepWhatThePageLinks(response));
    }
    return kept;
  }).catch(async () => {
    const saved = await caches.match(copy || event.request);
    return saved || new Response('<!DOCTYPE html><html lang="en-GB"><title>Offline</title><h1>You are offline</h1>'
        + '<p>The board copy has not been saved on this device yet. Open the board once while connected.</p></html>',
        { status: 503, headers: { 'Content-Type': 'text/html;charset=utf-8' } });
  }));
});
