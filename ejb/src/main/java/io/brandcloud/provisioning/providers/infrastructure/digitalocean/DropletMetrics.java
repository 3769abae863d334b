package io.brandcloud.provisioning.providers.infrastructure.digitalocean;

import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.array;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.object;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.text;

import io.brandcloud.provisioning.providers.domain.ServerUsage;
import io.brandcloud.provisioning.providers.domain.ServerUsage.Sample;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorApi;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A droplet's monitoring metrics: CPU arrives as growing seconds per mode (idle, user, …), turned
 * into percent busy between two readings; bandwidth as megabits per second, one call per direction,
 * turned into bytes per interval between readings.
 */
final class DropletMetrics {

  private static final BigDecimal BYTES_PER_MEGABIT = BigDecimal.valueOf(125_000);

  private DropletMetrics() {}

  static ServerUsage between(
      VendorApi api, String droplet, String externalId, Instant from, Instant to) {
    String window =
        "?host_id="
            + externalId
            + "&start="
            + from.getEpochSecond()
            + "&end="
            + to.getEpochSecond();
    JsonValue cpu = api.get("/v2/monitoring/metrics/droplet/cpu" + window);
    JsonValue in =
        api.get(
            "/v2/monitoring/metrics/droplet/bandwidth"
                + window
                + "&interface=public&direction=inbound");
    JsonValue out =
        api.get(
            "/v2/monitoring/metrics/droplet/bandwidth"
                + window
                + "&interface=public&direction=outbound");
    return new ServerUsage(busyPercent(cpu), bytes(in), bytes(out));
  }

  private static List<Sample> busyPercent(JsonValue answer) {
    Map<Long, BigDecimal> idle = new TreeMap<>();
    Map<Long, BigDecimal> all = new TreeMap<>();
    for (JsonValue series : results(answer)) {
      boolean isIdle = "idle".equals(text(object(series, "metric"), "mode"));
      for (JsonValue point : array(series, "values")) {
        Reading reading = Reading.of(point);
        if (reading != null) {
          all.merge(reading.at(), reading.value(), BigDecimal::add);
          if (isIdle) {
            idle.merge(reading.at(), reading.value(), BigDecimal::add);
          }
        }
      }
    }
    List<Sample> samples = new ArrayList<>();
    Long previous = null;
    for (Long at : all.keySet()) {
      if (previous != null && idle.containsKey(at) && idle.containsKey(previous)) {
        BigDecimal total = all.get(at).subtract(all.get(previous));
        BigDecimal spare = idle.get(at).subtract(idle.get(previous));
        if (total.signum() > 0) {
          long busy =
              BigDecimal.ONE
                  .subtract(spare.divide(total, 6, RoundingMode.HALF_UP))
                  .multiply(BigDecimal.valueOf(100))
                  .longValue();
          samples.add(new Sample(Instant.ofEpochSecond(at), Math.max(0, busy)));
        }
      }
      previous = at;
    }
    return samples;
  }

  private static List<Sample> bytes(JsonValue answer) {
    List<Sample> samples = new ArrayList<>();
    for (JsonValue series : results(answer)) {
      Reading previous = null;
      for (JsonValue point : array(series, "values")) {
        Reading reading = Reading.of(point);
        if (reading != null && previous != null) {
          long seconds = reading.at() - previous.at();
          samples.add(
              new Sample(
                  Instant.ofEpochSecond(reading.at()),
                  reading
                      .value()
                      .multiply(BYTES_PER_MEGABIT)
                      .multiply(BigDecimal.valueOf(seconds))
                      .longValue()));
        }
        previous = reading == null ? previous : reading;
      }
    }
    return samples;
  }

  private static JsonArray results(JsonValue answer) {
    return array(object(answer, "data"), "result");
  }

  /** One {@code [unix seconds, "value"]} pair. */
  private record Reading(long at, BigDecimal value) {
    static Reading of(JsonValue point) {
      if (point instanceof JsonArray pair
          && pair.size() == 2
          && pair.get(0) instanceof JsonNumber at) {
        JsonValue value = pair.get(1);
        try {
          BigDecimal number =
              value instanceof JsonString text
                  ? new BigDecimal(text.getString())
                  : ((JsonNumber) value).bigDecimalValue();
          return new Reading(at.longValue(), number);
        } catch (RuntimeException e) {
          return null;
        }
      }
      return null;
    }
  }
}
