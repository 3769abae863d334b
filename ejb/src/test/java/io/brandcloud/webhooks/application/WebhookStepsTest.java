package io.brandcloud.webhooks.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.webhooks.domain.WebhookFormat;
import io.brandcloud.webhooks.domain.WebhookStore;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookStepsTest {

  @Test
  void theBodyIsTheEventWithItsDataAsWritten() {
    WebhookStore.Due due =
        new WebhookStore.Due(
            9,
            3,
            "https://hooks.example.com/x",
            new byte[0],
            "5b0f0c3e-0000-4000-8000-000000000001",
            "invoice.paid",
            42L,
            "{\"id\": 7, \"total\": \"12.00\"}",
            Instant.parse("2026-11-28T09:00:00.123Z"),
            1,
            WebhookFormat.JSON,
            "Acme GmbH",
            null,
            null);

    assertThat(WebhookSteps.body(due))
        .isEqualTo(
            "{\"id\":\"5b0f0c3e-0000-4000-8000-000000000001\",\"type\":\"invoice.paid\","
                + "\"created_at\":\"2026-11-28T09:00:00.123Z\",\"organisation_id\":42,"
                + "\"data\":{\"id\":7,\"total\":\"12.00\"}}");
  }

  @Test
  void aDeliveryOfTheTenantHasNoOrganisation() {
    WebhookStore.Due due =
        new WebhookStore.Due(
            9,
            3,
            "u",
            new byte[0],
            "e",
            "ticket.created",
            null,
            "{}",
            Instant.EPOCH,
            1,
            WebhookFormat.JSON,
            null,
            null,
            null);

    assertThat(WebhookSteps.body(due)).contains("\"organisation_id\":null");
  }

  @Test
  void retriesWaitThirtySecondsThenDoubleUpToSixHoursForAboutThreeDays() {
    assertThat(WebhookSteps.waitAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(WebhookSteps.waitAfter(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(WebhookSteps.waitAfter(10)).isEqualTo(Duration.ofSeconds(30 * 512));
    assertThat(WebhookSteps.waitAfter(11)).isEqualTo(Duration.ofHours(6));
    assertThat(WebhookSteps.waitAfter(40)).isEqualTo(Duration.ofHours(6));
    Duration total = Duration.ZERO;
    for (int attempt = 1; attempt < WebhookSteps.MAX_ATTEMPTS; attempt++) {
      total = total.plus(WebhookSteps.waitAfter(attempt));
    }
    assertThat(total).isBetween(Duration.ofHours(66), Duration.ofHours(78));
  }
}
