package io.brandcloud.payments.testgateway;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.payments.domain.GatewayException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TestGatewaySignatureTest {

  private static final Instant NOW = Instant.parse("2030-01-01T12:00:00Z");
  private static final String BODY = "{\"id\":\"tgevt_1\"}";

  @Test
  void aFreshSignatureOfTheBodyVerifies() {
    String header = TestGatewaySignature.sign("secret", NOW.minusSeconds(299), BODY);
    assertThatCode(() -> TestGatewaySignature.verify("secret", header, BODY, NOW))
        .doesNotThrowAnyException();
  }

  @Test
  void anotherSecretBodyOrTimeIsForged() {
    String header = TestGatewaySignature.sign("secret", NOW, BODY);
    assertForged(() -> TestGatewaySignature.verify("other", header, BODY, NOW), "does not match");
    assertForged(
        () -> TestGatewaySignature.verify("secret", header, BODY + " ", NOW), "does not match");
    assertForged(
        () ->
            TestGatewaySignature.verify(
                "secret", header, BODY, NOW.plus(Duration.ofMinutes(5)).plusSeconds(1)),
        "too old");
    assertForged(
        () -> TestGatewaySignature.verify("secret", header.replace("t=", "t=1"), BODY, NOW),
        "too old");
    assertForged(() -> TestGatewaySignature.verify("secret", null, BODY, NOW), "No");
    assertForged(() -> TestGatewaySignature.verify("secret", "v1=ab", BODY, NOW), "lacks");
    assertForged(() -> TestGatewaySignature.verify("secret", "t=x,v1=ab", BODY, NOW), "number");
  }

  private static void assertForged(Runnable verify, String why) {
    assertThatThrownBy(verify::run).isInstanceOf(GatewayException.class).hasMessageContaining(why);
  }
}
