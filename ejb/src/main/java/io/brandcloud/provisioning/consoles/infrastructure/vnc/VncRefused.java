package io.brandcloud.provisioning.consoles.infrastructure.vnc;

/** A VNC conversation that cannot go on; the message is the reason the console shows. */
final class VncRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  VncRefused(String reason) {
    super(reason, null, false, false);
  }
}
