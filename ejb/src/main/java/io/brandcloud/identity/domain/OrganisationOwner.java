package io.brandcloud.identity.domain;

/** The owner of an organisation, as mail about the organisation addresses them. */
public record OrganisationOwner(String email, String displayName, String organisationName) {}
