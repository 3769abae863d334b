package io.brandcloud.it;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The Prometheus endpoint of the node under test, read as text and looked up by name and labels.
 */
final class PrometheusText {

  private final String text;

  private PrometheusText(String text) {
    this.text = text;
  }

  static PrometheusText scrape() {
    int offset = Integer.parseInt(System.getProperty("jboss.socket.binding.port-offset", "0"));
    Http management = new Http(URI.create("http://127.0.0.1:" + (9990 + offset) + "/"));
    return new PrometheusText(management.get("metrics").body());
  }

  /** The value of the series with this name that has at least these labels. */
  OptionalDouble value(String name, Map<String, String> labels) {
    return Arrays.stream(text.split("\n"))
        .filter(line -> line.startsWith(name + "{"))
        .filter(
            line ->
                labels.entrySet().stream()
                    .allMatch(l -> line.contains(l.getKey() + "=\"" + l.getValue() + "\"")))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst();
  }

  double valueOrZero(String name, Map<String, String> labels) {
    return value(name, labels).orElse(0);
  }

  @Override
  public String toString() {
    return text;
  }
}
