package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.brandcloud.billing.application.Invoicing;
import io.brandcloud.catalog.application.FieldView;
import io.brandcloud.catalog.application.ProductView;
import io.brandcloud.catalog.application.Products;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.subscriptions.application.SubscriptionOrder;
import io.brandcloud.subscriptions.application.SubscriptionView;
import io.brandcloud.subscriptions.application.Subscriptions;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Questions a product asks at order: answers are checked against their question (required, one of
 * the options, yes or no), kept with the subscription, shown to the customer and staff and listed
 * in a service's ticket; a question taken away is asked no more and its answers stay.
 */
@ExtendWith(ArquillianExtension.class)
class OrderQuestionsIT {

  @Inject TestTenants tenants;
  @EJB Products products;
  @EJB Subscriptions subscriptions;
  @EJB Invoicing invoicing;

  private Fixture shop;
  private long product;
  private long domain;
  private long system;
  private long migrate;

  @BeforeEach
  void shop() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("questions"), new BigDecimal("100.00"));
    ProductView asked =
        shop.as(
            () -> {
              long id = products.create("service", "Server migration", "", "").id();
              products.price(id, "monthly", new BigDecimal("10.00"), null, 0);
              products.addField(id, "Domain name", "text", null, true, true);
              products.addField(
                  id, "Operating system", "choice", List.of("Debian", "Ubuntu", ""), false, true);
              return products.addField(id, "Migrate my mail too", "checkbox", null, false, false);
            });
    product = asked.id();
    List<FieldView> fields = asked.fields();
    assertThat(fields)
        .extracting(FieldView::label)
        .containsExactly("Domain name", "Operating system", "Migrate my mail too");
    assertThat(fields.get(1).choices()).containsExactly("Debian", "Ubuntu");
    domain = fields.get(0).id();
    system = fields.get(1).id();
    migrate = fields.get(2).id();
  }

  @Test
  void answersAreCheckedKeptAndListedInTheServicesTicket() {
    assertRefused(Map.of(), "Domain name is required");
    assertRefused(Map.of(domain, "example.com", system, "Windows"), "is one of Debian, Ubuntu");
    assertRefused(Map.of(domain, "example.com", migrate, "maybe"), "is true or false");
    assertRefused(Map.of(domain, "example.com", 999_999L, "x"), "does not ask question 999999");
    assertRefused(Map.of(domain, "bad\u0000name"), "control characters");
    assertThat(shop.as(() -> subscriptions.ofOrganisation(shop.customerId()))).isEmpty();

    SubscriptionView ordered =
        order(Map.of(domain, " example.com ", system, "Debian", migrate, "true"));
    assertThat(ordered.answers())
        .extracting(a -> a.question() + "=" + a.answer())
        .containsExactly(
            "Domain name=example.com", "Operating system=Debian", "Migrate my mail too=true");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> ticketBodies().contains("Domain name: example.com"));
    assertThat(ticketBodies()).contains("Operating system: Debian", "Migrate my mail too: yes");
    assertThat(
            shop.as(() -> invoicing.invoicesOf(shop.customerId()))
                .get(0)
                .lines()
                .get(0)
                .description())
        .as("the answers staff print on invoices, on the term's line")
        .startsWith(
            "Server migration (Domain name: example.com; Operating system: Debian), monthly")
        .doesNotContain("Migrate");

    shop.as(() -> products.retireField(product, system));
    SubscriptionView later = order(Map.of(domain, "example.org"));
    assertThat(later.answers()).extracting(a -> a.question()).containsExactly("Domain name");
    assertRefused(Map.of(domain, "example.net", system, "Debian"), "does not ask question");
    assertThat(shop.as(() -> subscriptions.subscription(shop.customerId(), ordered.id())).answers())
        .as("the answers given stay")
        .hasSize(3);
  }

  @Test
  void questionsThatDoNotFitAreRefused() {
    for (Supplier<ProductView> bad :
        List.<Supplier<ProductView>>of(
            () -> products.addField(product, "", "text", null, false, false),
            () -> products.addField(product, "Colour", "colour", null, false, false),
            () -> products.addField(product, "Size", "choice", List.of("Only one"), false, false),
            () -> products.addField(product, "Name", "text", List.of("a", "b"), false, false),
            () -> products.addField(product, "x".repeat(81), "text", null, false, false))) {
      BrandcloudException refused = assertThrows(BrandcloudException.class, () -> shop.as(bad));
      assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_INPUT);
    }
    assertThat(
            assertThrows(
                    BrandcloudException.class,
                    () -> shop.as(() -> products.retireField(product, 999_999L)))
                .code())
        .isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void theApiTakesAnswersByQuestionId() {
    Http customer =
        new Http(Http.localServer())
            .as(TestTenants.customerEmail(shop), TestTenants.CUSTOMER_PASSWORD);
    String base = "t/" + shop.tenant().slug() + "/api/v1";
    HttpResponse<String> badKey =
        customer.post(
            base + "/subscriptions",
            "{\"productId\":"
                + product
                + ",\"cycle\":\"monthly\",\"reference\":\"q-1\",\"answers\":{\"abc\":\"x\"}}");
    assertThat(badKey.statusCode()).as(badKey.body()).isEqualTo(400);
    HttpResponse<String> ordered =
        customer.post(
            base + "/subscriptions",
            "{\"productId\":"
                + product
                + ",\"cycle\":\"monthly\",\"reference\":\"q-2\",\"answers\":{\""
                + domain
                + "\":\"example.com\"}}");
    assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
    assertThat(ordered.body())
        .contains("\"question\":\"Domain name\"", "\"answer\":\"example.com\"");
    assertThat(customer.get(base + "/products").body()).contains("\"label\":\"Domain name\"");
  }

  private void assertRefused(Map<Long, String> answers, String reason) {
    BrandcloudException refused = assertThrows(BrandcloudException.class, () -> order(answers));
    assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_INPUT);
    assertThat(refused.getMessage()).contains(reason);
  }

  private SubscriptionView order(Map<Long, String> answers) {
    return shop.as(
        () ->
            subscriptions.order(
                shop.customerId(),
                new SubscriptionOrder(
                    product, "monthly", null, null, answers, UUID.randomUUID().toString())));
  }

  private String ticketBodies() {
    return String.valueOf(
        tenants
            .em()
            .createNativeQuery(
                "SELECT string_agg(body, ' | ') FROM %s.support_ticket_messages"
                    .formatted(shop.tenant().schema().name()))
            .getSingleResult());
  }
}
