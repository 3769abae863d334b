package io.brandcloud.identity.domain;

/** Event: an organisation was created (a personal one at sign-up, or a team). */
public record OrganisationCreated(long organisationId) {}
