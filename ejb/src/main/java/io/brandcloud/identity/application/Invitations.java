package io.brandcloud.identity.application;

import io.brandcloud.access.Permission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.identity.domain.CustomRoleRepository;
import io.brandcloud.identity.domain.CustomRoleView;
import io.brandcloud.identity.domain.InvitationOffer;
import io.brandcloud.identity.domain.InvitationRepository;
import io.brandcloud.identity.domain.InvitationRepository.Answer;
import io.brandcloud.identity.domain.InvitationView;
import io.brandcloud.identity.domain.Membership;
import io.brandcloud.identity.domain.MembershipRepository;
import io.brandcloud.identity.domain.NewInvitation;
import io.brandcloud.identity.domain.OrganisationRole;
import io.brandcloud.identity.domain.PendingInvitation;
import io.brandcloud.identity.domain.User;
import io.brandcloud.identity.domain.UserRepository;
import io.brandcloud.mail.MailOutbox;
import io.brandcloud.mail.MessageType;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.SecretTokens;
import io.brandcloud.shared.Validation;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Owners and admins invite people by e-mail to join an organisation with a role; the invited accept
 * (logged in with that address) or decline by the mailed link.
 */
@Stateless
public class Invitations {

  static final Duration VALID_FOR = Duration.ofDays(7);
  private static final int OFFERS_SHOWN = 20;

  @Inject InvitationRepository invitations;
  @Inject MembershipRepository memberships;
  @Inject CustomRoleRepository customRoles;
  @Inject UserRepository users;
  @Inject RecentMemberships recent;
  @EJB Memberships access;
  @Inject MailOutbox outbox;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;

  public InvitationView invite(
      long actorId,
      long organisationId,
      String email,
      String role,
      Long customRoleId,
      String portalUrl) {
    Membership inviter = access.require(actorId, organisationId, Permission.MEMBERS_MANAGE);
    String address = Validation.requireEmail("email", email);
    OrganisationRole invitedRole = RoleAssignment.assignable(role);
    Long custom = RoleAssignment.customRole(customRoles, organisationId, invitedRole, customRoleId);
    if (memberships.hasMemberWithEmail(organisationId, address)) {
      throw new BrandcloudException(ErrorCode.CONFLICT, address + " is already a member");
    }
    String token = SecretTokens.random();
    Instant now = clock.now();
    long id =
        invitations.add(
            new NewInvitation(
                organisationId,
                address,
                invitedRole,
                custom,
                SecretTokens.sha256(token),
                actorId,
                now,
                now.plus(VALID_FOR)));
    outbox.send(
        MessageType.INVITATION,
        address,
        Map.of(
            "organisation",
            inviter.organisationName(),
            "role",
            custom == null ? invitedRole : customRoleName(organisationId, custom),
            "link",
            portalUrl + "/invitation.xhtml?token=" + token,
            "validDays",
            VALID_FOR.toDays()));
    audit.record(null, "invitation.created", "organisation " + organisationId, address);
    return invitations.ofOrganisation(organisationId, now, PageRequest.first(100)).items().stream()
        .filter(invitation -> invitation.id() == id)
        .findFirst()
        .orElseThrow();
  }

  /** A custom role as its invitation names it: by the name the organisation gave it. */
  private String customRoleName(long organisationId, long roleId) {
    return customRoles.ofOrganisation(organisationId).stream()
        .filter(role -> role.id() == roleId)
        .map(CustomRoleView::name)
        .findFirst()
        .orElseThrow();
  }

  public Page<InvitationView> of(long actorId, long organisationId, PageRequest page) {
    access.require(actorId, organisationId, Permission.MEMBERS_MANAGE);
    return invitations.ofOrganisation(organisationId, clock.now(), page);
  }

  /**
   * What the mailed link offers, for the page it opens: empty once the invitation is answered or
   * expired, or for a token that opens none.
   */
  public Optional<InvitationOffer> offer(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return invitations.offer(SecretTokens.sha256(token.strip()), clock.now());
  }

  /**
   * The invitations still open to the user's own address, so a logged-in invitee needs no link;
   * none before they have confirmed that the address is theirs.
   */
  public List<InvitationOffer> offersTo(long userId) {
    return users
        .find(userId)
        .filter(User::emailVerified)
        .map(user -> invitations.offersTo(user.email(), clock.now(), OFFERS_SHOWN))
        .orElse(List.of());
  }

  /** Joins the organisation; the invitation must be addressed to the user's own e-mail. */
  public Membership accept(long userId, String token) {
    PendingInvitation invitation = pending(token);
    String email =
        users
            .find(userId)
            .orElseThrow(() -> new BrandcloudException(ErrorCode.TOKEN_INVALID))
            .email();
    if (!email.equals(invitation.email())) {
      throw new BrandcloudException(ErrorCode.TOKEN_INVALID);
    }
    return join(userId, email, invitation);
  }

  /** Joins by an invitation shown to the user: one to their own, confirmed address. */
  public Membership accept(long userId, long invitationId) {
    User user = confirmedUser(userId);
    return join(userId, user.email(), pendingTo(user, invitationId));
  }

  /** Declines an invitation shown to the user, as the mailed link would. */
  public void decline(long userId, long invitationId) {
    declined(pendingTo(confirmedUser(userId), invitationId));
  }

  private User confirmedUser(long userId) {
    return users
        .find(userId)
        .filter(User::emailVerified)
        .orElseThrow(() -> BrandcloudException.notFound("Invitation"));
  }

  private PendingInvitation pendingTo(User user, long invitationId) {
    return invitations
        .pendingForUpdate(invitationId, user.email(), clock.now())
        .orElseThrow(() -> BrandcloudException.notFound("Invitation " + invitationId));
  }

  private Membership join(long userId, String email, PendingInvitation invitation) {
    memberships.add(
        invitation.organisationId(),
        userId,
        invitation.role(),
        invitation.customRoleId(),
        clock.now());
    recent.forgetCurrentTenant();
    invitations.answer(invitation.id(), Answer.ACCEPTED, clock.now());
    audit.record(email, "invitation.accepted", "organisation " + invitation.organisationId(), null);
    return access.requireMember(userId, invitation.organisationId());
  }

  /** Declines by the mailed link; no login needed, since the token proves the mail was read. */
  public void decline(String token) {
    declined(pending(token));
  }

  private void declined(PendingInvitation invitation) {
    invitations.answer(invitation.id(), Answer.DECLINED, clock.now());
    audit.record(
        invitation.email(),
        "invitation.declined",
        "organisation " + invitation.organisationId(),
        null);
  }

  private PendingInvitation pending(String token) {
    if (token == null || token.isBlank()) {
      throw new BrandcloudException(ErrorCode.TOKEN_INVALID);
    }
    return invitations
        .pendingForUpdate(SecretTokens.sha256(token.strip()), clock.now())
        .orElseThrow(() -> new BrandcloudException(ErrorCode.TOKEN_INVALID));
  }
}
