package io.brandcloud.identity.application;

import io.brandcloud.access.Role;

/** The result of a successful login to a tenant portal. */
public record AuthenticatedUser(long id, String email, String displayName, Role role) {}
