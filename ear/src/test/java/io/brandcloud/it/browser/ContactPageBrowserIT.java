package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.Http;
import io.brandcloud.it.Mailbox;
import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A visitor of the Acme demo shop writes to support on a phone without an account: the empty form
 * says what is missing, the sent one thanks them and a confirmation arrives by mail; staff find the
 * message in their queue under the visitor's name, marked as a visitor's, with the address to
 * answer. A script that fills in the field people never see is thanked and opens nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContactPageBrowserIT {

  private final Http admin =
      new Http(Http.testServer()).as("admin@acme.example", "acme-admin-demo");
  private Mailbox mail;

  @BeforeEach
  void startMail() {
    mail = Mailbox.start();
  }

  @AfterEach
  void stopMail() {
    mail.close();
  }

  @Test
  void aVisitorWritesOnAPhoneAndStaffFindTheMessageInTheirQueue() {
    String subject = "Servers in Tokyo " + UUID.randomUUID().toString().substring(0, 8);
    String email = "vi-" + UUID.randomUUID().toString().substring(0, 8) + "@elsewhere.test";
    try (Browser browser = Browser.open(Browser.PHONE, "en")) {
      browser.go("t/acme/pricing.xhtml");
      assertThat(browser.all("#nav-contact").get(0).getAttribute("href"))
          .as("in the public menu, folded away on a phone")
          .endsWith("/contact.xhtml");
      browser.go("t/acme/contact.xhtml");
      browser.click("#contact\\:send");
      browser.waitForText("#messages", "Enter your name");
      assertThat(browser.text("#messages")).contains("Write your message");
      browser
          .type("#contact\\:name", "Vi Visitor")
          .type("#contact\\:email", email)
          .type("#contact\\:subject", subject)
          .type("#contact\\:body", "Do you have servers in Tokyo?");
      browser.fitsTheWindow("contact");
      browser.click("#contact\\:send");
      browser.waitForText("#sent", "Thank you");
      browser.fitsTheWindow("contact-sent");
    }
    long ticket = ticketWith(subject).orElseThrow();
    assertThat(mail.awaitMailTo(email, "we received your message #" + ticket)).isNotBlank();
    try (Browser desk = Browser.open(Browser.DESKTOP, "en")) {
      desk.logIn("admin@acme.example", "acme-admin-demo");
      desk.go("t/acme/admin/tickets.xhtml");
      desk.waitForText("#queue\\:tickets", subject);
      assertThat(desk.text("#queue\\:tickets")).contains("Vi Visitor", "Visitor");
      desk.go("t/acme/admin/ticket.xhtml?id=" + ticket);
      assertThat(desk.text("#visitor")).contains("Vi Visitor", email);
      assertThat(desk.all("#customer")).as("no customer account to link to").isEmpty();
      desk.fitsTheWindow("admin-visitor-ticket");
    } finally {
      admin.put("t/acme/api/v1/admin/tickets/" + ticket, "{\"status\":\"closed\"}");
    }
  }

  @Test
  void aScriptThatFillsTheHiddenFieldIsThankedAndOpensNothing() {
    String subject = "Cheap pills " + UUID.randomUUID().toString().substring(0, 8);
    try (Browser browser = Browser.open(Browser.DESKTOP, "de")) {
      browser.go("t/acme/contact.xhtml");
      browser
          .type("#contact\\:name", "Bot")
          .type("#contact\\:email", "bot@elsewhere.test")
          .type("#contact\\:subject", subject)
          .type("#contact\\:body", "Buy now");
      browser.fitsTheWindow("contact-de");
      browser.script("document.getElementById('contact:website').value = 'http://spam.example';");
      browser.click("#contact\\:send");
      browser.waitForText("#sent", "Vielen Dank");
    }
    assertThat(ticketWith(subject)).isEmpty();
  }

  private Optional<Long> ticketWith(String subject) {
    return Http.json(admin.get("t/acme/api/v1/admin/tickets?status=all&limit=100").body())
        .getJsonArray("data")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(t -> subject.equals(t.getString("subject")))
        .map(t -> t.getJsonNumber("id").longValue())
        .findFirst();
  }
}
