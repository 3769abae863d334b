package io.brandcloud.fraud.domain;

import io.brandcloud.shared.Money;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A check as staff see it: who, from where, what it was worth, the signals and the decision.
 *
 * @param status null unless the check was held for review
 * @param subject what waits on the check, for a held order
 * @param cardFingerprint the card a held top-up was paid with, as its gateway knows it, or null
 */
public record CheckView(
    long id,
    CheckKind kind,
    Long userId,
    String name,
    String email,
    Long organisationId,
    String organisationName,
    String clientAddress,
    String network,
    Money amount,
    int score,
    Outcome outcome,
    ReviewStatus status,
    String subject,
    Long serverId,
    Long paymentId,
    String cardFingerprint,
    String decidedBy,
    Instant decidedAt,
    String reason,
    Instant createdAt,
    List<Signal> signals)
    implements Serializable {

  public CheckView {
    signals = List.copyOf(signals);
  }

  public CheckView withSignals(List<Signal> found) {
    return new CheckView(
        id,
        kind,
        userId,
        name,
        email,
        organisationId,
        organisationName,
        clientAddress,
        network,
        amount,
        score,
        outcome,
        status,
        subject,
        serverId,
        paymentId,
        cardFingerprint,
        decidedBy,
        decidedAt,
        reason,
        createdAt,
        found);
  }
}
