package io.brandcloud.identity.application;

import io.brandcloud.access.Scope;
import java.util.Set;

/**
 * Who an accepted API key speaks for, in which organisation (none for staff), and what it may do.
 */
public record KeyHolder(
    long keyId,
    AuthenticatedUser user,
    Long organisationId,
    Set<Scope> scopes,
    java.time.Instant expiresAt) {}
