package io.brandcloud.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Grafana dashboard in the repository reads the series the panel exports, and all of them. */
class GrafanaDashboardTest {

  private static final Path DASHBOARD =
      Path.of("../wildfly-config/src/main/grafana/brandcloud-dashboard.json");

  @Test
  void everyBrandcloudSeriesTheDashboardReadsIsExportedAndEveryMeterIsShown() throws IOException {
    Set<String> read = new TreeSet<>();
    Matcher names = Pattern.compile("brandcloud_[a-z_]+").matcher(Files.readString(DASHBOARD));
    while (names.find()) {
      read.add(names.group());
    }
    Set<String> exported = exported();

    assertThat(exported).containsAll(read);
    for (String meter : meters()) {
      assertThat(read).as(meter).anyMatch(series -> series.startsWith(prometheus(meter)));
    }
  }

  /** What Micrometer's Prometheus registry names each meter's series. */
  private static Set<String> exported() {
    Set<String> series = new TreeSet<>();
    Stream.of(BusinessMetrics.SERVER_HOURS, BusinessMetrics.TOP_UPS, BusinessMetrics.TOP_UP_AMOUNT)
        .forEach(counter -> series.add(prometheus(counter) + "_total"));
    series.add(prometheus(BusinessMetrics.FAILED_PAYMENTS) + "_total");
    Stream.of(BusinessMetrics.CHARGING_AMOUNT, BusinessMetrics.CHARGING_SERVERS)
        .forEach(
            summary ->
                Stream.of("_count", "_sum", "_max")
                    .forEach(s -> series.add(prometheus(summary) + s)));
    Stream.of(BusinessMetrics.OUTBOX_LAG, "brandcloud.http.requests")
        .forEach(
            timer ->
                Stream.of("_count", "_sum", "_max")
                    .forEach(s -> series.add(prometheus(timer) + "_seconds" + s)));
    Stream.of(
            TenantGauges.RUNNING_SERVERS,
            TenantGauges.TICKETS_WAITING,
            TenantGauges.QUEUE_OLDEST,
            TenantGauges.QUEUE_TENANTS)
        .forEach(gauge -> series.add(prometheus(gauge)));
    return series;
  }

  private static Set<String> meters() {
    return Set.of(
        BusinessMetrics.CHARGING_AMOUNT,
        BusinessMetrics.SERVER_HOURS,
        BusinessMetrics.TOP_UPS,
        BusinessMetrics.TOP_UP_AMOUNT,
        BusinessMetrics.FAILED_PAYMENTS,
        BusinessMetrics.OUTBOX_LAG,
        TenantGauges.RUNNING_SERVERS,
        TenantGauges.TICKETS_WAITING,
        TenantGauges.QUEUE_OLDEST,
        TenantGauges.QUEUE_TENANTS);
  }

  private static String prometheus(String meter) {
    return meter.replace('.', '_');
  }
}
