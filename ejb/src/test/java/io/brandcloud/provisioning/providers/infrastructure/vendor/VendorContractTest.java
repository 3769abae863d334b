package io.brandcloud.provisioning.providers.infrastructure.vendor;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.contracts.VendorContract;
import io.brandcloud.provisioning.providers.domain.ProviderType;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/** The contract check itself: requests a vendor's document rejects do fail a test. */
class VendorContractTest {

  @Test
  void aRequestTheDocumentRejectsFailsTheTest() {
    try (VendorContract digitalOcean =
        new VendorContract("derived-digitalocean-public.v2.sanitized.json")) {
      digitalOcean.answer("POST", "/v2/droplets/1/actions", 201, "{}");
      VendorApi api =
          new VendorApi(
              ProviderType.DIGITALOCEAN.endpoint(), digitalOcean.account("bc-t1"), v -> "");
      api.post("/v2/droplets/1/actions", VendorJson.object().add("type", "explode").build());

      assertThatThrownBy(digitalOcean::assertEveryRequestMatchesTheSpec)
          .hasMessageContaining("POST /v2/droplets/1/actions");
    }
  }

  @Test
  void aRequestNothingAnsweredFailsTheTest() {
    try (VendorContract linode =
        new VendorContract("derived-linode-openapi-v4.189.0.relaxed.json")) {
      VendorApi api =
          new VendorApi(ProviderType.LINODE.endpoint(), linode.account("bc-t1"), v -> "");
      assertThatThrownBy(() -> api.get("/v4/profile"));
      assertThatThrownBy(linode::assertEveryRequestMatchesTheSpec)
          .hasMessageContaining("requests nothing answered");
    }
  }

  @Test
  void aMissingDocumentFailsRatherThanPassingUntested() {
    assertThatThrownBy(() -> new VendorContract("no-such-spec.json").close())
        .hasMessageContaining("is missing");
  }

  @Test
  void anEmptyAnswerIsNoJson() {
    try (VendorContract linode =
        new VendorContract("derived-linode-openapi-v4.189.0.relaxed.json")) {
      linode.answer("DELETE", "/v4/linode/instances/1", 200, null);
      VendorApi api =
          new VendorApi(ProviderType.LINODE.endpoint(), linode.account("bc-t1"), v -> "");
      org.assertj.core.api.Assertions.assertThat(api.delete("/v4/linode/instances/1"))
          .isEqualTo(JsonValue.NULL);
    }
  }
}
