// The review page's one small script: clicking a field highlights its evidence and scrolls it into view; the
// checkbox shows only reports with warnings. Listeners are attached here, not in inline handlers.
export const pageScript = `
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    var target = event.target;
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
  var filter = document.getElementById('only-warnings');
  if (filter) {
    filter.addEventListener('change', function () { document.body.classList.toggle('only-warnings', filter.checked); });
  }
})();
`;
