package io.brandcloud.identity.domain;

import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;

/** Invitations to join an organisation, found by the hash of their mailed token. */
public interface InvitationRepository {

  /** How an invitation was answered. */
  enum Answer {
    ACCEPTED,
    DECLINED
  }

  long add(NewInvitation invitation);

  /** The organisation's invitations, newest first, with where each stands at {@code now}. */
  Page<InvitationView> ofOrganisation(long organisationId, Instant now, PageRequest page);

  /** The unanswered, unexpired invitation, locked until the transaction ends. */
  Optional<PendingInvitation> pendingForUpdate(String tokenHash, Instant now);

  void answer(long invitationId, Answer answer, Instant at);
}
