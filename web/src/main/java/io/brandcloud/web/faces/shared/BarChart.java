package io.brandcloud.web.faces.shared;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * A bar chart as {@code p:chart} draws it (a Chart.js configuration in JSON), built with JSON-P so
 * that no label can break out of its string: one series of amounts, one bar per label, in the
 * brand's colour.
 */
public final class BarChart {

  private BarChart() {}

  /** One bar. */
  public record Bar(String label, BigDecimal value) {}

  public static String of(String seriesName, List<Bar> bars, String colour) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    for (Bar bar : bars) {
      labels.add(bar.label());
      values.add(bar.value());
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", seriesName)
                                .add("data", values)
                                .add("backgroundColor", colour))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", false)))
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
        .build()
        .toString();
  }
}
