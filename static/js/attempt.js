/* Attempt pages: autosave answers as they change, retry while offline, and count
   down from the server's deadline. Answers not yet saved are also kept on the
   device (localStorage) until the server has them, so a page the phone dropped
   or reloaded gets them back. The pages work without this file: every button
   posts the form, which the server saves. No library. */
(function () {
  "use strict";
  var form = document.getElementById("attempt-form");
  var statusEl = document.getElementById("attempt-status");
  var timer = document.getElementById("attempt-timer");
  var onceForm = document.querySelector("form[data-submit-once]");
  var dirty = false, busy = false, retry = null, typing = null, fileInput = null;
  var closed = false;

  function say(text) { if (statusEl) statusEl.textContent = text; }

  function payload() {
    var data = new FormData(form);
    form.querySelectorAll("input[type=file]").forEach(function (input) {
      if (input !== fileInput) data.delete(input.name);  // upload only what changed
    });
    return data;
  }

  function showErrors(errors) {
    form.querySelectorAll("[data-errors]").forEach(function (box) { box.textContent = ""; });
    Object.keys(errors || {}).forEach(function (name) {
      var match = /^q(\d+)/.exec(name);
      var box = match && form.querySelector("#soal-" + match[1] + " [data-errors]");
      if (box) box.textContent = errors[name].join(" ");
    });
  }

  /* Questions of this page answered now; the header's count follows them. */
  function answeredOnPage() {
    var n = 0;
    form.querySelectorAll("[data-question]").forEach(function (box) {
      var answered = Array.prototype.some.call(
        box.querySelectorAll("input, select, textarea"), function (el) {
          return (el.type === "radio" || el.type === "checkbox") ? el.checked : !!el.value.trim();
        }) || !!box.querySelector("[data-saved-file]");
      var nav = form.querySelector("[data-nav='" + box.dataset.question + "']");
      if (nav && !nav.getAttribute("aria-current")) {
        nav.classList.toggle("btn-outline-success", answered);
        nav.classList.toggle("btn-outline-secondary", !answered);
      }
      if (answered) n++;
    });
    return n;
  }
  var counter = document.getElementById("answered-count");
  var elsewhere = form && counter ? parseInt(counter.dataset.answered, 10) - answeredOnPage() : 0;
  function markAnswered() {
    var n = answeredOnPage();
    if (counter) counter.textContent = elsewhere + n;
  }

  /* The device's copy of this page's answers that the server does not have yet. */
  var draftKey = form ? "lms-attempt-draft:" + form.dataset.autosaveUrl : null;
  function fields() {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && /^q\d/.test(el.name) && el.type !== "file";
    });
  }
  function keepDraft() {
    var draft = {};
    fields().forEach(function (el) {
      if (el.type === "radio" || el.type === "checkbox") {
        draft[el.name] = draft[el.name] || [];
        if (el.checked) draft[el.name].push(el.value);
      } else {
        draft[el.name] = el.value;
      }
    });
    try { localStorage.setItem(draftKey, JSON.stringify(draft)); } catch (e) { /* full or off */ }
  }
  function dropDraft() {
    try { localStorage.removeItem(draftKey); } catch (e) { /* off */ }
  }
  function restoreDraft() {
    var draft = null;
    try { draft = JSON.parse(localStorage.getItem(draftKey) || "null"); } catch (e) { draft = null; }
    if (!draft) return false;
    fields().forEach(function (el) {
      if (!(el.name in draft)) return;
      var value = draft[el.name];
      if (el.type === "radio" || el.type === "checkbox") {
        el.checked = Array.isArray(value) && value.indexOf(el.value) !== -1;
      } else {
        el.value = value;
      }
    });
    return true;
  }

  function later() {
    clearTimeout(retry);
    retry = setTimeout(save, 5000);
  }

  function save() {
    if (closed || !dirty) return;
    if (busy) return;  // the running save sends again when it ends
    if (!navigator.onLine) { say(form.dataset.msgOffline); later(); return; }
    busy = true; dirty = false;
    var sentFile = fileInput;
    say(form.dataset.msgSaving);
    fetch(form.dataset.autosaveUrl, {
      method: "POST", body: payload(), credentials: "same-origin",
      headers: {"X-Requested-With": "fetch", "Accept": "application/json"}
    }).then(function (response) {
      if (response.status >= 500) throw new Error(response.status);
      if (response.redirected || (!response.ok && response.status !== 409)) {
        return [response.status, null];  // logged out or refused: reloading tells why
      }
      return response.json().then(function (body) { return [response.status, body]; });
    }).then(function (result) {
      var body = result[1];
      busy = false;
      if (!body) { say(form.dataset.msgError); return; }
      if (result[0] === 409 || body.closed) {
        closed = true; say(body.message || ""); dropDraft();
        if (body.result_url) window.location.assign(body.result_url);
        return;
      }
      if (sentFile === fileInput) fileInput = null;
      Object.keys(body.files || {}).forEach(function (position) {
        var box = form.querySelector("#soal-" + position);
        var input = box && box.querySelector("input[type=file]");
        if (!input) return;
        input.value = "";  // saved: not sent again with the next page
        var note = box.querySelector("[data-saved-file]");
        if (!note) {
          note = document.createElement("p");
          note.className = "small mt-1 mb-0";
          note.setAttribute("data-saved-file", "");
          input.insertAdjacentElement("afterend", note);
        }
        note.textContent = form.dataset.msgFile + ": " + body.files[position];
      });
      showErrors(body.errors);
      var hasErrors = body.errors && Object.keys(body.errors).length;
      say(hasErrors ? form.dataset.msgError : form.dataset.msgSaved + " " + body.saved_at);
      if (typeof body.remaining === "number") startClock(body.remaining);
      markAnswered();
      if (!hasErrors && !dirty) dropDraft();  // the server has every answer now
      if (dirty) save();
    }).catch(function () {
      busy = false; dirty = true;
      say(form.dataset.msgOffline);
      later();
    });
  }

  function changed(event) {
    dirty = true;
    keepDraft();
    markAnswered();
    if (event.target.type === "file") fileInput = event.target;
    clearTimeout(typing);
    if (event.type === "input" && event.target.type !== "radio" && event.target.type !== "checkbox") {
      typing = setTimeout(save, 1200);  // typing: wait for a pause
    } else {
      save();
    }
  }

  /* Countdown from the server's remaining seconds, on a monotonic clock. */
  var endsAt = null, ticking = null;
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function startClock(seconds) {
    if (!timer) return;
    endsAt = performance.now() + seconds * 1000;
    if (!ticking) { ticking = setInterval(tick, 1000); tick(); }
  }
  function tick() {
    var left = Math.max(0, Math.round((endsAt - performance.now()) / 1000));
    var h = Math.floor(left / 3600), m = Math.floor(left % 3600 / 60), s = left % 60;
    timer.querySelector("[data-timer-text]").textContent = (h ? h + ":" + pad(m) : pad(m)) + ":" + pad(s);
    if (left <= 60) { timer.classList.add("text-bg-danger"); timer.classList.remove("text-bg-warning"); }
    if (left <= 1 && !closed) timeUp();
  }
  function timeUp() {
    closed = true; clearInterval(ticking);
    if (form) dropDraft();  // posted with the form below
    if (form) {
      say(form.dataset.msgTimeup);
      form.action = form.dataset.submitUrl;  // the submit view saves these answers first
      var flag = document.createElement("input");
      flag.type = "hidden"; flag.name = "timeup"; flag.value = "1";
      form.appendChild(flag);
      form.submit();
    } else if (onceForm) {
      onceForm.submit();
    }
  }

  if (form) {
    form.addEventListener("change", changed);
    form.addEventListener("input", changed);
    form.addEventListener("submit", function (event) {
      if (!navigator.onLine) {  // keep the page (and its answers) instead of an error page
        event.preventDefault(); say(form.dataset.msgOffline); return;
      }
      closed = true; clearTimeout(typing);
      dropDraft();  // the posted form carries every answer of this page
    });
    window.addEventListener("online", save);
    if (restoreDraft()) {  // answers this device had not saved yet: back, and sent
      dirty = true;
      markAnswered();
      say(form.dataset.msgRestored);
      save();
    }
    form.dataset.ready = "1";  // listening (tests wait for it)
  }
  if (onceForm) {
    onceForm.addEventListener("submit", function (event) {
      if (onceForm.dataset.sent) { event.preventDefault(); return; }
      onceForm.dataset.sent = "1";
      setTimeout(function () {
        onceForm.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
      }, 0);
    });
  }
  if (timer) startClock(parseInt(timer.dataset.remaining, 10) || 0);
})();
