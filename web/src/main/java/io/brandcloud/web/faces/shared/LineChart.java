package io.brandcloud.web.faces.shared;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A line chart as {@code p:chart} draws it (a Chart.js configuration in JSON, built with JSON-P):
 * one or more series over the same labels, the first in the brand's colour.
 */
public final class LineChart {

  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
  private static final String SECOND_COLOUR = "#8a94a6";

  private LineChart() {}

  /** One line: its name and a value per label. */
  public record Series(String name, List<Long> values) {}

  public static String of(List<String> labels, List<Series> series, String colour, Locale locale) {
    JsonArrayBuilder datasets = JSON.createArrayBuilder();
    for (int i = 0; i < series.size(); i++) {
      JsonArrayBuilder values = JSON.createArrayBuilder();
      series.get(i).values().forEach(values::add);
      String lineColour = i == 0 ? colour : SECOND_COLOUR;
      datasets.add(
          JSON.createObjectBuilder()
              .add("label", series.get(i).name())
              .add("data", values)
              .add("borderColor", lineColour)
              .add("backgroundColor", lineColour)
              .add("pointRadius", 0)
              .add("borderWidth", 2));
    }
    JsonArrayBuilder names = JSON.createArrayBuilder();
    labels.forEach(names::add);
    return JSON.createObjectBuilder()
        .add("type", "line")
        .add("data", JSON.createObjectBuilder().add("labels", names).add("datasets", datasets))
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
                        .add(
                            "legend", JSON.createObjectBuilder().add("display", series.size() > 1)))
                .add(
                    "scales",
                    JSON.createObjectBuilder()
                        .add("y", JSON.createObjectBuilder().add("beginAtZero", true))
                        .add(
                            "x",
                            JSON.createObjectBuilder()
                                .add("ticks", JSON.createObjectBuilder().add("maxTicksLimit", 8)))))
        .build()
        .toString();
  }
}
