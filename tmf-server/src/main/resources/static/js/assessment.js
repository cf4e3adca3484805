/*
 * Questionnaire autosave: each change of an answer, evidence or comment sends the fields of that question to the
 * server (with the CSRF token of the page) and updates the progress; texts come from data attributes of the page.
 * Without scripts the save button sends the whole form.
 */
(function () {
  'use strict';
  var form = document.getElementById('questionnaire');
  var status = document.getElementById('autosave-status');
  if (!form || !status || form.querySelector('fieldset[disabled]')) {
    return;
  }
  var csrf = form.querySelector('input[name="_csrf"]');
  var progressText = document.getElementById('progress-text');
  var progressBar = document.getElementById('progress-bar');

  function save(fieldset) {
    var id = fieldset.dataset.question;
    var answer = fieldset.querySelector('input[name="answer_' + id + '"]:checked');
    if (!answer) {
      return;
    }
    var body = new URLSearchParams();
    body.set('answer_' + id, answer.value);
    body.set('evidence_' + id, fieldset.querySelector('[name="evidence_' + id + '"]').value);
    body.set('comment_' + id, fieldset.querySelector('[name="comment_' + id + '"]').value);
    status.textContent = status.dataset.saving;
    fetch(form.action, {
      method: 'POST', credentials: 'same-origin', body: body,
      headers: { Accept: 'application/json', 'X-CSRF-TOKEN': csrf ? csrf.value : '' }
    }).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) {
          throw new Error((json.errors || []).join(' '));
        }
        return json;
      });
    }).then(function (progress) {
      status.textContent = status.dataset.saved;
      progressText.textContent = progressText.dataset.template.replace('{0}', progress.answered)
        .replace('{1}', progress.questions);
      progressBar.max = progress.questions;
      progressBar.value = progress.answered;
      fieldset.dataset.saved = 'true';
    }).catch(function (error) {
      status.textContent = status.dataset.failed + ' ' + error.message;
    });
  }

  form.addEventListener('change', function (event) {
    var fieldset = event.target.closest('fieldset.question');
    if (fieldset) {
      save(fieldset);
    }
  });
}());
