package io.brandcloud.identity.domain;

/** Event: an owner closed an organisation; what it owned has ended, its money may remain. */
public record OrganisationClosed(long organisationId) {}
