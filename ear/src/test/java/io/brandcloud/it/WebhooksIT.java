package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Outgoing webhooks as a reseller and a customer wire them to their own systems: each endpoint
 * hears only what it may (the customer their organisation's tickets, staff every organisation's),
 * signed with its own secret; a failed delivery waits for its retry, and a redelivery is the same
 * event, which the receiver keeps once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhooksIT {

  private static final String PASSWORD = "customer-password-1";

  private final Http http = new Http(PortalSmokeIT.base());
  private Mailbox smtp;
  private FreshShop shop;
  private Http customer;
  private Http neighbour;

  @BeforeEach
  void aShopWithTwoCustomers() {
    smtp = Mailbox.start();
    shop = FreshShop.open(http, "hooks", "EUR");
    customer = shop.confirmedCustomer(smtp, "buyer@" + shop.slug + ".test", PASSWORD);
    neighbour = shop.confirmedCustomer(smtp, "neighbour@" + shop.slug + ".test", PASSWORD);
  }

  @AfterEach
  void stopMailServer() {
    smtp.close();
  }

  @Test
  void endpointsHearWhatTheyMaySignedAndARedeliveryIsTheSameEvent() {
    try (WebhookReceiver receiver = WebhookReceiver.start()) {
      HttpResponse<String> created =
          customer.post(
              shop.api("/webhook-endpoints"),
              """
              {"url":"%s","description":"Our CRM","eventTypes":["ticket.*"]}
              """
                  .formatted(receiver.url("/buyer")));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      JsonObject buyerHook = Http.json(created.body());
      String buyerSecret = buyerHook.getString("secret");
      long buyerHookId = buyerHook.getJsonObject("webhook").getJsonNumber("id").longValue();
      assertThat(buyerSecret).startsWith("whsec_");
      assertThat(customer.get(shop.api("/webhook-endpoints")).body())
          .as("the secret is shown once")
          .contains("Our CRM")
          .doesNotContain(buyerSecret);

      HttpResponse<String> staffCreated =
          shop.admin.post(
              shop.api("/admin/webhook-endpoints"),
              "{\"url\":\"%s\",\"eventTypes\":[\"*\"]}".formatted(receiver.url("/staff")));
      assertThat(staffCreated.statusCode()).as(staffCreated.body()).isEqualTo(201);
      String staffSecret = Http.json(staffCreated.body()).getString("secret");
      HttpResponse<String> chatCreated =
          shop.admin.post(
              shop.api("/admin/webhook-endpoints"),
              "{\"url\":\"%s\",\"eventTypes\":[\"ticket.created\"],\"format\":\"slack\"}"
                  .formatted(receiver.url("/chat")));
      assertThat(chatCreated.statusCode()).as(chatCreated.body()).isEqualTo(201);
      assertThat(Http.json(chatCreated.body()).getJsonObject("webhook").getString("format"))
          .isEqualTo("slack");
      assertThat(
              shop.admin
                  .post(
                      shop.api("/admin/webhook-endpoints"),
                      "{\"url\":\"%s\",\"eventTypes\":[\"*\"],\"format\":\"teams\"}"
                          .formatted(receiver.url("/chat")))
                  .statusCode())
          .isEqualTo(400);

      assertThat(neighbour.get(shop.api("/webhook-endpoints/" + buyerHookId)).statusCode())
          .as("another organisation's endpoint is not found")
          .isEqualTo(404);
      assertThat(
              Http.json(neighbour.get(shop.api("/webhook-endpoints")).body()).getJsonArray("data"))
          .isEmpty();

      long ticket = openTicket(customer, "Disk full");
      WebhookReceiver.Received toBuyer = receiver.awaitKept("/buyer", "ticket.created");
      WebhookReceiver.Received toStaff = receiver.awaitKept("/staff", "ticket.created");
      assertThat(toBuyer.signedWith(buyerSecret)).isTrue();
      assertThat(toBuyer.signedWith(staffSecret)).isFalse();
      assertThat(toStaff.signedWith(staffSecret)).isTrue();
      assertThat(toBuyer.eventId()).as("one event, two deliveries").isEqualTo(toStaff.eventId());
      assertThat(toBuyer.headers().get("brandcloud-event-type")).isEqualTo("ticket.created");
      JsonObject data = toBuyer.json().getJsonObject("data");
      assertThat(data.getJsonNumber("id").longValue()).isEqualTo(ticket);
      assertThat(data.getString("subject")).isEqualTo("Disk full");
      await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.all("/chat").isEmpty());
      WebhookReceiver.Received line = receiver.all("/chat").get(0);
      assertThat(line.json().keySet())
          .as("a chat line, not the event")
          .contains("text")
          .doesNotContain("id", "data");
      assertThat(line.json().getString("text"))
          .startsWith("New ticket from ")
          .endsWith(": Disk full");
      assertThat(line.eventId()).isEqualTo(toStaff.eventId());

      long neighbours = openTicket(neighbour, "Neighbour's question");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  receiver.kept("/staff").stream()
                      .anyMatch(
                          r ->
                              r.json().getJsonObject("data").getJsonNumber("id").longValue()
                                  == neighbours));

      HttpResponse<String> note =
          shop.admin.post(
              shop.api("/admin/tickets/" + ticket + "/notes"), "{\"body\":\"Staff only\"}");
      assertThat(note.statusCode()).as(note.body()).isEqualTo(201);
      HttpResponse<String> answer =
          shop.admin.post(
              shop.api("/admin/tickets/" + ticket + "/replies"), "{\"body\":\"Freed 20 GB.\"}");
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
      WebhookReceiver.Received replied = receiver.awaitKept("/buyer", "ticket.replied");
      assertThat(replied.json().getJsonObject("data").getBoolean("from_staff")).isTrue();
      assertThat(receiver.kept("/buyer"))
          .extracting(WebhookReceiver.Received::type)
          .as("neither the neighbour's ticket nor the staff note reached the customer")
          .containsExactly("ticket.created", "ticket.replied");

      receiver.failNext("/buyer", 500);
      customer.post(shop.api("/tickets/" + ticket + "/replies"), "{\"body\":\"Thanks!\"}");
      JsonObject failed =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(() -> firstDelivery(buyerHookId), d -> d != null && d.getInt("attempts") > 0);
      assertThat(failed.getString("status")).isEqualTo("pending");
      assertThat(failed.getInt("responseStatus")).isEqualTo(500);
      assertThat(failed.getString("lastError")).isEqualTo("HTTP 500");
      assertThat(failed.getString("nextAttemptAt")).as("retried later").isNotBlank();

      long deliveryId = failed.getJsonNumber("id").longValue();
      HttpResponse<String> again =
          customer.post(
              shop.api(
                  "/webhook-endpoints/" + buyerHookId + "/deliveries/" + deliveryId + "/redeliver"),
              "");
      assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
      await().atMost(Duration.ofSeconds(30)).until(() -> receiver.kept("/buyer").size() == 3);
      String repeated = failed.getString("eventId");
      assertThat(receiver.all("/buyer"))
          .filteredOn(r -> r.eventId().equals(repeated))
          .as("refused once, then taken")
          .hasSize(2);
      assertThat(firstDelivery(buyerHookId).getString("status")).isEqualTo("delivered");

      HttpResponse<String> ping =
          customer.post(shop.api("/webhook-endpoints/" + buyerHookId + "/ping"), "");
      assertThat(ping.statusCode()).as(ping.body()).isEqualTo(202);
      WebhookReceiver.Received pinged = receiver.awaitKept("/buyer", "webhook.ping");
      assertThat(pinged.signedWith(buyerSecret)).isTrue();
      long pingDelivery = Http.json(ping.body()).getJsonNumber("id").longValue();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> firstDelivery(buyerHookId).getString("status").equals("delivered"));
      HttpResponse<String> pingAgain =
          customer.post(
              shop.api(
                  "/webhook-endpoints/"
                      + buyerHookId
                      + "/deliveries/"
                      + pingDelivery
                      + "/redeliver"),
              "");
      assertThat(pingAgain.statusCode()).as(pingAgain.body()).isEqualTo(202);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  receiver.all("/buyer").stream()
                          .filter(r -> r.eventId().equals(pinged.eventId()))
                          .count()
                      == 2);
      assertThat(receiver.all("/buyer"))
          .filteredOn(r -> r.eventId().equals(pinged.eventId()))
          .as("a redelivery taken twice is the same event, byte for byte, kept once")
          .extracting(WebhookReceiver.Received::body)
          .containsOnly(pinged.body());
      assertThat(receiver.kept("/buyer"))
          .filteredOn(r -> r.type().equals("webhook.ping"))
          .hasSize(1);

      HttpResponse<String> rotated =
          customer.post(shop.api("/webhook-endpoints/" + buyerHookId + "/secret"), "");
      String newSecret = Http.json(rotated.body()).getString("secret");
      assertThat(newSecret).isNotEqualTo(buyerSecret);
      customer.post(shop.api("/tickets/" + ticket + "/close"), "");
      WebhookReceiver.Received closed = receiver.awaitKept("/buyer", "ticket.closed");
      assertThat(closed.signedWith(newSecret)).isTrue();
      assertThat(closed.signedWith(buyerSecret)).as("the old secret stopped").isFalse();
    }
  }

  @Test
  void staffHearNewCustomersAndHeldSignUpsInTheirChatAndNoCustomerEndpointDoes() {
    try (WebhookReceiver receiver = WebhookReceiver.start()) {
      assertThat(
              customer
                  .post(
                      shop.api("/webhook-endpoints"),
                      "{\"url\":\"%s\",\"eventTypes\":[\"fraud.*\"]}"
                          .formatted(receiver.url("/buyer")))
                  .statusCode())
          .as("the staff's events are not an organisation's to ask for")
          .isEqualTo(400);
      HttpResponse<String> everything =
          customer.post(
              shop.api("/webhook-endpoints"),
              "{\"url\":\"%s\",\"eventTypes\":[\"*\"]}".formatted(receiver.url("/buyer")));
      assertThat(everything.statusCode()).as(everything.body()).isEqualTo(201);
      HttpResponse<String> chat =
          shop.admin.post(
              shop.api("/admin/webhook-endpoints"),
              ("{\"url\":\"%s\",\"eventTypes\":[\"customer.signed_up\",\"fraud.held\"],"
                      + "\"format\":\"slack\"}")
                  .formatted(receiver.url("/chat")));
      assertThat(chat.statusCode()).as(chat.body()).isEqualTo(201);
      assertThat(shop.admin.get(shop.api("/admin/webhook-endpoints/event-types")).body())
          .contains("fraud.held", "customer.signed_up");
      assertThat(customer.get(shop.api("/webhook-endpoints/event-types")).body())
          .doesNotContain("fraud", "customer.");
      HttpResponse<String> policy =
          shop.admin.put(
              shop.api("/admin/fraud/policy"),
              "{\"rules\":[{\"rule\":\"disposable_email\",\"enabled\":true,\"weight\":60}],"
                  + "\"reviewScore\":40,\"denyScore\":100}");
      assertThat(policy.statusCode()).as(policy.body()).isEqualTo(200);

      HttpResponse<String> registered =
          http.post(
              shop.api("/account/registrations"),
              "{\"email\":\"someone@mailinator.com\",\"name\":\"Throwaway Person\","
                  + "\"password\":\""
                  + PASSWORD
                  + "\"}");
      assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);

      await().atMost(Duration.ofSeconds(30)).until(() -> receiver.all("/chat").size() >= 2);
      assertThat(receiver.all("/chat"))
          .extracting(line -> line.json().getString("text"))
          .containsExactlyInAnyOrder(
              "New customer: Throwaway Person signed up",
              "A sign-up of Throwaway Person waits for your fraud review");
      assertThat(receiver.all("/buyer"))
          .as("an organisation's endpoint hears nothing of other customers or of screening")
          .isEmpty();
    }
  }

  private long openTicket(Http who, String subject) {
    HttpResponse<String> opened =
        who.post(
            shop.api("/tickets"),
            "{\"subject\":\"%s\",\"body\":\"Please help.\",\"priority\":\"normal\"}"
                .formatted(subject));
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    return Http.json(opened.body()).getJsonNumber("id").longValue();
  }

  /** The endpoint's newest delivery, as its log shows it. */
  private JsonObject firstDelivery(long hook) {
    List<JsonObject> deliveries =
        Http.json(customer.get(shop.api("/webhook-endpoints/" + hook + "/deliveries")).body())
            .getJsonArray("data")
            .getValuesAs(JsonObject.class);
    return deliveries.isEmpty() ? null : deliveries.get(0);
  }
}
