package io.brandcloud.billing.infrastructure;

import io.brandcloud.billing.domain.InvoiceReminders;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

@ApplicationScoped
public class SqlInvoiceReminders implements InvoiceReminders {

  private static final String MARK =
      """
      WITH open AS (
        SELECT i.id, i.kind, i.due_on,
               CAST(i.issued_at AT TIME ZONE CAST(?3 AS text) AS date) AS issued_on,
               CASE WHEN CAST(?1 AS date) < i.due_on THEN 'BEFORE'
                    WHEN CAST(?1 AS date) < i.due_on + CAST(?2 AS int) THEN 'DUE'
                    ELSE 'OVERDUE' END AS stage
        FROM invoices i
        WHERE i.status = 'OPEN' AND i.due_on IS NOT NULL
          AND CAST(?1 AS date) >= i.due_on - CAST(?2 AS int)
      ), staged AS (
        SELECT id, kind, stage, issued_on,
               CASE stage WHEN 'BEFORE' THEN due_on - CAST(?2 AS int)
                          WHEN 'DUE' THEN due_on
                          ELSE due_on + CAST(?2 AS int) END AS stage_starts
        FROM open
      ), due AS (
        SELECT id, stage FROM staged
        WHERE (stage = 'BEFORE' OR kind = 'MANUAL')
          AND issued_on < stage_starts
          -- "due today" only on the day; the others within a week of their first day, so a
          -- tenant that turns reminders on does not mail about invoices long overdue
          AND CAST(?1 AS date) < stage_starts + CASE stage WHEN 'DUE' THEN 1 ELSE 7 END
      ), marked AS (
        INSERT INTO invoice_reminders (invoice_id, stage, sent_at)
        SELECT id, stage, ?4 FROM due
        ON CONFLICT DO NOTHING
        RETURNING invoice_id, stage
      )
      SELECT i.id, i.organisation_id, i.number, i.total, i.currency, i.due_on, m.stage
      FROM marked m JOIN invoices i ON i.id = m.invoice_id
      ORDER BY i.id
      """;

  @PersistenceContext EntityManager em;

  @Override
  public List<Reminder> markDue(LocalDate today, int days, ZoneId zone, Instant now) {
    List<?> rows =
        em.createNativeQuery(MARK)
            .setParameter(1, Date.valueOf(today))
            .setParameter(2, days)
            .setParameter(3, zone.getId())
            .setParameter(4, Timestamp.from(now))
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new Reminder(
                    SqlValues.toLong(r[0]),
                    SqlValues.toLong(r[1]),
                    (String) r[2],
                    (BigDecimal) r[3],
                    (String) r[4],
                    SqlValues.localDate(r[5]),
                    Stage.valueOf((String) r[6])))
        .toList();
  }
}
