package io.brandcloud.identity.domain;

import java.time.Instant;

/** An invitation to store: the token itself is mailed, only its hash is kept. */
public record NewInvitation(
    long organisationId,
    String email,
    OrganisationRole role,
    Long customRoleId,
    String tokenHash,
    long invitedBy,
    Instant createdAt,
    Instant expiresAt) {}
