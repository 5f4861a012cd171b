/* The public sign-in page's only script (server/modules/attendance/page.ts): the signature
 * canvas and the form's submit. Plain ES2017 for old phone browsers, no library, a few KB. */
/* global document, window, fetch */
(function () {
  'use strict';
  var form = document.getElementById('sign-in');
  if (!form) return;
  var texts = JSON.parse(document.getElementById('sign-in-texts').textContent);
  var token = form.getAttribute('data-token');
  var lang = form.getAttribute('data-lang');
  var canvas = document.getElementById('signature-pad');
  var ctx = canvas.getContext('2d');
  var drawn = false;
  var drawing = false;
  var last = null;

  // The canvas keeps the box's size on screen, at most 2× for sharp lines, capped so the PNG
  // stays a few KB (the server refuses large ones).
  function sizeCanvas() {
    var ratio = Math.min(window.devicePixelRatio || 1, 2);
    var width = Math.min(canvas.clientWidth, 640);
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(180 * ratio);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.lineWidth = 2.2;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#0a1f5c';
    drawn = false;
  }
  sizeCanvas();

  function point(event) {
    var rect = canvas.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  }
  canvas.addEventListener('pointerdown', function (event) {
    event.preventDefault();
    if (canvas.setPointerCapture) canvas.setPointerCapture(event.pointerId);
    drawing = true;
    last = point(event);
    ctx.beginPath();
    ctx.arc(last.x, last.y, 1, 0, Math.PI * 2);
    ctx.fillStyle = ctx.strokeStyle;
    ctx.fill();
    drawn = true;
  });
  canvas.addEventListener('pointermove', function (event) {
    if (!drawing) return;
    event.preventDefault();
    var p = point(event);
    ctx.beginPath();
    ctx.moveTo(last.x, last.y);
    ctx.lineTo(p.x, p.y);
    ctx.stroke();
    last = p;
    drawn = true;
  });
  function stop() {
    drawing = false;
    if (drawn) showError('signature', '');
  }
  canvas.addEventListener('pointerup', stop);
  canvas.addEventListener('pointercancel', stop);
  canvas.addEventListener('pointerleave', stop);
  document.getElementById('clear-signature').addEventListener('click', function () {
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    drawn = false;
    canvas.focus();
  });

  function inputOf(name) {
    return name === 'signature'
      ? canvas
      : name === 'sex'
        ? form.querySelector('input[name=sex]')
        : form.elements[name];
  }
  function showError(name, message) {
    var box = document.getElementById(name + '-error');
    var input = inputOf(name);
    if (!box) return false;
    box.textContent = message || '';
    box.hidden = !message;
    if (input) {
      if (message) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
    return true;
  }
  function value(name) {
    if (name === 'sex') {
      var checked = form.querySelector('input[name=sex]:checked');
      return checked ? checked.value : '';
    }
    return form.elements[name].value.trim();
  }
  var FIELDS = ['fullName', 'sex', 'institution', 'position', 'phone', 'email', 'disability', 'signature'];

  function check() {
    var errors = {};
    if (!value('fullName')) errors.fullName = texts.required;
    if (!value('sex')) errors.sex = texts.required;
    if (!value('institution')) errors.institution = texts.required;
    if (!value('phone') && !value('email')) errors.phone = texts.contactRequired;
    if (!drawn && !value('disability')) errors.signature = texts.signatureRequired;
    return errors;
  }
  function show(errors) {
    var first = null;
    var other = [];
    FIELDS.forEach(function (name) {
      showError(name, errors[name] || '');
      if (errors[name] && !first) first = name;
    });
    Object.keys(errors).forEach(function (name) {
      if (FIELDS.indexOf(name) < 0) other.push(errors[name]);
    });
    var formError = document.getElementById('form-error');
    var any = Object.keys(errors).length > 0;
    formError.textContent = other.length ? other.join(' ') : any ? texts.fixErrors : '';
    formError.hidden = !any;
    if (first) inputOf(first).focus();
  }

  var submit = form.querySelector('button[type=submit]');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var errors = check();
    show(errors);
    if (Object.keys(errors).length) return;
    var body = { lang: lang };
    FIELDS.forEach(function (name) {
      if (name !== 'signature' && value(name)) body[name] = value(name);
    });
    if (drawn) body.signature = canvas.toDataURL('image/png');
    submit.disabled = true;
    submit.textContent = texts.sending;
    fetch('/api/public/sign-in/' + encodeURIComponent(token), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': lang },
      body: JSON.stringify(body),
      credentials: 'omit',
    })
      .then(function (response) {
        return response.json().then(function (data) {
          return { ok: response.ok, data: data };
        });
      })
      .then(function (result) {
        if (result.ok) return done(result.data);
        var error = (result.data && result.data.error) || {};
        var fields = error.fields || {};
        if (!Object.keys(fields).length) fields = { _: error.message || texts.networkError };
        show(fields);
      })
      .catch(function () {
        show({ _: texts.networkError });
      })
      .then(function () {
        submit.disabled = false;
        submit.textContent = texts.submit;
      });
  });

  function done(answer) {
    var box = document.getElementById('done');
    box.textContent = '';
    var title = document.createElement('p');
    title.style.fontWeight = '600';
    title.textContent = texts.doneTitle;
    var message = document.createElement('p');
    message.textContent = answer.message;
    var again = document.createElement('a');
    again.href = window.location.pathname + '?lang=' + lang;
    again.textContent = texts.another;
    box.appendChild(title);
    box.appendChild(message);
    box.appendChild(again);
    box.hidden = false;
    form.hidden = true;
    box.focus();
  }
})();
