package io.brandcloud.legal.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The tenant's legal documents and who accepted them. */
public interface LegalRepository {

  /** The newest version of each kind that has one: terms, privacy, refunds. */
  List<LegalDocument> current();

  /** Every version of a kind, newest first. */
  List<LegalDocument> versions(LegalKind kind);

  /** Publishes the next version of the kind; its number is one above the newest. */
  LegalDocument publish(
      LegalKind kind, String title, String body, String publishedBy, Instant publishedAt);

  /** The documents (by id) the user accepted, of any version. */
  Set<Long> acceptedBy(long userId);

  /** Records that the user accepted the documents; one accepted before stays as it was. */
  void accept(long userId, Collection<Long> documentIds, Instant acceptedAt, String via);

  /** How many users accepted each document, by id. */
  Map<Long, Long> acceptances(LegalKind kind);
}
