/* A VNC console: noVNC on the page, the console's WebSocket on this host. The panel has answered
   the server's password already, so noVNC is offered no security and asks for nothing. */
import RFB from './novnc/core/rfb.js';

const holder = document.getElementById('bc-vnc');
const status = document.getElementById('bc-console-status');

if (holder) {
  const scheme = window.location.protocol === 'https:' ? 'wss://' : 'ws://';
  const rfb = new RFB(holder, scheme + window.location.host + holder.dataset.socket);
  rfb.scaleViewport = true;
  rfb.background = 'transparent';
  rfb.addEventListener('connect', () => {
    status.textContent = holder.dataset.open;
    holder.dataset.state = 'connected';
    rfb.focus();
  });
  rfb.addEventListener('disconnect', () => {
    status.textContent = holder.dataset.closed;
    holder.dataset.state = 'closed';
  });
  rfb.addEventListener('desktopname', (event) => {
    holder.dataset.desktop = event.detail.name;
  });
  const keys = document.getElementById('bc-vnc-ctrl-alt-del');
  if (keys) {
    keys.addEventListener('click', () => rfb.sendCtrlAltDel());
  }
  const whole = document.getElementById('bc-vnc-fullscreen');
  if (whole) {
    whole.addEventListener('click', () => holder.requestFullscreen());
  }
}
