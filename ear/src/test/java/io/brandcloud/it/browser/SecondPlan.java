package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.Http;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/**
 * Acme's demo sells one plan; a test that needs a second (to order it, to move a server to it)
 * offers one for its run and retires it afterwards, so the next test finds one plan again.
 */
final class SecondPlan {

  static final String NAME = "Performance 8 GB";

  private SecondPlan() {}

  /** Puts the second plan on sale (made once, offered again on later runs) and returns its id. */
  static long offer(Http admin) {
    for (JsonObject plan :
        Http.jsonArray(admin.get("t/acme/api/v1/admin/plans").body())
            .getValuesAs(JsonObject.class)) {
      if (NAME.equals(plan.getString("name"))) {
        long id = plan.getJsonNumber("id").longValue();
        assertThat(admin.put("t/acme/api/v1/admin/plans/" + id, "{\"active\":true}").statusCode())
            .isEqualTo(200);
        return id;
      }
    }
    JsonObject first =
        Http.jsonArray(admin.get("t/acme/api/v1/admin/plans").body()).getJsonObject(0);
    HttpResponse<String> created =
        admin.post(
            "t/acme/api/v1/admin/plans",
            "{\"connectionId\":"
                + first.getJsonNumber("connectionId").longValue()
                + ",\"providerPlanCode\":\"sim-4\",\"name\":\""
                + NAME
                + "\",\"markupPercent\":25}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Http.json(created.body()).getJsonNumber("id").longValue();
  }

  /** Takes it off sale again; nothing to do when offering it failed ({@code id} 0). */
  static void retire(Http admin, long id) {
    if (id == 0) {
      return;
    }
    assertThat(admin.put("t/acme/api/v1/admin/plans/" + id, "{\"active\":false}").statusCode())
        .isEqualTo(200);
  }
}
