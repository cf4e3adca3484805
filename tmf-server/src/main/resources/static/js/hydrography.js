/*
 * Hydrography import page: sends the chosen file as the request body with upload progress, then polls the
 * import's progress until it ends and reloads the page to show its report. Every text comes from the page
 * (data attributes and translated JSON answers); none is written here.
 */
(function () {
  'use strict';
  var form = document.getElementById('river-import');
  var card = document.getElementById('import-job');
  if (!form || !card) {
    return;
  }
  var csrf = form.querySelector('input[name="_csrf"]');
  var bar = document.getElementById('job-progress');
  var items = document.getElementById('job-items');
  var state = document.getElementById('job-state');
  var phase = document.getElementById('job-phase');
  var message = document.getElementById('job-message');
  var cancel = document.getElementById('job-cancel');
  var jobId = card.dataset.jobState === 'RUNNING' ? card.dataset.jobId : null;

  function headers(request) {
    if (csrf) {
      request.setRequestHeader('X-CSRF-TOKEN', csrf.value);
    }
    request.setRequestHeader('Accept', 'application/json');
  }

  function showErrors(errors) {
    Object.keys(errors).forEach(function (field) {
      var feedback = form.querySelector('[data-error-for="' + field + '"]');
      var input = form.querySelector('[name="' + field + '"]');
      if (feedback) {
        feedback.textContent = errors[field];
        feedback.style.display = 'block';
      }
      if (input) {
        input.classList.add('is-invalid');
      }
    });
  }

  function clearErrors() {
    form.querySelectorAll('[data-error-for]').forEach(function (feedback) {
      feedback.textContent = '';
      feedback.style.display = '';
    });
    form.querySelectorAll('.is-invalid').forEach(function (input) {
      input.classList.remove('is-invalid');
    });
  }

  function show(status) {
    card.hidden = false;
    card.dataset.jobState = status.state;
    state.textContent = status.stateLabel;
    phase.textContent = status.phaseLabel;
    bar.value = status.percent;
    items.textContent = form.dataset.textItems + ' ' + Number(status.items).toLocaleString();
    message.textContent = status.message || '';
    cancel.hidden = !status.cancellable;
  }

  function poll() {
    var request = new XMLHttpRequest();
    request.open('GET', form.dataset.progressUrl + jobId);
    headers(request);
    request.onload = function () {
      if (request.status !== 200) {
        return;
      }
      var status = JSON.parse(request.responseText);
      show(status);
      if (status.state === 'RUNNING') {
        window.setTimeout(poll, 1000);
      }
      else {
        window.location.reload();
      }
    };
    request.send();
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearErrors();
    var file = document.getElementById('import-file').files[0];
    var parameters = new URLSearchParams();
    ['name', 'format', 'mode', 'toleranceKm', 'scale'].forEach(function (field) {
      parameters.set(field, form.elements[field].value);
    });
    if (file) {
      parameters.set('fileName', file.name);
    }
    var request = new XMLHttpRequest();
    request.open('POST', form.action + '?' + parameters.toString());
    headers(request);
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    card.hidden = false;
    state.textContent = form.dataset.textUploading;
    phase.textContent = '';
    message.textContent = '';
    request.upload.onprogress = function (progress) {
      if (progress.lengthComputable) {
        bar.value = Math.round(100 * progress.loaded / progress.total);
      }
    };
    request.onload = function () {
      var body = {};
      try {
        body = JSON.parse(request.responseText);
      }
      catch (ignored) {
        body = {};
      }
      if (request.status === 202) {
        jobId = body.id;
        show(body);
        poll();
      }
      else if (body.errors) {
        card.hidden = true;
        showErrors(body.errors);
      }
      else {
        message.textContent = form.dataset.textFailed;
      }
    };
    request.onerror = function () {
      message.textContent = form.dataset.textFailed;
    };
    request.send(file || new Blob([]));
  });

  cancel.addEventListener('click', function () {
    var request = new XMLHttpRequest();
    request.open('POST', card.dataset.cancelUrl + jobId + '/cancel');
    headers(request);
    request.send();
  });

  if (jobId) {
    poll();
  }
}());
