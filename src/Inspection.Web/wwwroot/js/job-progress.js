// Keeps an upload's progress page current while its job runs, without reloading the page (so focus and reading position stay).
(function () {
  var job = document.getElementById('job');
  if (!job || job.dataset.finished === 'true') { return; }
  var words = { created: 'Added', duplicate: 'Already held', rejected: 'Not added', pending: 'Waiting' };
  var lastDone = -1;

  function cell(text) { var td = document.createElement('td'); td.textContent = text; return td; }
  var months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  function ukDate(iso) {
    if (!iso) { return 'undated'; }
    var parts = iso.split('-');
    return parseInt(parts[2], 10) + ' ' + months[parseInt(parts[1], 10) - 1] + ' ' + parts[0];
  }
  function recognised(f) {
    var td = document.createElement('td');
    if (f.kind) {
      var n = f.findings || 0;
      var span = document.createElement('span');
      span.textContent = (f.kindName || f.kind) + ', ' + ukDate(f.date) + ', ' + (f.organisation || 'organisation not recognised') + ', ' + n + (n === 1 ? ' finding' : ' findings');
      td.appendChild(span);
    }
    if (f.warnings && f.warnings.length) {
      var ul = document.createElement('ul');
      ul.className = 'warnings';
      f.warnings.forEach(function (w) {
        var li = document.createElement('li');
        var hidden = document.createElement('span');
        hidden.className = 'visually-hidden';
        hidden.textContent = 'Warning: ';
        li.appendChild(hidden);
        li.appendChild(document.createTextNode(w));
        ul.appendChild(li);
      });
      td.appendChild(ul);
    }
    return td;
  }

  function render(p) {
    var status = document.getElementById('job-status');
    var bar = document.getElementById('job-progress');
    bar.max = p.total; bar.value = p.done; bar.textContent = p.done + ' of ' + p.total;
    // Announce only when the count moves, so a screen reader is not talked over every second.
    if (p.done !== lastDone || p.finished) {
      status.textContent = p.finished ? 'Finished: ' + p.done + ' of ' + p.total + ' files dealt with.' : p.done + ' of ' + p.total + ' files dealt with so far.';
      lastDone = p.done;
    }
    var held = document.getElementById('job-held');
    if (held) {
      var reason = !p.finished && p.held ? p.held.reason : null;
      held.hidden = !reason;
      document.getElementById('job-held-text').textContent = reason
        ? 'The files are waiting because ' + reason + '. Nothing you uploaded is lost: they are tried again every few seconds, and added once the data folder can be written.'
        : '';
    }
    var body = document.getElementById('job-files');
    body.replaceChildren();
    p.files.forEach(function (f) {
      var tr = document.createElement('tr');
      tr.appendChild(cell(f.fileName));
      var result = document.createElement('td');
      var tag = document.createElement('span');
      tag.className = 'tag' + (f.status === 'rejected' ? ' red' : f.status === 'created' ? ' green' : '');
      tag.textContent = words[f.status] || f.status;
      result.appendChild(tag);
      tr.appendChild(result);
      tr.appendChild(recognised(f));
      var details = document.createElement('td');
      if (f.documentId) {
        var a = document.createElement('a');
        a.href = '/documents/' + encodeURIComponent(f.documentId);
        a.textContent = 'Open the document';
        var hidden = document.createElement('span');
        hidden.className = 'visually-hidden';
        hidden.textContent = ' made from ' + f.fileName;
        a.appendChild(hidden);
        details.appendChild(a);
      }
      if (f.error) { details.appendChild(document.createTextNode(' ' + f.error)); }
      tr.appendChild(details);
      body.appendChild(tr);
    });
    return p.finished;
  }

  function poll() {
    fetch('/api/jobs/' + encodeURIComponent(job.dataset.jobId), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
      .then(function (p) { if (!render(p)) { setTimeout(poll, 1000); } else { job.dataset.finished = 'true'; } })
      .catch(function () { setTimeout(poll, 5000); });
  }
  setTimeout(poll, 500);
})();
