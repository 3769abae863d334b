package io.brandcloud.identity.domain;

import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The current tenant's organisations, each with exactly one owner. */
public interface OrganisationRepository {

  /** Stores an organisation with {@code ownerId} as its owner; returns its id. */
  long create(String name, boolean personal, long ownerId, Instant at);

  Optional<OrganisationOwner> owner(long organisationId);

  /** The organisation a user got when they signed up. */
  Optional<Long> personalOf(long userId);

  /** Every organisation open (or every one closed) with its owner, by name. */
  Page<OrganisationSummary> summaries(boolean closed, PageRequest page);

  /**
   * The organisations whose name, a member's name or address, or a server's host name contains
   * {@code text}, or a server of which has {@code text} as its address; open ones or closed ones,
   * by name.
   */
  Page<OrganisationSummary> matching(String text, boolean closed, PageRequest page);

  /** Marks the organisation closed; false when it was closed already. */
  boolean close(long organisationId, String closedBy, Instant at);

  Optional<OrganisationSummary> summary(long organisationId);

  /** The names of these organisations, by id; unknown ids are left out. */
  Map<Long, String> names(Collection<Long> organisationIds);
}
