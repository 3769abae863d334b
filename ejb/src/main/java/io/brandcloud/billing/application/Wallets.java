package io.brandcloud.billing.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.billing.domain.LedgerEntry;
import io.brandcloud.billing.domain.LedgerEntryType;
import io.brandcloud.billing.domain.LedgerText;
import io.brandcloud.billing.domain.LedgerWording;
import io.brandcloud.billing.domain.UsagePeriod;
import io.brandcloud.billing.domain.Wallet;
import io.brandcloud.billing.domain.WalletCredited;
import io.brandcloud.billing.domain.WalletLedger;
import io.brandcloud.billing.domain.WalletOverdrawn;
import io.brandcloud.mail.MessageType;
import io.brandcloud.mail.OwnerMail;
import io.brandcloud.outbox.Outbox;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.PublicUrls;
import io.brandcloud.shared.Validation;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Organisations' wallets in the current tenant and the ledger behind every balance. */
@Stateless
public class Wallets {

  @Inject WalletLedger ledger;
  @Inject MemberAccess members;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;
  @EJB Outbox outbox;
  @EJB OwnerMail ownerMail;

  /**
   * Opens the organisation's wallet in the tenant's currency unless it has one; an unknown
   * organisation gets none. Organisations get theirs just after they are created ({@link
   * OpenWalletForNewOrganisation}); the first booking or balance read opens it if it came first.
   */
  public void open(long organisationId) {
    ledger.open(organisationId, CurrentTenant.require().currency(), clock.now());
  }

  /**
   * Credits a wallet: the ledger row and the balance change commit together or not at all. The
   * reference makes the credit idempotent: submitting the same form twice credits once and reports
   * the second as a conflict.
   */
  public Money credit(
      long organisationId, BigDecimal amount, String reason, String reference, String actor) {
    return book(organisationId, LedgerEntryType.CREDIT, amount, reason, reference, actor, true);
  }

  /**
   * Takes money off a wallet by hand (a correction, a fee), with the reason the customer will read.
   * A debit the balance does not cover is refused ({@link ErrorCode#OVERDRAW_NOT_CONFIRMED}, with
   * the balance before and after) unless {@code overdrawConfirmed}: staff see what it leaves first.
   */
  public Money debit(
      long organisationId,
      BigDecimal amount,
      String reason,
      String reference,
      String actor,
      boolean overdrawConfirmed) {
    return book(
        organisationId,
        LedgerEntryType.ADJUSTMENT,
        amount,
        reason,
        reference,
        actor,
        overdrawConfirmed);
  }

  private void requireCovered(Wallet wallet, BigDecimal delta) {
    BigDecimal balance = ledger.balance(wallet.id());
    BigDecimal after = balance.add(delta);
    if (after.signum() < 0) {
      throw new BrandcloudException(
          ErrorCode.OVERDRAW_NOT_CONFIRMED,
          Map.of("balance", balance.toPlainString(), "balanceAfter", after.toPlainString()),
          new Money(balance, wallet.currency()).display(),
          new Money(after, wallet.currency()).display());
    }
  }

  /**
   * A staff booking: a positive amount (added by a top-up, taken by an adjustment), a reason, and a
   * reference that makes a retry book nothing.
   */
  private Money book(
      long organisationId,
      LedgerEntryType type,
      BigDecimal amount,
      String reason,
      String reference,
      String actor,
      boolean overdrawConfirmed) {
    CurrentCaller.requireStaff(StaffPermission.WALLETS_MANAGE);
    Validation.requireAmount("amount", amount, CurrentTenant.require().currency());
    String description = Validation.requireText("reason", reason, 500);
    Wallet wallet = requireWallet(organisationId);
    boolean credit = type == LedgerEntryType.CREDIT;
    String kind = credit ? "credit" : "debit";
    BigDecimal delta = credit ? amount : amount.negate();
    if (!overdrawConfirmed) {
      requireCovered(wallet, delta);
    }
    String ref = kind + ":" + Validation.requireText("reference", reference, 80);
    appendEntry(wallet, type, delta, ref, LedgerText.asWritten(description), actor)
        .orElseThrow(() -> alreadyBooked(reference, "This " + kind + " was already booked"));
    if (credit) {
      outbox.publish(new WalletCredited(organisationId));
    }
    audit.record(
        actor,
        "wallet." + kind,
        "organisation " + organisationId,
        amount.toPlainString() + " " + ref);
    Money balance = balanceOf(organisationId);
    tellOwner(
        organisationId,
        credit ? MessageType.WALLET_CREDITED : MessageType.WALLET_DEBITED,
        new Money(amount, wallet.currency()),
        description,
        balance);
    return balance;
  }

  /**
   * Locks the organisation's wallet until the transaction ends, so that orders and payments of one
   * organisation happen one after another.
   */
  public void holdForPayment(long organisationId) {
    members.require(organisationId, Permission.BILLING_MANAGE);
    ledger.balanceForUpdate(requireWallet(organisationId).id());
  }

  /**
   * Locks the organisation's wallet before staff correct one of its invoices, so that corrections
   * and payments of one organisation take their locks in the same order.
   */
  public void holdForCorrection(long organisationId) {
    CurrentCaller.requireStaff(StaffPermission.WALLETS_MANAGE);
    ledger.balanceForUpdate(requireWallet(organisationId).id());
  }

  /**
   * Pays for a subscription from the wallet, in the caller's transaction, the wallet locked so two
   * payments cannot both spend the same balance. Nothing is taken when the balance does not cover
   * it, or when the reference (unique) was paid before.
   */
  public WalletPayment payForSubscription(
      long organisationId,
      WalletLine charge,
      Optional<WalletLine> discount,
      Optional<WalletLine> tax,
      String actor) {
    return pay(organisationId, LedgerEntryType.SUBSCRIPTION, charge, discount, tax, actor);
  }

  /** Pays an invoice staff wrote, with its tax, as {@link #payForSubscription} pays a term. */
  public WalletPayment payInvoice(
      long organisationId, WalletLine net, Optional<WalletLine> tax, String actor) {
    return pay(organisationId, LedgerEntryType.INVOICE, net, Optional.empty(), tax, actor);
  }

  private WalletPayment pay(
      long organisationId,
      LedgerEntryType type,
      WalletLine charge,
      Optional<WalletLine> discount,
      Optional<WalletLine> tax,
      String actor) {
    members.require(organisationId, Permission.BILLING_MANAGE);
    Money zero = Money.zero(charge.amount().currency());
    Money off = discount.map(WalletLine::amount).orElse(zero);
    Money taxed = tax.map(WalletLine::amount).orElse(zero);
    if (charge.amount().isNegative()
        || off.isNegative()
        || off.compareTo(charge.amount()) > 0
        || taxed.isNegative()) {
      throw new IllegalArgumentException(
          "Not a payment: " + charge + " less " + off + " plus " + taxed);
    }
    Wallet wallet = requireWallet(organisationId);
    BigDecimal due = charge.amount().minus(off).plus(taxed).amount();
    if (ledger.balanceForUpdate(wallet.id()).compareTo(due) < 0) {
      return WalletPayment.NOT_COVERED;
    }
    if (appendEntry(
            wallet,
            type,
            charge.amount().amount().negate(),
            charge.reference(),
            charge.text(),
            actor)
        .isEmpty()) {
      return WalletPayment.ALREADY_PAID;
    }
    // the discount is a line of its own, booked with the charge or not at all
    discount
        .filter(line -> line.amount().isPositive())
        .ifPresent(
            line ->
                appendEntry(
                    wallet, type, line.amount().amount(), line.reference(), line.text(), actor));
    tax.filter(line -> line.amount().isPositive())
        .ifPresent(
            line ->
                appendEntry(
                    wallet,
                    LedgerEntryType.TAX,
                    line.amount().amount().negate(),
                    line.reference(),
                    line.text(),
                    actor));
    return WalletPayment.PAID;
  }

  /**
   * What the organisation paid for usage and subscriptions since the calendar month began in the
   * tenant's time zone, less what came back, for the services that keep it within its limit.
   */
  public Money spentThisMonth(long organisationId) {
    Currency currency = CurrentTenant.require().currency();
    Instant monthStart =
        LocalDate.ofInstant(clock.now(), CurrentTenant.require().timeZone())
            .withDayOfMonth(1)
            .atStartOfDay(CurrentTenant.require().timeZone())
            .toInstant();
    return walletOf(organisationId)
        .map(w -> new Money(ledger.spentSince(w.id(), monthStart), currency))
        .orElse(Money.zero(currency));
  }

  /**
   * Whether the organisation ever paid for usage or a subscription: one that has not is a new
   * customer.
   */
  public boolean hasSpent(long organisationId) {
    members.require(organisationId, Permission.BILLING_VIEW);
    return walletOf(organisationId).map(w -> ledger.hasSpent(w.id())).orElse(false);
  }

  /**
   * Gives back the unused part of a subscription's term, in the caller's transaction; the reference
   * is unique, so it is given back once.
   */
  public boolean creditFromSubscription(
      long organisationId, Money amount, LedgerText what, String reference, String actor) {
    members.require(organisationId, Permission.BILLING_MANAGE);
    if (amount.amount().signum() < 0) {
      throw new IllegalArgumentException("A credit is not negative: " + amount);
    }
    boolean booked =
        appendEntry(
                requireWallet(organisationId),
                LedgerEntryType.SUBSCRIPTION,
                amount.amount(),
                reference,
                what,
                actor)
            .isPresent();
    if (booked) {
      outbox.publish(new WalletCredited(organisationId));
    }
    return booked;
  }

  /**
   * Gives money back for a credit note, in the caller's transaction; the reference is unique, so a
   * refund is booked once.
   */
  public void refund(
      long organisationId, BigDecimal amount, String reference, LedgerText text, String actor) {
    appendEntry(
            requireWallet(organisationId),
            LedgerEntryType.REFUND,
            Validation.requireAmount("amount", amount, CurrentTenant.require().currency()),
            reference,
            text,
            actor)
        .orElseThrow(() -> alreadyBooked(reference, "This refund was already booked"));
    outbox.publish(new WalletCredited(organisationId));
  }

  /**
   * Gives back part of usage charges not yet invoiced, at the charges' own precision (an hourly
   * charge has six decimals), in the caller's transaction; the reference is unique, so it is booked
   * once. For corrections Brandcloud itself makes, not staff.
   */
  public void returnUsage(
      long organisationId, BigDecimal amount, String reference, LedgerText text, String actor) {
    CurrentCaller.requirePrivileged();
    if (amount.signum() <= 0) {
      throw new IllegalArgumentException("Usage given back is more than zero, not " + amount);
    }
    appendEntry(
            requireWallet(organisationId), LedgerEntryType.REFUND, amount, reference, text, actor)
        .orElseThrow(() -> alreadyBooked(reference, "This return was already booked"));
    outbox.publish(new WalletCredited(organisationId));
  }

  /**
   * Books money a payment gateway moved, in the caller's transaction: a confirmed payment (a
   * top-up, positive), a refund to the card (negative) or a dispute (negative when the bank takes
   * it, positive when the dispute is won). The reference (the gateway's id for the money) is
   * unique, so each is booked once; answers false if it was booked already. The payments area
   * checks who may; a credit may settle a debt, a debit that takes the wallet below zero starts
   * dunning.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public boolean bookPayment(
      long organisationId,
      LedgerEntryType type,
      Money delta,
      String reference,
      LedgerText text,
      String actor) {
    Wallet wallet = requireWallet(organisationId);
    if (!delta.currency().equals(wallet.currency())) {
      throw BrandcloudException.invalid(
          "currency", "The wallet is in " + wallet.currency().getCurrencyCode());
    }
    boolean booked = appendEntry(wallet, type, delta.amount(), reference, text, actor).isPresent();
    if (booked && delta.amount().signum() > 0) {
      outbox.publish(new WalletCredited(organisationId));
    }
    if (booked && delta.amount().signum() < 0 && ledger.balance(wallet.id()).signum() < 0) {
      outbox.publish(new WalletOverdrawn(organisationId));
    }
    return booked;
  }

  /**
   * Takes a top-up back with a reversal row of the opposite amount; the top-up itself stays in the
   * ledger. Each top-up can be reversed once; an entry of another customer is "not found".
   */
  public Money reverseTopUp(long organisationId, long entryId, String reason, String actor) {
    CurrentCaller.requireStaff(StaffPermission.WALLETS_MANAGE);
    String description = Validation.requireText("reason", reason, 500);
    Wallet wallet = requireWallet(organisationId);
    LedgerEntry entry =
        ledger
            .entry(entryId)
            .filter(e -> e.walletId() == wallet.id())
            .orElseThrow(() -> BrandcloudException.notFound("Transaction " + entryId));
    if (entry.type() != LedgerEntryType.TOP_UP && entry.type() != LedgerEntryType.CREDIT) {
      throw new BrandcloudException(ErrorCode.CONFLICT, "Only top-ups and credits can be reversed");
    }
    String ref = "reversal:" + entryId;
    appendEntry(
            wallet,
            LedgerEntryType.REVERSAL,
            entry.amount().negate(),
            ref,
            LedgerWording.REVERSAL.withTexts(entry.text(), LedgerText.asWritten(description)),
            actor)
        .orElseThrow(
            () -> alreadyBooked(Long.toString(entryId), "This top-up was already reversed"));
    audit.record(
        actor, "wallet.reversal", "organisation " + organisationId, ref + ": " + description);
    Money balance = balanceOf(organisationId);
    tellOwner(
        organisationId,
        MessageType.WALLET_DEBITED,
        new Money(entry.amount(), wallet.currency()),
        description,
        balance);
    return balance;
  }

  /** Staff changed the balance by hand: the owner reads what, why and where it stands now. */
  private void tellOwner(
      long organisationId, MessageType type, Money amount, String reason, Money balance) {
    ownerMail.send(
        organisationId,
        type,
        Map.of(
            "amount",
            amount,
            "reason",
            reason,
            "balance",
            balance,
            "walletUrl",
            PublicUrls.wallet(CurrentTenant.require())));
  }

  /** The balance as a member who may see billing (or staff who see customers) reads it. */
  public Money balance(long organisationId) {
    members.require(organisationId, Permission.BILLING_VIEW);
    return balanceOf(organisationId);
  }

  /**
   * What of the balance may go back to cards when an organisation closes: all of it but what staff
   * ever gave by hand, which counts as spent last, so goodwill never becomes cash.
   */
  public Money refundableBalanceOf(long organisationId) {
    Wallet wallet = requireWallet(organisationId);
    BigDecimal refundable =
        ledger.balance(wallet.id()).subtract(ledger.creditsGiven(wallet.id())).max(BigDecimal.ZERO);
    return new Money(refundable, wallet.currency());
  }

  /** The balance, for the code that charges, credits and reminds. */
  public Money balanceOf(long organisationId) {
    Wallet wallet = requireWallet(organisationId);
    return new Money(ledger.balance(wallet.id()), wallet.currency());
  }

  /**
   * The balance, this month's usage and the usage of each of the last {@code days} days. A read
   * that every dashboard makes: it runs in the caller's transaction if there is one, else in none,
   * and an organisation whose wallet is not open yet has spent nothing.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Spending spending(long organisationId, int days) {
    members.require(organisationId, Permission.BILLING_VIEW);
    Optional<Wallet> opened = walletOf(organisationId);
    Currency currency = opened.map(Wallet::currency).orElse(CurrentTenant.require().currency());
    ZoneId zone = CurrentTenant.require().timeZone();
    LocalDate today = LocalDate.ofInstant(clock.now(), zone);
    LocalDate monthStart = today.withDayOfMonth(1);
    LocalDate firstShown = today.minusDays(Math.max(1, days) - 1L);
    LocalDate from = firstShown.isBefore(monthStart) ? firstShown : monthStart;
    Map<LocalDate, BigDecimal> byDay = new HashMap<>();
    opened.ifPresent(
        wallet ->
            ledger
                .dailyUsage(wallet.id(), from.atStartOfDay(zone).toInstant(), zone)
                .forEach(usage -> byDay.put(usage.day(), usage.amount())));
    BigDecimal thisMonth =
        byDay.entrySet().stream()
            .filter(day -> !day.getKey().isBefore(monthStart))
            .map(Map.Entry::getValue)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    List<Spending.Day> shown =
        firstShown
            .datesUntil(today.plusDays(1))
            .map(
                day ->
                    new Spending.Day(
                        day, new Money(byDay.getOrDefault(day, BigDecimal.ZERO), currency)))
            .toList();
    return new Spending(
        new Money(opened.map(Wallet::balance).orElse(BigDecimal.ZERO), currency),
        new Money(thisMonth, currency),
        shown);
  }

  /** What one of the organisation's servers was charged this month, in the tenant's calendar. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Money serverThisMonth(long organisationId, long serverId) {
    members.require(organisationId, Permission.BILLING_VIEW);
    Optional<Wallet> opened = walletOf(organisationId);
    Currency currency = opened.map(Wallet::currency).orElse(CurrentTenant.require().currency());
    ZoneId zone = CurrentTenant.require().timeZone();
    Instant monthStart =
        LocalDate.ofInstant(clock.now(), zone).withDayOfMonth(1).atStartOfDay(zone).toInstant();
    return new Money(
        opened
            .map(wallet -> ledger.serverUsageSince(wallet.id(), serverId, monthStart))
            .orElse(BigDecimal.ZERO),
        currency);
  }

  public Page<LedgerLine> transactions(long organisationId, PageRequest page) {
    members.require(organisationId, Permission.BILLING_VIEW);
    Wallet wallet = requireWallet(organisationId);
    Page<LedgerEntry> entries = ledger.entries(wallet.id(), page);
    Map<Long, UsagePeriod> usage = usageOf(entries.items());
    return entries.map(e -> line(e, wallet, usage));
  }

  /** One transaction of the organisation; another's (or another tenant's) id is "not found". */
  public LedgerLine transaction(long organisationId, long entryId) {
    members.require(organisationId, Permission.BILLING_VIEW);
    Wallet wallet = requireWallet(organisationId);
    return ledger
        .entry(entryId)
        .filter(e -> e.walletId() == wallet.id())
        .map(e -> line(e, wallet, usageOf(List.of(e))))
        .orElseThrow(() -> BrandcloudException.notFound("Transaction " + entryId));
  }

  public List<LedgerLine> transactions(long organisationId) {
    members.require(organisationId, Permission.BILLING_VIEW);
    Wallet wallet = requireWallet(organisationId);
    List<LedgerEntry> entries = ledger.latestEntries(wallet.id(), 500);
    Map<Long, UsagePeriod> usage = usageOf(entries);
    return entries.stream().map(e -> line(e, wallet, usage)).toList();
  }

  /** The sum of a wallet's ledger, which must always equal its balance. */
  public Money ledgerSum(long organisationId) {
    Wallet wallet = requireWallet(organisationId);
    return new Money(ledger.sum(wallet.id()), wallet.currency());
  }

  /**
   * Appends the ledger row and moves the balance by the same delta, in this transaction. A repeated
   * or concurrent request with the same reference books nothing (empty result): the caller reports
   * it as a conflict, which rolls back, so no balance ever moves without its row.
   */
  private Optional<Long> appendEntry(
      Wallet wallet,
      LedgerEntryType type,
      BigDecimal delta,
      String reference,
      LedgerText text,
      String actor) {
    return ledger.append(wallet.id(), type, delta, reference, text, actor, clock.now());
  }

  private static BrandcloudException alreadyBooked(String reference, String message) {
    return new BrandcloudException(ErrorCode.CONFLICT, Map.of("reference", reference), message);
  }

  /** The server and hour of the usage charges among these rows, by charge id. */
  private Map<Long, UsagePeriod> usageOf(List<LedgerEntry> entries) {
    List<Long> charges =
        entries.stream()
            .map(e -> UsagePeriod.chargeOf(e.reference()))
            .filter(java.util.OptionalLong::isPresent)
            .map(java.util.OptionalLong::getAsLong)
            .toList();
    return ledger.usagePeriods(charges);
  }

  private static LedgerLine line(LedgerEntry entry, Wallet wallet, Map<Long, UsagePeriod> usage) {
    UsagePeriod period =
        UsagePeriod.chargeOf(entry.reference()).stream()
            .mapToObj(usage::get)
            .findFirst()
            .orElse(null);
    return LedgerLine.of(entry, wallet.currency(), period);
  }

  private Wallet requireWallet(long organisationId) {
    return walletOf(organisationId)
        .or(
            () -> {
              open(organisationId);
              return walletOf(organisationId);
            })
        .orElseThrow(
            () -> BrandcloudException.notFound("Wallet of organisation " + organisationId));
  }

  private Optional<Wallet> walletOf(long organisationId) {
    return ledger.ofOrganisation(organisationId);
  }
}
