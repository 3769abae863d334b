package io.brandcloud.platform.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The domains tenants asked for, across the platform. */
public interface DomainRequests {

  /** Keeps a request; empty when the domain is asked for already (by any tenant). */
  Optional<DomainRequest> add(
      long tenantId, String domain, String token, String requestedBy, Instant at);

  List<DomainRequest> ofTenant(long tenantId);

  /** Every open request, oldest first. */
  List<DomainRequest> all();

  Optional<DomainRequest> find(long id);

  /** Removes the request; false when it was gone already. */
  boolean remove(long id);
}
