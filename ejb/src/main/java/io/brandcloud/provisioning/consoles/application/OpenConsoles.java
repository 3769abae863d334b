package io.brandcloud.provisioning.consoles.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The consoles open on this node, per tenant and server, so one server has at most {@value
 * #PER_SERVER} at once (each holds a provider session and a socket).
 */
@ApplicationScoped
public class OpenConsoles {

  static final int PER_SERVER = 2;

  private final ConcurrentMap<String, Integer> open = new ConcurrentHashMap<>();

  /** Takes a place for one more console of the server; false when it has all it may. */
  boolean take(long tenantId, long serverId) {
    boolean[] taken = {false};
    open.compute(
        tenantId + ":" + serverId,
        (key, count) -> {
          int now = count == null ? 0 : count;
          taken[0] = now < PER_SERVER;
          return taken[0] ? now + 1 : now;
        });
    return taken[0];
  }

  void release(long tenantId, long serverId) {
    open.computeIfPresent(tenantId + ":" + serverId, (key, count) -> count > 1 ? count - 1 : null);
  }
}
