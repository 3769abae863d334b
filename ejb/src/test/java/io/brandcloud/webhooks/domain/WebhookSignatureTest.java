package io.brandcloud.webhooks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  private static final String SECRET = "whsec_test-secret";
  private static final Instant AT = Instant.parse("2026-11-28T09:00:00Z");
  private static final String BODY =
      "{\"id\":\"e1\",\"type\":\"invoice.paid\",\"data\":{\"id\":7}}";

  @Test
  void theHeaderIsTheTimeAndTheHmacOfTimeDotBodyAsTheHandbookSays() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected =
        HexFormat.of()
            .formatHex(mac.doFinal(("1795856400." + BODY).getBytes(StandardCharsets.UTF_8)));

    assertThat(WebhookSignature.header(SECRET, AT, BODY)).isEqualTo("t=1795856400,v1=" + expected);
  }

  @Test
  void aReceiverAcceptsOnlyTheSameBodyUnderTheSameSecretWithinTheTolerance() {
    String header = WebhookSignature.header(SECRET, AT, BODY);
    Duration five = Duration.ofMinutes(5);

    assertThat(WebhookSignature.verify(SECRET, header, BODY, AT.plusSeconds(299), five)).isTrue();
    assertThat(WebhookSignature.verify(SECRET, header, BODY + " ", AT, five)).isFalse();
    assertThat(WebhookSignature.verify("whsec_other", header, BODY, AT, five)).isFalse();
    assertThat(WebhookSignature.verify(SECRET, header, BODY, AT.plusSeconds(301), five))
        .as("a delivery replayed later")
        .isFalse();
    assertThat(
            WebhookSignature.verify(
                SECRET, header.replace("t=1795856400", "t=1795856401"), BODY, AT, five))
        .as("the time is part of what is signed")
        .isFalse();
    assertThat(WebhookSignature.verify(SECRET, null, BODY, AT, five)).isFalse();
    assertThat(WebhookSignature.verify(SECRET, "v1=abc", BODY, AT, five)).isFalse();
    assertThat(WebhookSignature.verify(SECRET, "t=x,v1=abc", BODY, AT, five)).isFalse();
  }
}
