package io.brandcloud.billing.application;

import io.brandcloud.billing.domain.Invoice;
import io.brandcloud.billing.domain.InvoiceGenerator;
import io.brandcloud.billing.domain.ProposedInvoice;
import io.brandcloud.billing.domain.ServerUsage;
import io.brandcloud.billing.infrastructure.InvoiceNumbers;
import io.brandcloud.identity.application.OrganisationOwner;
import io.brandcloud.identity.application.Organisations;
import io.brandcloud.mail.Outbox;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.PublicUrls;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Issues one customer's invoice for one month in its own transaction, so one failure costs one
 * invoice.
 */
@Stateless
public class InvoiceIssuer {

  @PersistenceContext EntityManager em;
  @Inject ApplicationClock clock;
  @Inject Outbox outbox;
  @EJB Organisations organisations;

  private final InvoiceGenerator generator = new InvoiceGenerator();

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<String> issue(long organisationId, YearMonth month) {
    // serialises issuers for the same organisation; the unique key (organisation_id, period_start)
    // is the backstop
    em.createNativeQuery("SELECT id FROM organisations WHERE id = ?1 FOR UPDATE")
        .setParameter(1, organisationId)
        .getResultList();
    if (alreadyInvoiced(organisationId, month)) {
      return Optional.empty();
    }
    ZoneId zone = CurrentTenant.require().timeZone();
    Optional<ProposedInvoice> proposed =
        generator.generate(
            organisationId,
            CurrentTenant.require().currency(),
            month.atDay(1),
            month.atEndOfMonth(),
            usage(organisationId, start(month, zone), start(month.plusMonths(1), zone)),
            topUps(organisationId, zone, start(month, zone), start(month.plusMonths(1), zone)));
    if (proposed.isEmpty()) {
      return Optional.empty();
    }
    String number = InvoiceNumbers.next(em, month.getYear());
    em.persist(new Invoice(number, proposed.get(), clock.now()));
    mailToOwner(organisationId, number, month, proposed.get());
    return Optional.of(number);
  }

  /** The invoice mail joins the issuing transaction: no invoice, no mail; no mail lost. */
  private void mailToOwner(
      long organisationId, String number, YearMonth month, ProposedInvoice invoice) {
    OrganisationOwner owner = organisations.owner(organisationId);
    var tenant = CurrentTenant.require();
    String product = tenant.brand().productName();
    String period =
        month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    outbox.enqueue(
        owner.email(),
        product + ": invoice " + number + " for " + period,
        "Hello "
            + owner.displayName()
            + ",\n\nyour invoice "
            + number
            + " for "
            + owner.organisationName()
            + " and "
            + period
            + " is ready: "
            + invoice.total().display()
            + ".\n\nSee and download it at "
            + PublicUrls.portal(tenant.slug())
            + "/portal/invoices.xhtml\n");
  }

  static Instant start(YearMonth month, ZoneId zone) {
    return month.atDay(1).atStartOfDay(zone).toInstant();
  }

  private boolean alreadyInvoiced(long organisationId, YearMonth month) {
    return !em.createNativeQuery(
            "SELECT 1 FROM invoices WHERE organisation_id = ?1 AND period_start = ?2")
        .setParameter(1, organisationId)
        .setParameter(2, month.atDay(1))
        .getResultList()
        .isEmpty();
  }

  /** Top-ups booked in the period; reversals stay in the ledger and the transaction statement. */
  private List<ProposedInvoice.Payment> topUps(
      long organisationId, ZoneId zone, Instant from, Instant to) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT e.created_at, e.description, e.amount FROM ledger_entries e"
                    + " JOIN wallets w ON w.id = e.wallet_id"
                    + " WHERE w.organisation_id = ?1 AND e.type = 'TOP_UP'"
                    + " AND e.created_at >= ?2 AND e.created_at < ?3 ORDER BY e.created_at, e.id")
            .setParameter(1, organisationId)
            .setParameter(2, Timestamp.from(from))
            .setParameter(3, Timestamp.from(to))
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new ProposedInvoice.Payment(
                    SqlValues.instant(r[0]).atZone(zone).toLocalDate(),
                    (String) r[1],
                    new Money((BigDecimal) r[2], CurrentTenant.require().currency())))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private List<ServerUsage> usage(long organisationId, Instant from, Instant to) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT s.id, s.hostname, p.name, count(*), sum(u.amount) FROM usage_charges u"
                    + " JOIN servers s ON s.id = u.server_id JOIN plans p ON p.id = s.plan_id"
                    + " WHERE s.organisation_id = ?1 AND u.period_start >= ?2 AND u.period_start < ?3"
                    + " GROUP BY s.id, s.hostname, p.name")
            .setParameter(1, organisationId)
            .setParameter(2, Timestamp.from(from))
            .setParameter(3, Timestamp.from(to))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new ServerUsage(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    ((Number) r[3]).intValue(),
                    new Money((BigDecimal) r[4], CurrentTenant.require().currency())))
        .toList();
  }
}
