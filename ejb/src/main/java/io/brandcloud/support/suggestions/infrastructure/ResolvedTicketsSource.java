package io.brandcloud.support.suggestions.infrastructure;

import io.brandcloud.shared.SqlValues;
import io.brandcloud.shared.search.SearchDocument;
import io.brandcloud.shared.search.SearchFingerprint;
import io.brandcloud.shared.search.SqlSearchRows;
import io.brandcloud.support.suggestions.domain.ResolvedTickets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The current tenant's closed tickets as the search index holds them: searched by their subject and
 * what the customer wrote, handed back with the answer that resolved them (the longest one staff
 * sent the customer; the last is often just "closing this"). Staff notes never enter it.
 */
@ApplicationScoped
public class ResolvedTicketsSource implements ResolvedTickets {

  private static final String ROWS =
      "SELECT t.id, t.subject, t.status, t.updated_at,"
          + " (SELECT string_agg(m.body, E'\\n\\n' ORDER BY m.created_at, m.id)"
          + "    FROM support_ticket_messages m WHERE m.ticket_id = t.id AND NOT m.from_staff),"
          + " (SELECT m.body FROM support_ticket_messages m"
          + "   WHERE m.ticket_id = t.id AND m.from_staff AND NOT m.internal"
          + "   ORDER BY length(m.body) DESC, m.id DESC LIMIT 1)"
          + " FROM support_tickets t";

  @PersistenceContext EntityManager em;

  @Override
  public String name() {
    return "resolved-tickets";
  }

  @Override
  public SearchFingerprint fingerprint() {
    return SqlSearchRows.fingerprint(em, "support_tickets", "status = 'CLOSED'");
  }

  @Override
  public List<SearchDocument> all() {
    return SqlSearchRows.rows(em, ROWS + " WHERE t.status = 'CLOSED'", null).stream()
        .map(ResolvedTicketsSource::document)
        .toList();
  }

  @Override
  public Changes changedSince(Instant since) {
    List<SearchDocument> present = new ArrayList<>();
    List<String> gone = new ArrayList<>();
    for (Object[] row : SqlSearchRows.rows(em, ROWS + " WHERE t.updated_at >= ?1", since)) {
      if ("CLOSED".equals(row[2])) {
        present.add(document(row));
      } else {
        gone.add(row[0].toString());
      }
    }
    return new Changes(present, gone);
  }

  private static SearchDocument document(Object[] row) {
    String answer = (String) row[5];
    return new SearchDocument(
        row[0].toString(),
        TYPE,
        (String) row[1],
        (String) row[4],
        answer == null ? Map.of() : Map.of(ANSWER, answer),
        SqlValues.instant(row[3]));
  }
}
