package io.brandcloud.identity.domain;

/** An invitation nobody has answered yet, still valid. */
public record PendingInvitation(
    long id, String email, long organisationId, OrganisationRole role, Long customRoleId) {}
