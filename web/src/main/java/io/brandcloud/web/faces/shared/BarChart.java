package io.brandcloud.web.faces.shared;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A bar chart as {@code p:chart} draws it (a Chart.js configuration in JSON), built with JSON-P so
 * that no label can break out of its string: one series of amounts, one bar per label, in the
 * brand's colour.
 */
public final class BarChart {

  // JSON.createObjectBuilder() looks the provider up again on every call (9 % of a dashboard's
  // time)
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  private BarChart() {}

  /** One bar. */
  public record Bar(String label, BigDecimal value) {}

  public static String of(String seriesName, List<Bar> bars, String colour, Locale locale) {
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    JsonArrayBuilder values = JSON.createArrayBuilder();
    for (Bar bar : bars) {
      labels.add(bar.label());
      values.add(bar.value());
    }
    return JSON.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            JSON.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    JSON.createArrayBuilder()
                        .add(
                            JSON.createObjectBuilder()
                                .add("label", seriesName)
                                .add("data", values)
                                .add("backgroundColor", colour))))
        .add(
            "options",
            JSON.createObjectBuilder()
                // the axes' numbers in the page's language, not the browser's
                .add("locale", locale.toLanguageTag())
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                    "plugins",
                    JSON.createObjectBuilder()
                        .add("legend", JSON.createObjectBuilder().add("display", false)))
                .add(
                    "scales",
                    JSON.createObjectBuilder()
                        .add("y", JSON.createObjectBuilder().add("beginAtZero", true))))
        .build()
        .toString();
  }
}
