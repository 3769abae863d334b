package io.brandcloud.provisioning.providers.infrastructure.linode;

import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.field;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.object;

import io.brandcloud.provisioning.providers.domain.ServerUsage;
import io.brandcloud.provisioning.providers.domain.ServerUsage.Sample;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorApi;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A Linode's CPU and public IPv4 traffic. Linode gives the last 24 hours ({@code /stats}) or a
 * whole month ({@code /stats/{year}/{month}}, the last 30 days for the current one) as 5-minute
 * averages: CPU in percent, traffic in bits per second, here turned into bytes per sample.
 */
final class LinodeStats {

  /** Bytes in a 5-minute sample of one bit per second. */
  private static final BigDecimal BYTES_PER_SAMPLE =
      BigDecimal.valueOf(300).divide(BigDecimal.valueOf(8));

  private LinodeStats() {}

  static ServerUsage between(VendorApi api, String instance, Instant from, Instant to) {
    List<JsonValue> answers = new ArrayList<>();
    if (Duration.between(from, to).compareTo(Duration.ofDays(1)) <= 0) {
      answers.add(api.get(instance + "/stats"));
    } else {
      YearMonth first = YearMonth.from(from.atZone(ZoneOffset.UTC));
      YearMonth last = YearMonth.from(to.atZone(ZoneOffset.UTC));
      for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
        answers.add(api.get(instance + "/stats/" + month.getYear() + "/" + month.getMonthValue()));
      }
    }
    List<Sample> cpu = new ArrayList<>();
    List<Sample> in = new ArrayList<>();
    List<Sample> out = new ArrayList<>();
    for (JsonValue answer : answers) {
      collect(field(answer, "cpu"), BigDecimal.ONE, from, to, cpu);
      collect(field(object(answer, "netv4"), "in"), BYTES_PER_SAMPLE, from, to, in);
      collect(field(object(answer, "netv4"), "out"), BYTES_PER_SAMPLE, from, to, out);
    }
    return new ServerUsage(sorted(cpu), sorted(in), sorted(out));
  }

  /**
   * Reads {@code [[milliseconds, value], …]}, unwrapping extra levels of arrays (the spec's own
   * examples nest the pairs once more than the API sends them).
   */
  private static void collect(
      JsonValue value, BigDecimal factor, Instant from, Instant to, List<Sample> into) {
    if (!(value instanceof JsonArray array) || array.isEmpty()) {
      return;
    }
    if (array.size() == 2
        && array.get(0) instanceof JsonNumber at
        && array.get(1) instanceof JsonNumber measured) {
      Instant moment = Instant.ofEpochMilli(at.longValue());
      if (!moment.isBefore(from) && !moment.isAfter(to)) {
        into.add(new Sample(moment, measured.bigDecimalValue().multiply(factor).longValue()));
      }
      return;
    }
    array.forEach(item -> collect(item, factor, from, to, into));
  }

  private static List<Sample> sorted(List<Sample> samples) {
    samples.sort(Comparator.comparing(Sample::at));
    return samples;
  }
}
