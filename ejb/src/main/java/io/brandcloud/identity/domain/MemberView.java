package io.brandcloud.identity.domain;

import java.time.Instant;

/** A member as the organisation's members see them. */
public record MemberView(
    long userId, String email, String name, String role, String customRoleName, Instant joinedAt) {}
