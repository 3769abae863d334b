package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.it.Http;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bell in Chromium: the demo customer's bell counts a credit staff book while the page is open
 * without a reload (the credit is taken back afterwards, so the balance stays as the other tests
 * expect it), the notification centre lists it, marking all read empties the count, and the choices
 * per kind of message are saved; at desktop width in English and phone width in German, with the
 * count as readable as the header.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationsBrowserIT {

  private static final String API = "t/acme/api/v1";
  private static final double AA = 4.5;

  @Test
  void theBellCountsWhatArrivesAndTheCentreReadsIt() {
    Http admin = new Http(Http.testServer()).as("admin@acme.example", "acme-admin-demo");
    String customer = Long.toString(DemoCustomer.id(admin));
    String reference = "bell-" + UUID.randomUUID();
    try (Browser desktop = Browser.open(Browser.DESKTOP, "en")) {
      desktop.logIn("customer@acme.example", "acme-customer-demo");
      desktop.go("t/acme/notifications.xhtml");
      desktop.click("#list\\:read-all");
      desktop.waitForText("#messages", "marked as read");
      assertThat(desktop.all("#unread")).isEmpty();
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () -> "open".equals(desktop.script("return document.documentElement.dataset.push;")));

      book(admin, customer, "credits", reference);
      desktop.waitForText("#bell", "1");
      assertThat(desktop.lowestContrast("#unread")).isGreaterThanOrEqualTo(AA);
      desktop.waitForText("#list\\:notifications", "added to your balance");
      desktop.fitsTheWindow("notifications");

      desktop.click("#list\\:read-all");
      desktop.waitForText("#messages", "marked as read");
      assertThat(desktop.all("#unread")).isEmpty();

      assertThat(desktop.text("#choices\\:kinds")).startsWith("Message").contains("Invoice issued");
      desktop.click("#choices\\:kinds\\:0\\:in-app");
      desktop.click("#choices\\:save");
      desktop.waitForText("#messages", "choices are saved");
    } finally {
      book(admin, customer, "debits", reference + "-back");
      HttpResponse<String> restored =
          new Http(Http.testServer())
              .as("customer@acme.example", "acme-customer-demo")
              .put(
                  API + "/notifications/choices",
                  "{\"choices\":[{\"kind\":\"invoice-issued\",\"inApp\":true,\"mail\":true}]}");
      assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    }
    try (Browser phone = Browser.open(Browser.PHONE, "de")) {
      phone.logIn("customer@acme.example", "acme-customer-demo");
      phone.go("t/acme/notifications.xhtml");
      assertThat(phone.text("body")).contains("Benachrichtigungen", "Wie Sie von uns h\u00f6ren");
      assertThat(phone.find("#bell").isDisplayed())
          .as("the bell shows beside the menu button, the menu closed")
          .isTrue();
      phone.fitsTheWindow("notifications-phone-de");
    }
  }

  private static void book(Http admin, String customer, String kind, String reference) {
    HttpResponse<String> booked =
        admin.post(
            API + "/admin/customers/" + customer + "/" + kind,
            "{\"amount\":\"0.01\",\"reason\":\"Bell check\",\"reference\":\""
                + reference
                + (kind.equals("debits") ? "\",\"overdraw\":true}" : "\"}"));
    assertThat(booked.statusCode()).as(booked.body()).isBetween(200, 201);
  }
}
