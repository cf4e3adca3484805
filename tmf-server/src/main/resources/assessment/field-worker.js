/*
 * TMF Safety offline field mode: the service worker of the assessment pages. The questionnaire page asks to keep
 * itself, its styles and its scripts (in the cache named below); this worker answers every GET from the network and
 * refreshes the kept copies with what the network returns, and answers from the kept copy only when the network
 * fails or the server cannot answer. A page answered from the kept copy is marked, so that it can say so. Writes
 * (answers, photos, submitting) are never answered here: the page keeps them in the browser's storage until the
 * server has taken them.
 */
'use strict';

const CACHE = 'tmf-field-v1';

self.addEventListener('install', function () {
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf('tmf-field-') === 0 && name !== CACHE;
    }).map(function (name) {
      return caches.delete(name);
    }));
  }).then(function () {
    return self.clients.claim();
  }));
});

self.addEventListener('fetch', function (event) {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith(networkElseKept(request));
});

async function keptCopy(cache, request) {
  const kept = await cache.match(request, { ignoreVary: true })
    || (request.mode === 'navigate' ? await cache.match(request, { ignoreVary: true, ignoreSearch: true }) : undefined);
  if (!kept || request.mode !== 'navigate') {
    return kept;
  }
  const html = await kept.text();
  return new Response(html.replace('data-page-source="server"', 'data-page-source="device"'), {
    status: kept.status, statusText: kept.statusText, headers: kept.headers
  });
}

async function networkElseKept(request) {
  const cache = await caches.open(CACHE);
  let response;
  try {
    response = await fetch(request);
  }
  catch (offline) {
    const kept = await keptCopy(cache, request);
    if (kept) {
      return kept;
    }
    throw offline;
  }
  if (response.status >= 500) {
    return (await keptCopy(cache, request)) || response;
  }
  if (response.ok && !response.redirected && await cache.match(request, { ignoreVary: true })) {
    await cache.put(request, response.clone());
  }
  return response;
}
