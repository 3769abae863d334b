package io.brandcloud.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpCodesTest {

  // RFC 6238 appendix B's SHA-1 seed "12345678901234567890" in base32
  private static final String RFC_SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
  private final TotpCodes codes = new TotpCodes();

  @Test
  void matchesTheRfcTestVector() {
    // RFC 6238: T = 59 s gives 94287082 with 8 digits; the last six are the 6-digit code
    assertThat(codes.codeAt(RFC_SEED, Instant.ofEpochSecond(59))).isEqualTo("287082");
    assertThat(codes.codeAt(RFC_SEED, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
  }

  @Test
  void aCodeIsAcceptedOneStepEitherSideButNotTwo() {
    Instant now = Instant.ofEpochSecond(1_800_000_000L);
    String previous = codes.codeAt(RFC_SEED, now.minusSeconds(30));
    String tooOld = codes.codeAt(RFC_SEED, now.minusSeconds(60));
    assertThat(codes.match(RFC_SEED, previous, now, null)).isPresent();
    assertThat(codes.match(RFC_SEED, tooOld, now, null)).isEmpty();
  }

  @Test
  void aUsedCodeCannotBeReplayed() {
    Instant now = Instant.ofEpochSecond(1_800_000_000L);
    String code = codes.codeAt(RFC_SEED, now);
    long step = codes.match(RFC_SEED, code, now, null).orElseThrow();
    assertThat(codes.match(RFC_SEED, code, now.plusSeconds(5), step)).isEmpty();
  }

  @Test
  void garbageIsNoCode() {
    Instant now = Instant.ofEpochSecond(1_800_000_000L);
    assertThat(codes.match(RFC_SEED, "12ab56", now, null)).isEmpty();
    assertThat(codes.match(RFC_SEED, null, now, null)).isEmpty();
    assertThat(codes.match(RFC_SEED, "1234567", now, null)).isEmpty();
  }
}
