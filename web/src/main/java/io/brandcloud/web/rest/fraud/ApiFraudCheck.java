package io.brandcloud.web.rest.fraud;

import io.brandcloud.fraud.domain.CheckView;
import io.brandcloud.fraud.domain.Signal;
import io.brandcloud.web.rest.ApiMoney;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A screening as staff see it.
 *
 * @param status {@code pending}, {@code approved} or {@code denied}; null for checks not held
 * @param subject what waits on the check (a server order), or null
 * @param cardFingerprint the gateway's fingerprint of the card a held top-up was paid with, to
 *     block it by; null where there is none
 */
public record ApiFraudCheck(
    long id,
    String kind,
    Long userId,
    String name,
    String email,
    Long organisationId,
    String organisationName,
    String clientAddress,
    String network,
    ApiMoney monthlyValue,
    int score,
    String outcome,
    String status,
    String subject,
    Long serverId,
    Long paymentId,
    String cardFingerprint,
    String decidedBy,
    Instant decidedAt,
    String reason,
    Instant createdAt,
    List<ApiSignal> signals) {

  /** A rule the check tripped, the weight it added and what it saw. */
  public record ApiSignal(String rule, int weight, String detail) {
    static ApiSignal of(Signal signal) {
      return new ApiSignal(lower(signal.rule()), signal.weight(), signal.detail());
    }
  }

  static ApiFraudCheck of(CheckView c) {
    return new ApiFraudCheck(
        c.id(),
        lower(c.kind()),
        c.userId(),
        c.name(),
        c.email(),
        c.organisationId(),
        c.organisationName(),
        c.clientAddress(),
        c.network(),
        c.amount() == null ? null : ApiMoney.of(c.amount()),
        c.score(),
        lower(c.outcome()),
        c.status() == null ? null : lower(c.status()),
        c.subject(),
        c.serverId(),
        c.paymentId(),
        c.cardFingerprint(),
        c.decidedBy(),
        c.decidedAt(),
        c.reason(),
        c.createdAt(),
        c.signals().stream().map(ApiSignal::of).toList());
  }

  static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
