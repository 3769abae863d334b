package io.brandcloud.platform.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Maintenance windows and bypass links, platform-wide and per tenant (null tenant: platform). */
public interface MaintenanceRepository {

  /** Opens the window of the scope, or changes the open one's words and end. */
  void open(MaintenanceWindow window);

  void close(Long tenantId);

  Optional<MaintenanceWindow> window(Long tenantId);

  List<MaintenanceWindow> openWindows();

  long addBypass(
      Long tenantId, String name, String tokenHash, Instant expiresAt, String by, Instant at);

  List<MaintenanceBypass> bypasses(Long tenantId, Instant now);

  /** Removes a bypass of the scope; false if it has none with this id. */
  boolean removeBypass(Long tenantId, long bypassId);

  /** The scope of the live bypass with this digest, if any (empty Optional inside: platform). */
  Optional<Optional<Long>> bypassScope(String tokenHash, Instant now);
}
