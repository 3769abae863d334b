/* The server console: xterm.js on the page, the console's WebSocket on this host. */
(function () {
  var holder = document.getElementById('bc-console');
  var status = document.getElementById('bc-console-status');
  if (!holder || !window.Terminal) {
    return;
  }
  var terminal = new window.Terminal({ cursorBlink: true, fontSize: 14, scrollback: 2000 });
  var fit = new window.FitAddon.FitAddon();
  terminal.loadAddon(fit);
  terminal.open(holder);
  fit.fit();
  window.addEventListener('resize', function () { fit.fit(); });

  var scheme = window.location.protocol === 'https:' ? 'wss://' : 'ws://';
  var socket = new WebSocket(scheme + window.location.host + holder.dataset.socket);
  socket.onopen = function () {
    status.textContent = holder.dataset.open;
    terminal.focus();
  };
  socket.onmessage = function (event) {
    terminal.write(event.data);
  };
  socket.onclose = function (event) {
    status.textContent = holder.dataset.closed + (event.reason ? ': ' + event.reason : '');
    terminal.options.disableStdin = true;
  };
  function send(keys) {
    if (socket.readyState === WebSocket.OPEN) {
      socket.send(keys);
    }
  }

  // the keys a phone's keyboard lacks: Ctrl holds for the next key typed, the others are sent at once
  var sequences = { esc: '\x1b', tab: '\t', up: '\x1b[A', down: '\x1b[B', right: '\x1b[C', left: '\x1b[D' };
  var ctrlButton = document.querySelector('[data-console-key=ctrl]');
  var ctrl = false;
  function holdCtrl(held) {
    ctrl = held;
    if (ctrlButton) {
      ctrlButton.setAttribute('aria-pressed', String(held));
    }
  }
  document.querySelectorAll('[data-console-key]').forEach(function (button) {
    button.addEventListener('click', function () {
      var key = button.dataset.consoleKey;
      if (key === 'ctrl') {
        holdCtrl(!ctrl);
      } else {
        send(sequences[key]);
      }
      terminal.focus();
    });
  });

  terminal.onData(function (keys) {
    if (ctrl && keys.length === 1) {
      var code = keys.toUpperCase().charCodeAt(0);
      if (code >= 64 && code <= 95) {
        keys = String.fromCharCode(code - 64);
      }
      holdCtrl(false);
    }
    send(keys);
  });
}());
