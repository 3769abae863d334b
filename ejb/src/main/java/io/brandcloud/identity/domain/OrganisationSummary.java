package io.brandcloud.identity.domain;

import java.io.Serializable;
import java.time.Instant;

/** An organisation as staff list it: a customer account with its owner; closed ones say when. */
public record OrganisationSummary(
    long id,
    String name,
    boolean personal,
    long ownerId,
    String ownerEmail,
    Instant createdAt,
    Instant closedAt)
    implements Serializable {}
