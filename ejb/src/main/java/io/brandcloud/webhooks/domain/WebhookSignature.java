package io.brandcloud.webhooks.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a delivery proves it came from the panel: {@code Brandcloud-Signature: t=<unix seconds>,
 * v1=<hex HMAC-SHA256 of "<t>.<body>" under the endpoint's secret>}. The time inside what is signed
 * lets a receiver refuse an old delivery replayed; the body is signed byte for byte as sent.
 */
public final class WebhookSignature {

  public static final String HEADER = "Brandcloud-Signature";

  private WebhookSignature() {}

  /** The header's value for {@code body} sent at {@code at}. */
  public static String header(String secret, Instant at, String body) {
    long seconds = at.getEpochSecond();
    return "t=" + seconds + ",v1=" + hmac(secret, seconds + "." + body);
  }

  /**
   * Whether {@code header} signs {@code body} under {@code secret} within {@code tolerance} of
   * {@code now}: what a receiver checks.
   */
  public static boolean verify(
      String secret, String header, String body, Instant now, Duration tolerance) {
    if (header == null) {
      return false;
    }
    Long seconds = null;
    String signature = null;
    for (String part : header.split(",")) {
      String[] pair = part.strip().split("=", 2);
      if (pair.length == 2 && pair[0].equals("t") && pair[1].matches("[0-9]{1,12}")) {
        seconds = Long.parseLong(pair[1]);
      } else if (pair.length == 2 && pair[0].equals("v1")) {
        signature = pair[1];
      }
    }
    if (seconds == null || signature == null) {
      return false;
    }
    if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(tolerance) > 0) {
      return false;
    }
    return MessageDigest.isEqual(
        hmac(secret, seconds + "." + body).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }

  private static String hmac(String secret, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }
}
