/**
 * The console of VirtFusion servers: the provider's VNC WebSocket, proxied to noVNC in the browser.
 * The panel answers the VNC password challenge itself and offers the browser no security, so the
 * password never leaves the panel; after the handshake the two sides speak RFB directly.
 */
package io.brandcloud.provisioning.consoles.infrastructure.vnc;
