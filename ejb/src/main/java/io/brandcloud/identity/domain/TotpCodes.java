package io.brandcloud.identity.domain;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * RFC 6238 codes (SHA-1, 6 digits, 30 s, as authenticator apps expect) with the TOTP library. A
 * code is accepted one step either side of now, and only for a step later than the last one used,
 * so an overheard code cannot be replayed.
 */
public final class TotpCodes {

  public static final int PERIOD_SECONDS = 30;
  public static final int DIGITS = 6;
  private static final int ALLOWED_DRIFT_STEPS = 1;

  private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

  /** The step the code belongs to, if it is valid now and newer than {@code lastUsedStep}. */
  public OptionalLong match(String secret, String code, Instant now, Long lastUsedStep) {
    if (code == null || !code.strip().matches("[0-9]{" + DIGITS + "}")) {
      return OptionalLong.empty();
    }
    long current = now.getEpochSecond() / PERIOD_SECONDS;
    for (long step = current - ALLOWED_DRIFT_STEPS; step <= current + ALLOWED_DRIFT_STEPS; step++) {
      if (lastUsedStep != null && step <= lastUsedStep) {
        continue;
      }
      if (sameCode(generate(secret, step), code.strip())) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  /** The code for a moment; what an authenticator app would show then. */
  public String codeAt(String secret, Instant moment) {
    return generate(secret, moment.getEpochSecond() / PERIOD_SECONDS);
  }

  private String generate(String secret, long step) {
    try {
      return generator.generate(secret, step);
    } catch (CodeGenerationException e) {
      throw new IllegalStateException("A stored TOTP seed is not valid base32", e);
    }
  }

  private static boolean sameCode(String expected, String given) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
  }
}
