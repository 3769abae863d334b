package io.brandcloud.live;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.Scope;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.identity.application.Memberships;
import io.brandcloud.identity.domain.Membership;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.SecretBox;
import io.brandcloud.shared.SecretTokens;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tickets to a push socket: a member of an organisation hears the topics their role there (and an
 * API key's scopes) allow; staff who may see customers hear their whole tenant. A ticket opens one
 * socket, within a minute.
 */
@Stateless
public class PushTickets {

  static final Duration LIFETIME = Duration.ofSeconds(60);
  private static final long NO_ORGANISATION = 0;

  @EJB Memberships memberships;
  @Inject SpentPushTickets spent;
  @Inject ApplicationClock clock;

  /** A ticket to hear what changes in one of the caller's organisations. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public PushTicket forOrganisation(long organisationId) {
    Caller caller = CurrentCaller.require();
    if (caller.userId() == null || caller.isStaff()) {
      throw new BrandcloudException(ErrorCode.FORBIDDEN);
    }
    Membership membership = memberships.requireMember(caller.userId(), organisationId);
    Set<PushTopic> topics =
        Arrays.stream(PushTopic.values())
            .filter(topic -> !topic.staffOnly())
            .filter(
                topic ->
                    topic.personal()
                        ? caller.hasScope(Scope.READ_USER)
                        : membership.may(topic.permission())
                            && topic.permission().scope().map(caller::hasScope).orElse(false))
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(PushTopic.class)));
    if (topics.isEmpty()) {
      throw new BrandcloudException(ErrorCode.FORBIDDEN);
    }
    return mint(organisationId, topics, caller);
  }

  /**
   * A ticket to hear only one's own notifications, for a customer acting in no organisation: its
   * organisation is none that exists, so no organisation's notice reaches it.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public PushTicket forUserAlone() {
    Caller caller = CurrentCaller.require();
    if (caller.userId() == null || caller.isStaff() || !caller.hasScope(Scope.READ_USER)) {
      throw new BrandcloudException(ErrorCode.FORBIDDEN);
    }
    Set<PushTopic> personal =
        Arrays.stream(PushTopic.values())
            .filter(PushTopic::personal)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(PushTopic.class)));
    return mint(NO_ORGANISATION, personal, caller);
  }

  /** A ticket to hear what changes in every organisation of the tenant, for staff. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public PushTicket forStaff() {
    Caller caller = CurrentCaller.require().requireStaff(StaffPermission.CUSTOMERS_VIEW);
    Set<PushTopic> topics =
        Arrays.stream(PushTopic.values())
            .filter(topic -> topic.personal() || caller.mayStaff(topic.staffPermission()))
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(PushTopic.class)));
    return mint(null, topics, caller);
  }

  /**
   * Spends a ticket of the current tenant: whom its socket speaks to, or empty for a ticket that is
   * malformed, forged, of another tenant, expired or already spent.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<PushAudience> spend(String ticket) {
    TenantContext tenant = CurrentTenant.require();
    Instant now = clock.now();
    return PushTicket.open(SecretBox.fromEnvironment(), tenant.tenantId(), ticket)
        .filter(held -> held.expiresAt().isAfter(now))
        .filter(held -> spent.spendOnce(SecretTokens.sha256(ticket), held.expiresAt(), now))
        .map(
            held ->
                new PushAudience(
                    tenant.tenantId(),
                    tenant.schema().name(),
                    held.organisationId(),
                    held.userId(),
                    held.topics(),
                    held.caller()));
  }

  private PushTicket mint(Long organisationId, Set<PushTopic> topics, Caller caller) {
    return PushTicket.seal(
        SecretBox.fromEnvironment(),
        CurrentTenant.require().tenantId(),
        new PushTicket.Sealed(
            organisationId, caller.userId(), topics, clock.now().plus(LIFETIME), caller.name()));
  }
}
