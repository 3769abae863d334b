/*
 * Live pages: one push socket per page. Each <span class="bc-push"> names the topics it follows and
 * the remote command that re-reads its part of the page; a notice runs the commands that follow its
 * topic (several notices within a moment run each command once). A notice "*" runs every command: the
 * socket sends it as it opens if the page may have missed a change since it was drawn (the first
 * socket says when that was) and after every reconnect. The socket reconnects with a
 * fresh ticket after a drop or a restart, waiting longer each time; a logged-out page stops trying.
 */
(function () {
  var marks = document.querySelectorAll('.bc-push');
  if (!marks.length || !window.WebSocket || !window.fetch || window.bcPush) {
    return;
  }
  var tickets = marks[0].dataset.pushTickets;
  var since = marks[0].dataset.pushSince;
  var scheme = window.location.protocol === 'https:' ? 'wss://' : 'ws://';
  var root = document.documentElement;
  var pending = {};
  var flushing = null;
  var retry = 1000;
  var keepAlive = null;
  window.bcPush = { state: 'connecting' };

  function state(now) {
    window.bcPush.state = now;
    root.dataset.push = now;
  }

  function follows(mark, topics) {
    return topics.indexOf('*') >= 0 || mark.dataset.pushTopics.split(' ').some(function (topic) {
      return topics.indexOf(topic) >= 0;
    });
  }

  function flush() {
    var topics = Object.keys(pending);
    pending = {};
    flushing = null;
    document.querySelectorAll('.bc-push').forEach(function (mark) {
      var command = window[mark.dataset.pushCommand];
      if (follows(mark, topics) && typeof command === 'function') {
        command();
      }
    });
  }

  function heard(topic) {
    pending[topic] = true;
    if (!flushing) {
      flushing = window.setTimeout(flush, 150);
    }
  }

  function later() {
    state('waiting');
    window.setTimeout(connect, retry + Math.random() * retry);
    retry = Math.min(retry * 2, 30000);
  }

  function open(path) {
    // only the first socket may say when the page was drawn; after a drop the page reads everything
    var drawn = since ? '?since=' + encodeURIComponent(since) : '';
    since = null;
    var socket = new WebSocket(scheme + window.location.host + path + drawn);
    socket.onopen = function () {
      retry = 1000;
      state('open');
      keepAlive = window.setInterval(function () { socket.send('.'); }, 25000);
    };
    socket.onmessage = function (event) {
      heard(JSON.parse(event.data).topic);
    };
    socket.onclose = function () {
      window.clearInterval(keepAlive);
      later();
    };
  }

  function connect() {
    state('connecting');
    window.fetch(tickets, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: '{}'
    }).then(function (answer) {
      if (answer.status === 401 || answer.status === 403) {
        state('stopped');
        return null;
      }
      if (!answer.ok) {
        throw new Error('push ticket: ' + answer.status);
      }
      return answer.json();
    }).then(function (ticket) {
      if (ticket) {
        open(ticket.socketPath);
      }
    }).catch(later);
  }

  connect();
}());
