package io.brandcloud.identity.domain;

import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import java.time.Instant;
import java.util.List;
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

  /** The unanswered, unexpired invitation {@code id} to {@code email}, locked likewise. */
  Optional<PendingInvitation> pendingForUpdate(long id, String email, Instant now);

  /** The unanswered, unexpired invitation the token opens, as its invitee reads it. */
  Optional<InvitationOffer> offer(String tokenHash, Instant now);

  /** The unanswered, unexpired invitations to an address, newest first, at most {@code limit}. */
  List<InvitationOffer> offersTo(String email, Instant now, int limit);

  void answer(long invitationId, Answer answer, Instant at);
}
