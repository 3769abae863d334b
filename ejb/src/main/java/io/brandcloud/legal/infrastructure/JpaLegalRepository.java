package io.brandcloud.legal.infrastructure;

import io.brandcloud.legal.domain.LegalDocument;
import io.brandcloud.legal.domain.LegalKind;
import io.brandcloud.legal.domain.LegalRepository;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.shared.UniqueRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class JpaLegalRepository implements LegalRepository {

  private static final String COLUMNS =
      "id, kind, version, title, body, published_by, published_at";

  @PersistenceContext EntityManager em;

  @Override
  public List<LegalDocument> current() {
    return documents(
            "SELECT DISTINCT ON (kind) "
                + COLUMNS
                + " FROM legal_documents ORDER BY kind, version DESC",
            null)
        .stream()
        .sorted(Comparator.comparing(LegalDocument::kind))
        .toList();
  }

  @Override
  public List<LegalDocument> versions(LegalKind kind) {
    return documents(
        "SELECT " + COLUMNS + " FROM legal_documents WHERE kind = ?1 ORDER BY version DESC",
        kind.wireName());
  }

  @Override
  public LegalDocument publish(
      LegalKind kind, String title, String body, String publishedBy, Instant publishedAt) {
    long id =
        UniqueRows.orConflict(
            () ->
                SqlValues.toLong(
                    em.createNativeQuery(
                            "INSERT INTO legal_documents (kind, version, title, body,"
                                + " published_by, published_at)"
                                + " SELECT ?1, COALESCE(MAX(version), 0) + 1, ?2, ?3, ?4, ?5"
                                + " FROM legal_documents WHERE kind = ?1 RETURNING id")
                        .setParameter(1, kind.wireName())
                        .setParameter(2, title)
                        .setParameter(3, body)
                        .setParameter(4, publishedBy)
                        .setParameter(5, Timestamp.from(publishedAt))
                        .getSingleResult()),
            "Someone published this page a moment ago; read their version first");
    return documents("SELECT " + COLUMNS + " FROM legal_documents WHERE id = ?1", id).get(0);
  }

  @Override
  public Set<Long> acceptedBy(long userId) {
    Set<Long> ids = new HashSet<>();
    for (Object id :
        em.createNativeQuery("SELECT document_id FROM legal_acceptances WHERE user_id = ?1")
            .setParameter(1, userId)
            .getResultList()) {
      ids.add(SqlValues.toLong(id));
    }
    return ids;
  }

  @Override
  public void accept(long userId, Collection<Long> documentIds, Instant acceptedAt, String via) {
    for (long documentId : documentIds) {
      em.createNativeQuery(
              "INSERT INTO legal_acceptances (user_id, document_id, accepted_at, via)"
                  + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (user_id, document_id) DO NOTHING")
          .setParameter(1, userId)
          .setParameter(2, documentId)
          .setParameter(3, Timestamp.from(acceptedAt))
          .setParameter(4, via)
          .executeUpdate();
    }
  }

  @Override
  public Map<Long, Long> acceptances(LegalKind kind) {
    Map<Long, Long> counts = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT a.document_id, count(*) FROM legal_acceptances a"
                    + " JOIN legal_documents d ON d.id = a.document_id WHERE d.kind = ?1"
                    + " GROUP BY a.document_id")
            .setParameter(1, kind.wireName())
            .getResultList()) {
      Object[] columns = (Object[]) row;
      counts.put(SqlValues.toLong(columns[0]), SqlValues.toLong(columns[1]));
    }
    return counts;
  }

  private List<LegalDocument> documents(String sql, Object parameter) {
    var query = em.createNativeQuery(sql);
    if (parameter != null) {
      query.setParameter(1, parameter);
    }
    return ((List<?>) query.getResultList())
        .stream()
            .map(Object[].class::cast)
            .map(
                c ->
                    new LegalDocument(
                        SqlValues.toLong(c[0]),
                        LegalKind.parse("kind", (String) c[1]),
                        SqlValues.toInt(c[2]),
                        (String) c[3],
                        (String) c[4],
                        (String) c[5],
                        SqlValues.instant(c[6])))
            .toList();
  }
}
