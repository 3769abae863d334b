package io.brandcloud.payments.infrastructure.paypal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerificationBudgetTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  @Test
  void anAccountThatSpentItsMinuteWaitsForTheNextAndOthersDoNot() {
    VerificationBudget budget = new VerificationBudget();
    for (int i = 0; i < VerificationBudget.PER_MINUTE; i++) {
      budget.take("flooded", NOW.plusSeconds(i % 50));
    }

    assertThatThrownBy(() -> budget.take("flooded", NOW.plusSeconds(50)))
        .isInstanceOfSatisfying(
            BrandcloudException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED);
              assertThat(e.details()).containsEntry(BrandcloudException.RETRY_AFTER_SECONDS, 10L);
            });
    assertThatCode(() -> budget.take("another", NOW.plusSeconds(50))).doesNotThrowAnyException();
    assertThatCode(() -> budget.take("flooded", NOW.plusSeconds(60))).doesNotThrowAnyException();
  }
}
