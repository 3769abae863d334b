package io.brandcloud.payments.testgateway;

import io.brandcloud.payments.domain.GatewayException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How the test gateway signs its webhooks, the way Stripe does: header {@value #HEADER} is {@code
 * t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">}; a delivery over {@link #TOLERANCE} old (or
 * ahead) is refused, so a captured one cannot be replayed later.
 */
public final class TestGatewaySignature {

  public static final String HEADER = "Test-Gateway-Signature";
  public static final Duration TOLERANCE = Duration.ofMinutes(5);

  private TestGatewaySignature() {}

  public static String sign(String secret, Instant at, String body) {
    long t = at.getEpochSecond();
    return "t=" + t + ",v1=" + hmac(secret, t + "." + body);
  }

  /** Checks the header against the body; throws a forged {@link GatewayException} if it fails. */
  public static void verify(String secret, String header, String body, Instant now) {
    if (secret == null || header == null) {
      throw GatewayException.forged("No " + HEADER + " header");
    }
    Long t = null;
    String v1 = null;
    for (String part : header.split(",")) {
      String[] kv = part.strip().split("=", 2);
      if (kv.length == 2 && kv[0].equals("t")) {
        try {
          t = Long.parseLong(kv[1]);
        } catch (NumberFormatException e) {
          throw GatewayException.forged("The signature's time is not a number");
        }
      } else if (kv.length == 2 && kv[0].equals("v1")) {
        v1 = kv[1];
      }
    }
    if (t == null || v1 == null) {
      throw GatewayException.forged("The signature header lacks t or v1");
    }
    if (Duration.between(Instant.ofEpochSecond(t), now).abs().compareTo(TOLERANCE) > 0) {
      throw GatewayException.forged("The signature is too old or from the future");
    }
    byte[] expected = hmac(secret, t + "." + body).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, v1.getBytes(StandardCharsets.US_ASCII))) {
      throw GatewayException.forged("The signature does not match");
    }
  }

  private static String hmac(String secret, String signed) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing", e);
    }
  }
}
