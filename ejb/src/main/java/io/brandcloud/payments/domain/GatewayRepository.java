package io.brandcloud.payments.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The current tenant's gateway accounts ({@code payment_gateways}), one per kind. */
public interface GatewayRepository {

  Optional<GatewaySettings> find(GatewayKind kind);

  Optional<GatewaySettings> find(long id);

  List<GatewaySettings> all();

  /** Adds or replaces the account of the settings' kind; answers its id. */
  long save(GatewaySettings settings, Instant at);

  void checked(long id, Instant at, String error);
}
