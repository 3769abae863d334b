package io.brandcloud.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

class RouteOfResourceTest {

  @Path("v1/servers/")
  static class Servers {

    @GET
    @Path("{id: \\d+}/actions")
    public void actions() {}

    @GET
    public void list() {}
  }

  @Test
  void joinsTheClassAndMethodTemplatesWithoutTheirPatterns() throws NoSuchMethodException {
    assertThat(
            RouteOfResource.template(Servers.class)
                + RouteOfResource.template(Servers.class.getMethod("actions")))
        .isEqualTo("/v1/servers/{id}/actions");
    assertThat(
            RouteOfResource.template(Servers.class)
                + RouteOfResource.template(Servers.class.getMethod("list")))
        .isEqualTo("/v1/servers");
  }
}
