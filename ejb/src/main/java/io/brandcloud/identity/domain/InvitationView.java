package io.brandcloud.identity.domain;

import java.time.Instant;

/** An invitation and where it stands: pending, accepted, declined or expired. */
public record InvitationView(
    long id, String email, String role, Instant createdAt, Instant expiresAt, String status) {}
