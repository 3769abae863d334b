package io.brandcloud.identity.domain;

import java.io.Serializable;
import java.time.Instant;

/**
 * An invitation as the person invited reads it: who asks them to join what, in which role (a custom
 * role by its name), and until when they can answer.
 */
public record InvitationOffer(
    long id,
    String organisationName,
    String inviterName,
    OrganisationRole role,
    String customRoleName,
    Instant expiresAt)
    implements Serializable {}
