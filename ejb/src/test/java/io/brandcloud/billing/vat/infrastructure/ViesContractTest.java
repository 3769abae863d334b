package io.brandcloud.billing.vat.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.billing.vat.domain.VatNumber;
import io.brandcloud.billing.vat.domain.VatRegister;
import io.brandcloud.contracts.VendorContract;
import io.brandcloud.shared.OutboundAddresses;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The VIES client against the Commission's own document of its REST API (kept with the tests, see
 * their README): what it sends, and how it reads the answers the document describes.
 */
class ViesContractTest {

  private static final Path DOCUMENT =
      Path.of("src/test/resources/contracts/vies-swagger_publicVAT.yaml");
  private static final VatNumber CUSTOMER = new VatNumber("FR", "40303265045");
  private static final VatNumber SELLER = new VatNumber("DE", "987654321");

  private final VendorContract vies = new VendorContract(DOCUMENT).anonymous();
  private final ViesRegister register = new ViesRegister(vies.base() + "/");

  @AfterEach
  void stop() {
    vies.close();
  }

  @Test
  void aCheckOnTheSellersBehalfEarnsAConsultationNumberKeptAsProof() {
    vies.answer(
        "POST",
        "/check-vat-number",
        200,
        """
        {"countryCode":"FR","vatNumber":"40303265045","requestDate":"2026-11-29T10:15:30.123Z",
         "valid":true,"requestIdentifier":"WAPIAAAAZ_xyEjhz","name":"SA ODIGEO",
         "address":"1 RUE DE LA PAIX\\n75002 PARIS","traderName":"---","traderNameMatch":"NOT_PROCESSED"}
        """);

    VatRegister.Answer answer = register.check(CUSTOMER, Optional.of(SELLER));

    assertThat(answer.valid()).isTrue();
    assertThat(answer.consultationNumber()).isEqualTo("WAPIAAAAZ_xyEjhz");
    assertThat(answer.requestDate()).isEqualTo(Instant.parse("2026-11-29T10:15:30.123Z"));
    assertThat(answer.name()).isEqualTo("SA ODIGEO");
    assertThat(answer.address()).isEqualTo("1 RUE DE LA PAIX\n75002 PARIS");
    vies.assertEveryRequestMatchesTheSpec();
    assertThat(vies.last("POST", "/check-vat-number").getBodyAsString())
        .contains("\"countryCode\":\"FR\"", "\"vatNumber\":\"40303265045\"")
        .contains("\"requesterMemberStateCode\":\"DE\"", "\"requesterNumber\":\"987654321\"");
  }

  @Test
  void aNumberNobodyHoldsIsNotValidAndWhatAMemberStateKeepsToItselfIsNotTold() {
    vies.answer(
        "POST",
        "/check-vat-number",
        200,
        """
        {"countryCode":"FR","vatNumber":"40303265045","requestDate":"2026-11-29T10:15:30Z",
         "valid":false,"requestIdentifier":"","name":"---","address":"---"}
        """);

    VatRegister.Answer answer = register.check(CUSTOMER, Optional.empty());

    assertThat(answer.valid()).isFalse();
    assertThat(answer.consultationNumber()).isNull();
    assertThat(answer.name()).isNull();
    assertThat(answer.address()).isNull();
    vies.assertEveryRequestMatchesTheSpec();
    assertThat(vies.last("POST", "/check-vat-number").getBodyAsString())
        .doesNotContain("requester");
  }

  @Test
  void aMemberStateThatIsDownMeansAskAgainLater() {
    vies.answer(
        "POST",
        "/check-vat-number",
        500,
        """
        {"actionSucceed":false,"errorWrappers":[{"error":"MS_UNAVAILABLE","message":"Member State service unavailable."}]}
        """);

    assertThatThrownBy(() -> register.check(CUSTOMER, Optional.of(SELLER)))
        .isInstanceOf(VatRegister.Unavailable.class)
        .hasMessageContaining("MS_UNAVAILABLE");
  }

  @Test
  void anErrorViesWrapsInASuccessfulAnswerIsStillAnError() {
    vies.answer(
        "POST",
        "/check-vat-number",
        200,
        """
        {"actionSucceed":false,"errorWrappers":[{"error":"GLOBAL_MAX_CONCURRENT_REQ"}]}
        """);

    assertThatThrownBy(() -> register.check(CUSTOMER, Optional.empty()))
        .isInstanceOf(VatRegister.Unavailable.class)
        .hasMessageContaining("GLOBAL_MAX_CONCURRENT_REQ");
  }

  @Test
  void aRefusedRequesterAndAMalformedNumberAreToldApart() {
    vies.answer(
        "POST",
        "/check-vat-number",
        400,
        """
        {"actionSucceed":false,"errorWrappers":[{"error":"INVALID_REQUESTER_INFO"}]}
        """);
    assertThatThrownBy(() -> register.check(CUSTOMER, Optional.of(SELLER)))
        .isInstanceOf(VatRegister.RequesterRefused.class);

    vies.answer(
        "POST",
        "/check-vat-number",
        400,
        """
        {"actionSucceed":false,"errorWrappers":[{"error":"INVALID_INPUT"}]}
        """);
    assertThat(register.check(CUSTOMER, Optional.empty()).valid()).isFalse();
    vies.assertEveryRequestMatchesTheSpec();
  }

  @Test
  void anAddressThatIsNotTheCommissionsIsNeverAskedUnlessTheOperatorAllowsIt() {
    String allowed = System.getProperty(OutboundAddresses.PROPERTY);
    System.setProperty(OutboundAddresses.PROPERTY, "no");
    try {
      assertThatThrownBy(() -> register.check(CUSTOMER, Optional.empty()))
          .isInstanceOf(VatRegister.Unavailable.class)
          .hasMessageContaining("https://ec.europa.eu");
      assertThat(vies.sent()).isEmpty();
    } finally {
      if (allowed == null) {
        System.clearProperty(OutboundAddresses.PROPERTY);
      } else {
        System.setProperty(OutboundAddresses.PROPERTY, allowed);
      }
    }
  }

  @Test
  void somethingThatIsNotViesAnsweringIsAnOutage() {
    vies.answer("POST", "/check-vat-number", 502, null);

    assertThatThrownBy(() -> register.check(CUSTOMER, Optional.empty()))
        .isInstanceOf(VatRegister.Unavailable.class)
        .hasMessageContaining("502");
  }
}
