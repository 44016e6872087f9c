// The review page's one script. Clicking a field highlights its evidence; the search and filters show the reports
// that match; keys move between reports and warnings; each report can be marked checked and each field edited.
// Marks and edits are kept in the browser (localStorage, under the batch's key) and exported as corrections.csv,
// which `--corrections` applies on later runs. Listeners are attached here, not in inline handlers; text the
// person types is only ever set as text or a form value, never as markup.
export const pageScript = `
(function () {
  'use strict';
  var storageKey = 'breach-extract-review:' + (document.body.getAttribute('data-page-key') || '');
  var memory = null;
  function load() {
    try { return JSON.parse(window.localStorage.getItem(storageKey) || 'null') || { checked: {}, edits: {} }; }
    catch (error) { return memory || { checked: {}, edits: {} }; }
  }
  var state = load();
  function save() {
    memory = state;
    try { window.localStorage.setItem(storageKey, JSON.stringify(state)); } catch (error) { /* kept in memory */ }
    updateCounts();
  }
  var reports = Array.prototype.slice.call(document.querySelectorAll('article.report'));
  function idOf(report) { return report.getAttribute('data-record-id') || ''; }
  function editsOf(id) { return state.edits[id] || (state.edits[id] = {}); }

  // What earlier corrections (already in the records) said is where the browser starts, so an export is whole.
  reports.forEach(function (report) {
    var id = idOf(report);
    if (report.getAttribute('data-checked') === 'true' && state.checked[id] === undefined) state.checked[id] = true;
    report.querySelectorAll('tr.corrected button.edit').forEach(function (button) {
      var field = button.getAttribute('data-field');
      if (field && !(state.edits[id] && state.edits[id][field])) {
        editsOf(id)[field] = { value: button.getAttribute('data-value') || '', note: button.getAttribute('data-note') || '' };
      }
    });
  });

  function showPending(report, field) {
    var row = report.querySelector('tr[data-field="' + field + '"]');
    if (!row) return;
    var cell = row.querySelector('td.value');
    var old = cell.querySelector('.pending');
    if (old) old.remove();
    var edit = (state.edits[idOf(report)] || {})[field];
    if (!edit) { row.classList.remove('edited'); return; }
    var pending = document.createElement('div');
    pending.className = 'pending';
    pending.textContent = 'your value: ' + (edit.value === '' ? '(not stated)' : edit.value) + (edit.note ? ' (' + edit.note + ')' : '');
    cell.appendChild(pending);
    row.classList.add('edited');
  }

  reports.forEach(function (report) {
    var id = idOf(report);
    var box = report.querySelector('input.mark-checked');
    if (box) box.checked = state.checked[id] === true;
    report.classList.toggle('is-checked', state.checked[id] === true);
    Object.keys(state.edits[id] || {}).forEach(function (field) { showPending(report, field); });
  });

  function value(id) { var element = document.getElementById(id); return element ? element.value : ''; }
  function ticked(id) { var element = document.getElementById(id); return element ? element.checked : false; }
  function applyFilters() {
    var term = value('search').trim().toLowerCase();
    var status = value('filter-status'), type = value('filter-type'), producer = value('filter-producer');
    var field = value('filter-field'), onlyWarnings = ticked('only-warnings'), hideChecked = ticked('hide-checked');
    var shown = 0;
    reports.forEach(function (report) {
      var visible = (!term || (report.getAttribute('data-search') || '').indexOf(term) !== -1) &&
        (!status || report.getAttribute('data-status') === status) &&
        (!type || report.getAttribute('data-type') === type) &&
        (!producer || report.getAttribute('data-producer') === producer) &&
        (!field || (' ' + report.getAttribute('data-fields') + ' ').indexOf(' ' + field + ' ') !== -1) &&
        (!onlyWarnings || report.getAttribute('data-warnings') !== '0') &&
        (!hideChecked || state.checked[idOf(report)] !== true);
      report.hidden = !visible;
      if (visible) shown += 1;
    });
    var count = document.getElementById('shown-count');
    if (count) count.textContent = shown + ' of ' + reports.length + ' shown';
  }
  ['search', 'filter-status', 'filter-type', 'filter-producer', 'filter-field', 'only-warnings', 'hide-checked'].forEach(function (id) {
    var element = document.getElementById(id);
    if (element) element.addEventListener(id === 'search' ? 'input' : 'change', applyFilters);
  });

  function correctionCount() {
    var count = 0;
    Object.keys(state.edits).forEach(function (id) { count += Object.keys(state.edits[id]).length; });
    Object.keys(state.checked).forEach(function (id) { if (state.checked[id]) count += 1; });
    return count;
  }
  function updateCounts() {
    var count = document.getElementById('edit-count');
    if (count) count.textContent = correctionCount() + ' marks and edits to export';
  }

  var current = null;
  function setCurrent(report) {
    if (current) current.classList.remove('current');
    current = report;
    if (!report) return;
    report.classList.add('current');
    report.scrollIntoView({ block: 'start', behavior: 'auto' });
  }
  function move(step, test) {
    var visible = reports.filter(function (report) { return !report.hidden; });
    var at = current ? visible.indexOf(current) : -1;
    for (var i = at + step; i >= 0 && i < visible.length; i += step) {
      if (!test || test(visible[i])) { setCurrent(visible[i]); return; }
    }
  }
  function hasWarnings(report) { return report.getAttribute('data-warnings') !== '0'; }
  function setChecked(report, checked) {
    state.checked[idOf(report)] = checked;
    if (!checked) delete state.checked[idOf(report)];
    var box = report.querySelector('input.mark-checked');
    if (box) box.checked = checked;
    report.classList.toggle('is-checked', checked);
    save();
  }
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (target instanceof Element && target.closest('input, textarea, select')) {
      if (event.key === 'Escape' && target instanceof HTMLElement) target.blur();
      return;
    }
    if (event.key === 'j' || event.key === 'n') move(1);
    else if (event.key === 'k' || event.key === 'p') move(-1);
    else if (event.key === 'w') move(1, hasWarnings);
    else if (event.key === 'c' && current) setChecked(current, state.checked[idOf(current)] !== true);
    else if (event.key === '/') { event.preventDefault(); var search = document.getElementById('search'); if (search) search.focus(); }
    else return;
  });

  document.addEventListener('change', function (event) {
    var target = event.target;
    if (!(target instanceof HTMLInputElement) || !target.classList.contains('mark-checked')) return;
    var report = target.closest('article.report');
    if (report) setChecked(report, target.checked);
  });

  function openEditor(button) {
    var row = button.closest('tr');
    var report = button.closest('article.report');
    if (!row || !report) return;
    var next = row.nextElementSibling;
    if (next && next.classList.contains('editor')) { next.querySelector('textarea').focus(); return; }
    var field = button.getAttribute('data-field');
    var edit = (state.edits[idOf(report)] || {})[field];
    var editor = document.createElement('tr');
    editor.className = 'editor';
    var cell = document.createElement('td');
    cell.colSpan = 4;
    var input = document.createElement('textarea');
    input.className = 'edit-value';
    input.rows = 2;
    input.value = edit ? edit.value : (button.getAttribute('data-value') || '');
    input.setAttribute('aria-label', 'New value of ' + field + ' (list items one a line; empty for not stated)');
    var note = document.createElement('input');
    note.type = 'text';
    note.className = 'edit-note';
    note.placeholder = 'note: why, or where you read it';
    note.value = edit ? edit.note : '';
    var saveButton = document.createElement('button');
    saveButton.type = 'button';
    saveButton.className = 'edit-save';
    saveButton.textContent = 'save';
    var clear = document.createElement('button');
    clear.type = 'button';
    clear.className = 'edit-clear';
    clear.textContent = 'undo edit';
    var close = function () { editor.remove(); showPending(report, field); };
    saveButton.addEventListener('click', function () {
      editsOf(idOf(report))[field] = { value: input.value, note: note.value };
      save();
      close();
    });
    clear.addEventListener('click', function () {
      if (state.edits[idOf(report)]) delete state.edits[idOf(report)][field];
      save();
      close();
    });
    cell.appendChild(input);
    cell.appendChild(note);
    cell.appendChild(saveButton);
    cell.appendChild(clear);
    editor.appendChild(cell);
    row.parentNode.insertBefore(editor, row.nextSibling);
    input.focus();
  }

  document.addEventListener('click', function (event) {
    var target = event.target;
    var edit = target instanceof Element ? target.closest('button.edit') : null;
    if (edit) { openEditor(edit); return; }
    var button = target instanceof Element ? target.closest('button.field-link') : null;
    if (!button) return;
    var report = button.closest('article.report');
    var key = button.getAttribute('data-ev');
    if (!report || !key) return;
    report.querySelectorAll('mark.active').forEach(function (mark) { mark.classList.remove('active'); });
    report.querySelectorAll('button.field-link.selected').forEach(function (other) { other.classList.remove('selected'); });
    var marks = Array.prototype.filter.call(report.querySelectorAll('pre.doc mark'), function (mark) {
      return (mark.getAttribute('data-ev') || '').split(' ').indexOf(key) !== -1;
    });
    marks.forEach(function (mark) { mark.classList.add('active'); });
    button.classList.add('selected');
    if (marks[0]) marks[0].scrollIntoView({ block: 'center', behavior: 'auto' });
  });

  // A cell a spreadsheet would run as a formula gets an apostrophe, as in every CSV file breach-extract writes;
  // --corrections takes it off again.
  function csvCell(text) {
    var cell = /^[\\s]*[=+\\-@]|^[\\t\\r]/.test(text) ? "'" + text : text;
    return /[",;\\r\\n]/.test(cell) ? '"' + cell.replace(/"/g, '""') + '"' : cell;
  }
  function correctionsCsv() {
    var lines = ['record_id,field,value,note'];
    reports.forEach(function (report) {
      var id = idOf(report);
      if (state.checked[id]) lines.push([id, 'checked', '', ''].map(csvCell).join(','));
      var edits = state.edits[id] || {};
      Object.keys(edits).sort().forEach(function (field) {
        lines.push([id, field, edits[field].value, edits[field].note].map(csvCell).join(','));
      });
    });
    return lines.join('\\r\\n') + '\\r\\n';
  }
  var exportButton = document.getElementById('export');
  if (exportButton) {
    exportButton.addEventListener('click', function () {
      var text = correctionsCsv();
      var shown = document.getElementById('export-text');
      if (shown) { shown.value = text; shown.hidden = false; }
      var link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
      link.download = 'corrections.csv';
      document.body.appendChild(link);
      link.click();
      link.remove();
    });
  }
  applyFilters();
  updateCounts();
})();
`;
