package io.brandcloud.fraud.application;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.fraud.domain.Block;
import io.brandcloud.fraud.domain.BlockList;
import io.brandcloud.fraud.domain.CheckKind;
import io.brandcloud.fraud.domain.CheckRecords;
import io.brandcloud.fraud.domain.ClientNetwork;
import io.brandcloud.fraud.domain.FraudPolicy;
import io.brandcloud.fraud.domain.FraudRule;
import io.brandcloud.fraud.domain.MailDomain;
import io.brandcloud.fraud.domain.Outcome;
import io.brandcloud.fraud.domain.PaidByCard;
import io.brandcloud.fraud.domain.PolicyStore;
import io.brandcloud.fraud.domain.ScreenedPerson;
import io.brandcloud.fraud.domain.ScreeningFacts;
import io.brandcloud.fraud.domain.ScreeningHistory;
import io.brandcloud.fraud.domain.Verdict;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.RequestOrigin;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Screens a sign-up or an order against the tenant's rules, in the caller's transaction: an allowed
 * or held check is recorded with what it screens, a refused one on its own (it must outlive the
 * refusal, or the next attempt from the same network would not count it) and the caller gets a
 * message that does not say why. With every rule off nothing is recorded.
 */
@Stateless
public class FraudScreening {

  static final Duration RATE_WINDOW = Duration.ofHours(1);

  @Inject BlockList blockList;
  @Inject CheckRecords records;
  @Inject PolicyStore policyStore;
  @Inject ScreeningHistory history;
  @Inject ShippedDisposableDomains disposable;
  @EJB RefusedChecks refused;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;

  /** What screening decided; {@code checkId} is empty when no rule is on. */
  public record Screened(Optional<Long> checkId, Outcome outcome) {

    public boolean held() {
      return outcome == Outcome.REVIEW;
    }
  }

  /** Screens a sign-up before the account exists; {@link #signedUp} ties the check to it. */
  public Screened screenSignUp(String email, String name) {
    return screen(
        CheckKind.SIGN_UP,
        new ScreenedPerson(null, null, email, name, RequestOrigin.address().orElse(null)),
        null);
  }

  public void signedUp(Screened screened, long userId) {
    screened.checkId().ifPresent(id -> records.attachUser(id, userId));
  }

  /**
   * Screens the caller's server order for an organisation, worth {@code monthly} a month: one held
   * for review is saved and waits ({@link #holdsServer}). Staff acting for a customer are not
   * screened; refused while the customer's own sign-up waits for review.
   */
  public Screened screenOrder(long organisationId, Money monthly) {
    return screenPurchase(CheckKind.ORDER, organisationId, monthly, null);
  }

  /**
   * Screens the caller's order of something that cannot wait unbuilt (a subscription, paid and
   * delivered at once, {@code subject} naming it): one held for review is refused until staff
   * approve, after which the organisation's orders go through.
   */
  public void screenOrderThatCannotWait(long organisationId, Money monthly, String subject) {
    screenPurchase(CheckKind.ORDER, organisationId, monthly, subject);
  }

  /**
   * Screens the caller's top-up of {@code amount}, before the gateway is asked: a top-up cannot
   * wait for review with the customer at the checkout, so one held is refused until staff approve.
   */
  public void screenTopUp(long organisationId, Money amount) {
    screenPurchase(CheckKind.TOP_UP, organisationId, amount, "Top-up of " + amount.display());
  }

  private Screened screenPurchase(
      CheckKind kind, long organisationId, Money amount, String refusedSubject) {
    Caller caller = CurrentCaller.require();
    if (caller.userId() == null || caller.impersonator() != null || caller.role().isStaff()) {
      return new Screened(Optional.empty(), Outcome.ALLOW);
    }
    if (history.underReview(caller.userId(), organisationId)) {
      throw new BrandcloudException(ErrorCode.ACCOUNT_UNDER_REVIEW);
    }
    return screen(
        kind,
        new ScreenedPerson(
            caller.userId(),
            organisationId,
            caller.name(),
            history.nameOf(caller.userId()).orElse(null),
            RequestOrigin.address().orElse(null)),
        amount,
        refusedSubject);
  }

  /** A held order's server waits for the check; {@code subject} names it for staff. */
  public void holdsServer(Screened screened, long serverId, String subject) {
    screened.checkId().ifPresent(id -> records.holdsServer(id, serverId, subject));
  }

  /**
   * Weighs the card a top-up was paid with (its issuing country against the billing country, and
   * the other organisations it paid for). The money is in already, so a check that would refuse is
   * held instead: the organisation orders and tops up nothing more until staff decide, and a denied
   * top-up is refunded.
   */
  public void screenCard(long paymentId) {
    FraudPolicy policy = policyStore.policy();
    boolean cardRulesOn =
        policy.on(FraudRule.CARD_COUNTRY).isPresent()
            || policy.on(FraudRule.CARD_SHARED).isPresent()
            || policy.on(FraudRule.BLOCK_LIST).isPresent();
    Optional<PaidByCard> paid = cardRulesOn ? history.paidByCard(paymentId) : Optional.empty();
    if (paid.isEmpty()) {
      return;
    }
    PaidByCard card = paid.get();
    List<Block> blocked =
        policy.on(FraudRule.BLOCK_LIST).isPresent() && card.fingerprint() != null
            ? blockList.matchingCard(card.fingerprint()).stream().toList()
            : List.of();
    // a card blocked after staff approved it for the organisation is held all the same
    if (blocked.isEmpty()
        && history.cardApproved(card.organisationId(), card.fingerprint(), card.cardCountry())) {
      return;
    }
    long others =
        card.fingerprint() == null
            ? 0
            : history.othersWithCard(card.fingerprint(), card.organisationId());
    Verdict verdict =
        policy.judge(
            CheckKind.TOP_UP,
            ScreeningFacts.ofCard(
                new ScreeningFacts.CardSeen(card.cardCountry(), card.billingCountry(), others),
                blocked));
    if (verdict.outcome() == Outcome.ALLOW) {
      return;
    }
    Verdict held = new Verdict(verdict.score(), Outcome.REVIEW, verdict.signals());
    long id =
        records.record(
            CheckKind.TOP_UP,
            new ScreenedPerson(
                card.ownerId(), card.organisationId(), card.ownerEmail(), card.ownerName(), null),
            card.amount(),
            held,
            clock.now());
    records.holdsPayment(id, paymentId, "Top-up of " + card.amount().display() + ", paid");
    audit.record(
        null,
        "fraud.held",
        "fraud check " + id,
        "payment " + paymentId + ", score " + held.score());
  }

  /** The customer deleted a server held for review before staff decided. */
  public void withdrawn(long serverId) {
    records.withdraw(serverId, CurrentCaller.require().name(), clock.now());
  }

  private Screened screen(CheckKind kind, ScreenedPerson person, Money amount) {
    return screen(kind, person, amount, null);
  }

  /**
   * @param refusedSubject what is ordered, where a check held for review must refuse the order (it
   *     is kept, pending, for staff); null where what is screened can wait for the decision
   */
  private Screened screen(
      CheckKind kind, ScreenedPerson person, Money amount, String refusedSubject) {
    FraudPolicy policy = policyStore.policy();
    if (!policy.anyOn()) {
      return new Screened(Optional.empty(), Outcome.ALLOW);
    }
    Instant now = clock.now();
    ScreeningFacts facts = facts(kind, person, amount, policy, now);
    Verdict verdict = cleared(kind, person, policy.judge(kind, facts));
    if (verdict.outcome() == Outcome.DENY) {
      refused.record(kind, person, amount, verdict, now, null);
      throw new BrandcloudException(ErrorCode.NOT_ACCEPTED);
    }
    if (verdict.outcome() == Outcome.REVIEW && refusedSubject != null) {
      refused.record(kind, person, amount, verdict, now, refusedSubject);
      throw new BrandcloudException(ErrorCode.ORDER_UNDER_REVIEW);
    }
    return new Screened(
        Optional.of(records.record(kind, person, amount, verdict, now)), verdict.outcome());
  }

  /**
   * Once staff approved an organisation's order or top-up, neither is held any more (refused
   * still).
   */
  private Verdict cleared(CheckKind kind, ScreenedPerson person, Verdict verdict) {
    return verdict.outcome() == Outcome.REVIEW
            && kind != CheckKind.SIGN_UP
            && history.orderApproved(person.organisationId())
        ? new Verdict(verdict.score(), Outcome.ALLOW, verdict.signals())
        : verdict;
  }

  private ScreeningFacts facts(
      CheckKind kind, ScreenedPerson person, Money amount, FraudPolicy policy, Instant now) {
    String network = ClientNetwork.of(person.clientAddress()).orElse(null);
    String disposableDomain =
        policy.on(FraudRule.DISPOSABLE_EMAIL).isPresent()
            ? disposable.domains().listedFor(person.email()).orElse(null)
            : null;
    long recent =
        policy.on(FraudRule.ADDRESS_RATE).isPresent() && network != null
            ? history.countFromNetwork(kind, network, now.minus(RATE_WINDOW))
            : 0;
    Money firstOrder =
        kind != CheckKind.SIGN_UP
                && amount != null
                && policy.on(FraudRule.FIRST_ORDER_ABOVE).isPresent()
                && !(kind == CheckKind.ORDER
                    ? history.hasOrdered(person.organisationId())
                    : history.hasPaid(person.organisationId()))
            ? amount
            : null;
    List<Block> blocks =
        policy.on(FraudRule.BLOCK_LIST).isPresent()
            ? blockList.matching(
                lower(person.email()),
                domainsOf(person.email()),
                BlockValues.name(person.name()),
                ClientNetwork.canonical(person.clientAddress()).orElse(null),
                network)
            : List.of();
    return new ScreeningFacts(disposableDomain, network, recent, firstOrder, blocks);
  }

  /** The address's domain and every domain above it, but not the top level alone. */
  static List<String> domainsOf(String email) {
    List<String> domains = new ArrayList<>();
    String domain = MailDomain.of(email);
    while (domain.contains(".")) {
      domains.add(domain);
      domain = domain.substring(domain.indexOf('.') + 1);
    }
    return domains;
  }

  private static String lower(String text) {
    return text == null ? null : text.trim().toLowerCase(Locale.ROOT);
  }
}
