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
  terminal.onData(function (keys) {
    if (socket.readyState === WebSocket.OPEN) {
      socket.send(keys);
    }
  });
}());
