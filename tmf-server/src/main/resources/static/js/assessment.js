/*
 * The questionnaire, also without network (offline field mode). Every answer, evidence level and comment is first
 * kept in the browser's storage (IndexedDB) and then sent; photos likewise. What could not be sent waits on the
 * device and is sent when the network returns, each answer with the answer the device last saw on the server, so
 * that the server never overwrites a change made there meanwhile: such a conflict is shown beside the question and
 * the inspector keeps one of the two. A service worker (/assessments/field-worker.js) keeps the opened
 * questionnaire, its styles and scripts, so that the page also opens without network. Texts come from data
 * attributes of the page; without scripts the save button sends the whole form.
 */
(function () {
  'use strict';
  const form = document.getElementById('questionnaire');
  const panel = document.getElementById('device-mode');
  if (!form) {
    return;
  }
  const assessment = form.dataset.assessment;
  const cacheName = 'tmf-field-v1';
  const keptUrl = location.href.split('#')[0];
  if (!panel) {
    // submitted, or not to be answered by this account: nothing to keep on the device
    forgetKeptPage();
    return;
  }
  const text = panel.dataset;
  const status = document.getElementById('device-status');
  const kept = document.getElementById('device-kept');
  const signIn = document.getElementById('device-sign-in');
  const csrf = form.querySelector('input[name="_csrf"]');
  const progressText = document.getElementById('progress-text');
  const progressBar = document.getElementById('progress-bar');
  const attachForm = document.getElementById('attach-form');
  const attachmentList = document.getElementById('attachment-list');
  const pendingPhotos = document.getElementById('pending-photos');
  const submitForm = document.getElementById('submit-form');
  const server = new Map();
  let store;
  let problem = null;
  let halted = false;
  let unreachable = false;
  let flushing = null;
  let flushAgain = false;

  function fieldsets() {
    return Array.from(form.querySelectorAll('fieldset.question'));
  }

  function fieldset(question) {
    return form.querySelector('fieldset.question[data-question="' + CSS.escape(question) + '"]');
  }

  function read(set) {
    const id = set.dataset.question;
    const answer = set.querySelector('input[name="answer_' + id + '"]:checked');
    if (!answer) {
      return null;
    }
    return {
      answer: answer.value,
      evidence: set.querySelector('[name="evidence_' + id + '"]').value || null,
      comment: set.querySelector('[name="comment_' + id + '"]').value.trim() || null
    };
  }

  function write(set, value) {
    const id = set.dataset.question;
    set.querySelectorAll('input[name="answer_' + id + '"]').forEach(function (radio) {
      radio.checked = radio.value === value.answer;
    });
    set.querySelector('[name="evidence_' + id + '"]').value = value.evidence || '';
    set.querySelector('[name="comment_' + id + '"]').value = value.comment || '';
  }

  function same(a, b) {
    return !!a && !!b && a.answer === b.answer && (a.evidence || null) === (b.evidence || null)
      && (a.comment || null) === (b.comment || null);
  }

  function describe(set, value) {
    const id = set.dataset.question;
    const label = set.querySelector('label[for="answer_' + id + '_' + value.answer + '"]');
    const evidence = set.querySelector('[name="evidence_' + id + '"] option[value="' + (value.evidence || '') + '"]');
    const parts = [label ? label.textContent : value.answer, evidence ? evidence.textContent : ''];
    if (value.comment) {
      parts.push('«' + value.comment + '»');
    }
    return parts.filter(Boolean).join(' · ');
  }

  function element(tag) {
    const created = document.createElement(tag);
    created.classList.add.apply(created.classList, Array.prototype.slice.call(arguments, 1));
    return created;
  }

  function button(label) {
    const created = element('button', 'btn', 'btn-sm');
    created.classList.add.apply(created.classList, Array.prototype.slice.call(arguments, 1));
    created.type = 'button';
    created.textContent = label;
    return created;
  }

  function format(template) {
    const args = Array.prototype.slice.call(arguments, 1);
    return template.replace(/\{(\d)\}/g, function (all, index) {
      return String(args[Number(index)]);
    });
  }

  /* Storage: IndexedDB, or memory when the browser offers none (then nothing survives a reload, and the page says so). */

  function openStore() {
    return new Promise(function (resolve, reject) {
      if (!window.indexedDB) {
        reject(new TypeError());
        return;
      }
      const request = indexedDB.open('tmf-field', 1);
      request.onupgradeneeded = function () {
        const db = request.result;
        db.createObjectStore('answers', { keyPath: ['assessment', 'question'] }).createIndex('assessment', 'assessment');
        db.createObjectStore('confirmed', { keyPath: ['assessment', 'question'] }).createIndex('assessment', 'assessment');
        db.createObjectStore('photos', { keyPath: 'key', autoIncrement: true }).createIndex('assessment', 'assessment');
      };
      request.onsuccess = function () {
        resolve(indexedStore(request.result));
      };
      request.onerror = function () {
        reject(request.error);
      };
    });
  }

  function indexedStore(db) {
    function run(name, mode, work) {
      return new Promise(function (resolve, reject) {
        const transaction = db.transaction(name, mode);
        const request = work(transaction.objectStore(name));
        transaction.oncomplete = function () {
          resolve(request ? request.result : undefined);
        };
        transaction.onerror = function () {
          reject(transaction.error);
        };
        transaction.onabort = function () {
          reject(transaction.error);
        };
      });
    }
    return {
      durable: true,
      all: function (name) {
        return run(name, 'readonly', function (s) {
          return s.index('assessment').getAll(assessment);
        });
      },
      get: function (name, key) {
        return run(name, 'readonly', function (s) {
          return s.get(key);
        });
      },
      put: function (name, value) {
        return run(name, 'readwrite', function (s) {
          return s.put(value);
        });
      },
      remove: function (name, key) {
        return run(name, 'readwrite', function (s) {
          return s.delete(key);
        });
      }
    };
  }

  function memoryStore() {
    const stores = { answers: new Map(), confirmed: new Map(), photos: new Map() };
    let next = 1;
    function keyOf(name, value) {
      if (name === 'photos') {
        if (value.key === undefined) {
          value.key = next++;
        }
        return value.key;
      }
      return value.assessment + '\u0000' + value.question;
    }
    function flat(key) {
      return Array.isArray(key) ? key.join('\u0000') : key;
    }
    return {
      durable: false,
      all: function (name) {
        return Promise.resolve(Array.from(stores[name].values()));
      },
      get: function (name, key) {
        return Promise.resolve(stores[name].get(flat(key)));
      },
      put: function (name, value) {
        const key = keyOf(name, value);
        stores[name].set(key, value);
        return Promise.resolve(key);
      },
      remove: function (name, key) {
        stores[name].delete(flat(key));
        return Promise.resolve();
      }
    };
  }

  /* What the page shows. */

  function updateProgress() {
    const sets = fieldsets();
    const answered = sets.filter(function (set) {
      return read(set) !== null;
    }).length;
    progressText.textContent = format(progressText.dataset.template, answered, sets.length);
    progressBar.max = sets.length;
    progressBar.value = answered;
  }

  async function updateStatus() {
    const answers = await store.all('answers');
    const photos = (await store.all('photos')).filter(function (photo) {
      return !photo.refused;
    });
    const conflicts = answers.filter(function (entry) {
      return entry.conflict;
    }).length;
    const waiting = answers.length - conflicts;
    panel.dataset.waitingAnswers = String(waiting);
    panel.dataset.waitingPhotos = String(photos.length);
    panel.dataset.conflictCount = String(conflicts);
    signIn.hidden = problem !== 'signIn';
    const lines = [];
    if (problem === 'signIn') {
      lines.push(text.signIn);
    }
    else if (problem) {
      lines.push(format(text.refused, problem));
    }
    if (conflicts > 0) {
      lines.push(format(text.conflicts, conflicts));
    }
    if (waiting > 0 || photos.length > 0) {
      if (unreachable || !navigator.onLine) {
        lines.push(text.offline);
      }
      lines.push(format(text.waiting, waiting, photos.length));
    }
    else if (conflicts === 0 && !problem) {
      lines.push(text.saved);
    }
    status.textContent = lines.join(' ');
    panel.classList.toggle('text-danger', !!problem || conflicts > 0);
  }

  function markWaiting(set, waiting) {
    set.classList.toggle('device-waiting', waiting);
    if (waiting) {
      delete set.dataset.saved;
    }
  }

  function showConflict(set, entry) {
    let box = set.querySelector('.device-conflict');
    if (!box) {
      box = element('div', 'alert', 'alert-warning', 'small', 'device-conflict', 'mt-2');
      const onServer = element('p', 'mb-1', 'on-server');
      const onDevice = element('p', 'mb-2', 'on-device');
      const keepMine = button(text.keepMine, 'btn-warning', 'me-2', 'keep-mine');
      const takeServer = button(text.takeServer, 'btn-outline-secondary', 'take-server');
      box.append(onServer, onDevice, keepMine, takeServer);
      set.append(box);
      keepMine.addEventListener('click', function () {
        settle(set, true);
      });
      takeServer.addEventListener('click', function () {
        settle(set, false);
      });
    }
    box.querySelector('.on-server').textContent = format(text.onServer, describe(set, entry.server),
      entry.server.changedBy, entry.server.changedAt);
    box.querySelector('.on-device').textContent = format(text.onDevice, describe(set, entry));
  }

  function hideConflict(set) {
    const box = set.querySelector('.device-conflict');
    if (box) {
      box.remove();
    }
  }

  function showPendingPhoto(photo) {
    let item = pendingPhotos.querySelector('li[data-key="' + photo.key + '"]');
    if (!item) {
      item = document.createElement('li');
      item.dataset.key = String(photo.key);
      const badge = element('span', 'badge', 'text-bg-light', 'border', 'me-1');
      badge.textContent = photo.question;
      const name = element('span', 'me-2');
      name.textContent = photo.name;
      const state = element('span', 'small', 'state');
      item.append(badge, name, state);
      pendingPhotos.append(item);
    }
    const state = item.querySelector('.state');
    state.textContent = photo.refused ? format(text.photoRefused, photo.refused) : text.photoWaiting;
    state.classList.toggle('text-danger', !!photo.refused);
    if (photo.refused && !item.querySelector('button')) {
      const remove = button(text.remove, 'btn-link', 'remove');
      remove.addEventListener('click', async function () {
        await store.remove('photos', photo.key);
        item.remove();
        pendingPhotos.hidden = pendingPhotos.children.length === 0;
        updateStatus();
      });
      item.append(remove);
    }
    pendingPhotos.hidden = false;
  }

  function showAttached(attachment) {
    const item = document.createElement('li');
    const badge = element('span', 'badge', 'text-bg-light', 'border', 'me-1');
    badge.textContent = attachment.questionId;
    const link = document.createElement('a');
    link.href = attachForm.action + '/' + attachment.id;
    link.textContent = attachment.fileName;
    const meta = element('span', 'small', 'text-body-secondary', 'ms-1');
    meta.textContent = attachment.meta;
    item.append(badge, link, meta);
    attachmentList.append(item);
    attachmentList.hidden = false;
    document.getElementById('attachments-none').hidden = true;
    document.getElementById('attached').hidden = false;
  }

  /* Keeping answers and photos, and sending them. */

  async function changed(set) {
    const value = read(set);
    if (!value) {
      return;
    }
    const question = set.dataset.question;
    const earlier = await store.get('answers', [assessment, question]);
    const entry = Object.assign({ assessment: assessment, question: question, revision: Date.now() + Math.random() }, value);
    entry.seen = earlier ? earlier.seen : (server.get(question) || null);
    if (earlier && earlier.conflict) {
      entry.conflict = true;
      entry.server = earlier.server;
    }
    if (!entry.conflict && same(entry.seen, value)) {
      await store.remove('answers', [assessment, question]);
      markWaiting(set, false);
      set.dataset.saved = 'true';
    }
    else {
      await store.put('answers', entry);
      markWaiting(set, true);
      if (entry.conflict) {
        showConflict(set, entry);
      }
    }
    updateProgress();
    await updateStatus();
    flush();
  }

  async function settle(set, keepMine) {
    const question = set.dataset.question;
    const entry = await store.get('answers', [assessment, question]);
    if (!entry) {
      return;
    }
    const theirs = { answer: entry.server.answer, evidence: entry.server.evidence, comment: entry.server.comment };
    hideConflict(set);
    if (keepMine) {
      entry.seen = theirs;
      delete entry.conflict;
      delete entry.server;
      await store.put('answers', entry);
      flush();
    }
    else {
      write(set, theirs);
      server.set(question, theirs);
      await store.put('confirmed', Object.assign({ assessment: assessment, question: question, savedAt: entry.server.savedAt }, theirs));
      await store.remove('answers', [assessment, question]);
      markWaiting(set, false);
      set.dataset.saved = 'true';
      updateProgress();
    }
    await updateStatus();
  }

  function flush() {
    if (flushing) {
      flushAgain = true;
      return flushing;
    }
    flushing = send().catch(function () {
      unreachable = true;
    }).then(updateStatus).finally(function () {
      flushing = null;
      if (flushAgain) {
        flushAgain = false;
        flush();
      }
    });
    return flushing;
  }

  async function answerOf(response) {
    const type = response.headers.get('Content-Type') || '';
    if (response.redirected || type.indexOf('json') < 0) {
      problem = 'signIn';
      return null;
    }
    const json = await response.json();
    if (!response.ok) {
      problem = (json.errors && json.errors.length ? json.errors.map(function (error) {
        return error.message;
      }).join(' ') : json.detail) || String(response.status);
      halted = response.status === 409 || response.status === 403 || response.status === 404;
      return null;
    }
    return json;
  }

  async function send() {
    if (halted) {
      return;
    }
    const entries = (await store.all('answers')).filter(function (entry) {
      return !entry.conflict;
    });
    const photos = (await store.all('photos')).filter(function (photo) {
      return !photo.refused;
    });
    if (entries.length === 0 && photos.length === 0) {
      return;
    }
    status.textContent = text.saving;
    if (entries.length > 0) {
      const response = await fetch(form.dataset.syncUrl, {
        method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-TOKEN': csrf ? csrf.value : '' },
        body: JSON.stringify(entries.map(function (entry) {
          return { questionId: entry.question, answer: entry.answer, evidence: entry.evidence, comment: entry.comment,
            seen: entry.seen };
        }))
      });
      unreachable = false;
      const result = await answerOf(response);
      if (!result) {
        return;
      }
      problem = null;
      for (const entry of entries) {
        const set = fieldset(entry.question);
        const sent = { answer: entry.answer, evidence: entry.evidence, comment: entry.comment };
        const now = await store.get('answers', [assessment, entry.question]);
        if (result.saved.indexOf(entry.question) >= 0) {
          server.set(entry.question, sent);
          await store.put('confirmed', Object.assign({ assessment: assessment, question: entry.question,
            savedAt: result.savedAt }, sent));
          if (now && now.revision === entry.revision) {
            await store.remove('answers', [assessment, entry.question]);
            markWaiting(set, false);
            set.dataset.saved = 'true';
          }
          else if (now) {
            now.seen = sent;
            await store.put('answers', now);
          }
        }
        const conflict = result.conflicts.find(function (c) {
          return c.questionId === entry.question;
        });
        if (conflict && now) {
          now.conflict = true;
          now.server = Object.assign({ savedAt: result.savedAt }, conflict);
          await store.put('answers', now);
          showConflict(set, now);
        }
      }
    }
    for (const photo of photos) {
      const body = new FormData();
      body.set('questionId', photo.question);
      body.set('file', new File([photo.blob], photo.name, { type: photo.type }));
      const response = await fetch(attachForm.action, {
        method: 'POST', credentials: 'same-origin', body: body,
        headers: { Accept: 'application/json', 'X-CSRF-TOKEN': csrf ? csrf.value : '' }
      });
      unreachable = false;
      const type = response.headers.get('Content-Type') || '';
      if (response.status === 400 && type.indexOf('json') >= 0) {
        const refusal = await response.json();
        photo.refused = (refusal.errors || []).map(function (error) {
          return error.message;
        }).join(' ') || refusal.detail;
        await store.put('photos', photo);
        showPendingPhoto(photo);
        continue;
      }
      const attachment = await answerOf(response);
      if (!attachment) {
        return;
      }
      problem = null;
      await store.remove('photos', photo.key);
      const item = pendingPhotos.querySelector('li[data-key="' + photo.key + '"]');
      if (item) {
        item.remove();
      }
      pendingPhotos.hidden = pendingPhotos.children.length === 0;
      showAttached(attachment);
    }
  }

  /* Keeping the page on the device. */

  async function keepPage() {
    if (!('serviceWorker' in navigator) || !window.caches || !store.durable) {
      kept.textContent = text.unavailable;
      return;
    }
    try {
      await navigator.serviceWorker.register(panel.dataset.workerUrl, { scope: panel.dataset.workerScope });
      await navigator.serviceWorker.ready;
      const cache = await caches.open(cacheName);
      const urls = [keptUrl];
      document.querySelectorAll('link[rel="stylesheet"][href], script[src]').forEach(function (element) {
        urls.push(element.href || element.src);
      });
      for (const url of urls) {
        if (!(await cache.match(url, { ignoreVary: true }))) {
          await cache.add(url);
        }
      }
      kept.textContent = form.dataset.pageSource === 'device' ? text.fromDevice : text.kept;
      panel.dataset.offlineReady = 'true';
    }
    catch (error) {
      kept.textContent = form.dataset.pageSource === 'device' ? text.fromDevice : text.unavailable;
    }
  }

  async function forgetKeptPage() {
    try {
      const cache = await caches.open(cacheName);
      await cache.delete(keptUrl, { ignoreVary: true });
    }
    catch (error) {
      // no Cache Storage here (plain HTTP): nothing was kept
    }
  }

  async function start() {
    try {
      store = await openStore();
    }
    catch (error) {
      store = memoryStore();
    }
    const renderedAt = Number(form.dataset.renderedAt);
    fieldsets().forEach(function (set) {
      server.set(set.dataset.question, read(set));
    });
    for (const confirmed of await store.all('confirmed')) {
      const set = fieldset(confirmed.question);
      if (confirmed.savedAt <= renderedAt || !set) {
        await store.remove('confirmed', [assessment, confirmed.question]);
      }
      else {
        const value = { answer: confirmed.answer, evidence: confirmed.evidence, comment: confirmed.comment };
        server.set(confirmed.question, value);
        write(set, value);
      }
    }
    for (const entry of await store.all('answers')) {
      const set = fieldset(entry.question);
      if (set) {
        write(set, entry);
        markWaiting(set, true);
        if (entry.conflict) {
          showConflict(set, entry);
        }
      }
    }
    for (const photo of await store.all('photos')) {
      showPendingPhoto(photo);
    }
    updateProgress();
    await updateStatus();
    // every change is kept and sent as it is made; the button is for browsers without scripts
    const save = document.getElementById('save');
    if (save) {
      save.hidden = true;
    }

    let typing;
    form.addEventListener('change', function (event) {
      const set = event.target.closest('fieldset.question');
      if (set) {
        clearTimeout(typing);
        changed(set);
      }
    });
    form.addEventListener('input', function (event) {
      const set = event.target.closest('fieldset.question');
      if (set && event.target.tagName === 'TEXTAREA') {
        clearTimeout(typing);
        typing = setTimeout(function () {
          changed(set);
        }, 800);
      }
    });
    if (attachForm) {
      attachForm.addEventListener('submit', async function (event) {
        const input = attachForm.querySelector('input[type="file"]');
        if (!input.files.length) {
          return;
        }
        event.preventDefault();
        const file = input.files[0];
        const photo = { assessment: assessment, question: attachForm.querySelector('[name="questionId"]').value,
          name: file.name, type: file.type, blob: file, queuedAt: Date.now() };
        photo.key = await store.put('photos', photo);
        input.value = '';
        showPendingPhoto(photo);
        await updateStatus();
        flush();
      });
    }
    if (submitForm) {
      submitForm.addEventListener('submit', async function (event) {
        event.preventDefault();
        const waiting = (await store.all('answers')).length + (await store.all('photos')).length;
        if (waiting > 0) {
          status.textContent = text.waitBeforeSubmit;
          flush();
          return;
        }
        await forgetKeptPage();
        // the button with the id submit hides the form element's own submit method
        HTMLFormElement.prototype.submit.call(submitForm);
      });
    }
    window.addEventListener('online', function () {
      halted = false;
      flush();
    });
    window.addEventListener('offline', updateStatus);
    setInterval(function () {
      if (!halted) {
        flush();
      }
    }, 30000);
    await keepPage();
    flush();
  }

  start();
}());
