package io.brandcloud.provisioning.transfer.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * An organisation's transfer in one month: what its servers' plans include ({@code includedGb},
 * each server's share for the hours it is billed in the month, running ones until the month's end),
 * what they sent out so far ({@code usedGb}) and, at the pace so far, by the month's end ({@code
 * projectedGb}). A GB is 10⁹ bytes, as the providers count it.
 */
public record TransferMonth(
    YearMonth month, BigDecimal includedGb, BigDecimal usedGb, BigDecimal projectedGb) {

  public static final BigDecimal BYTES_PER_GB = BigDecimal.valueOf(1_000_000_000L);
  private static final int SCALE = 3;

  public static BigDecimal gb(long bytes) {
    return BigDecimal.valueOf(bytes).divide(BYTES_PER_GB, SCALE, RoundingMode.HALF_UP);
  }

  /**
   * {@code usedBytes} of {@code included} GB, after {@code elapsed} of the month's {@code length}
   * (both in any one unit): the projection is the pace so far kept to the month's end.
   */
  public static TransferMonth of(
      YearMonth month, BigDecimal included, long usedBytes, long elapsed, long length) {
    BigDecimal used = gb(usedBytes);
    BigDecimal projected =
        elapsed <= 0
            ? used
            : BigDecimal.valueOf(usedBytes)
                .multiply(BigDecimal.valueOf(length))
                .divide(
                    BigDecimal.valueOf(elapsed).multiply(BYTES_PER_GB),
                    SCALE,
                    RoundingMode.HALF_UP);
    return new TransferMonth(
        month, included.setScale(SCALE, RoundingMode.HALF_UP), used, projected);
  }

  /** How much of the pool is used, in whole percent, rounded down; all of none is 100. */
  public int percentUsed() {
    if (includedGb.signum() == 0) {
      return usedGb.signum() == 0 ? 0 : 100;
    }
    return usedGb
        .multiply(BigDecimal.valueOf(100))
        .divide(includedGb, 0, RoundingMode.DOWN)
        .intValue();
  }

  /** The highest warning the month has reached: 100, 80, or 0 for none. */
  public int warningLevel() {
    int percent = percentUsed();
    return percent >= 100 ? 100 : percent >= 80 ? 80 : 0;
  }
}
