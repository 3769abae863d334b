package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.it.DiscordStandIn;
import io.brandcloud.it.Http;
import io.brandcloud.it.Mailbox;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The support desk of the demo's Acme in Chromium: a customer opens a ticket on a phone, attaches a
 * log and sees the answer arrive without a reload; staff find it in the queue, answer it from a
 * canned reply and leave a note the customer never sees.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupportPagesBrowserIT {

  @Test
  void aCustomerOpensATicketOnAPhoneAndStaffAnswerItFromTheQueue() throws IOException {
    String subject = "Browser ticket " + UUID.randomUUID().toString().substring(0, 8);
    long ticket;
    try (Browser phone = Browser.open(Browser.PHONE, "en")) {
      phone.logIn("customer@acme.example", "acme-customer-demo");
      phone.go("t/acme/portal/tickets.xhtml");
      phone.find("#list\\:tickets");
      Path screenshot = Files.createTempFile("panic", ".txt");
      Files.writeString(screenshot, "Kernel panic - not syncing\n");
      phone
          .type("#open\\:subject", subject)
          .type("#open\\:body", "The console shows a kernel panic.\nWhat now?")
          .upload("#open input[type=file]", screenshot)
          .clickToLeave("#open\\:submit");
      phone.waitForText("#thread", "The console shows a kernel panic.");
      assertThat(phone.text("#thread"))
          .as("the file chosen with the new ticket came with it")
          .contains(screenshot.getFileName().toString());
      Files.delete(screenshot);
      assertThat(phone.url()).contains("/t/acme/portal/ticket.xhtml?id=");
      ticket = Long.parseLong(phone.url().replaceAll(".*id=(\\d+).*", "$1"));
      assertThat(phone.text("#status")).isEqualTo("Open");
      Path log = Files.createTempFile("boot", ".log");
      Files.writeString(log, "kernel: panic\n");
      phone.upload("#upload input[type=file]", log).click("#upload\\:attach");
      phone.waitForText("#thread", log.getFileName().toString());
      Files.delete(log);
      phone.fitsTheWindow("customer-ticket");

      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () -> "open".equals(phone.script("return document.documentElement.dataset.push;")));
      Http staff = new Http(Http.testServer()).as("admin@acme.example", "acme-admin-demo");
      HttpResponse<String> answered =
          staff.post(
              "t/acme/api/v1/admin/tickets/" + ticket + "/replies",
              "{\"body\":\"Please boot the rescue image.\"}");
      assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
      phone.waitForText("#thread", "Please boot the rescue image.");
      assertThat(phone.text("#status")).isEqualTo("Waiting for customer");
    }

    try (Browser desk = Browser.open(Browser.DESKTOP, "en")) {
      desk.logIn("admin@acme.example", "acme-admin-demo");
      desk.go("t/acme/admin/tickets.xhtml");
      desk.choose("#queue\\:status", "All").click("#queue\\:show");
      desk.waitForText("#queue\\:tickets", subject);
      assertThat(desk.url()).as("the filter can be bookmarked").contains("status=all");
      desk.choose("#queue\\:status", "Open").click("#queue\\:show");
      desk.waitForUrl("status=open");
      assertThat(desk.text("#queue\\:tickets"))
          .as("a ticket waiting for its customer is not open, though it is not closed either")
          .doesNotContain(subject);
      desk.choose("#queue\\:status", "Not closed").click("#queue\\:show");
      desk.waitForText("#queue\\:tickets", subject);
      assertThat(desk.find("#queue\\:export-csv").getAttribute("href"))
          .as("the export carries the queue's filters")
          .contains("/t/acme/api/v1/admin/exports/tickets.csv?status=not-closed")
          .contains("&assignee=&from=");
      String exported =
          new Http(Http.testServer())
              .as("admin@acme.example", "acme-admin-demo")
              .get(
                  desk.find("#queue\\:export-csv")
                      .getAttribute("href")
                      .replaceFirst("^(https?://[^/]+)?/", ""))
              .body();
      assertThat(exported).as("the queue's ticket is in its export").contains(subject);
      desk.go("t/acme/admin/tickets.xhtml?status=all&assignee=%3Cscript%3E");
      desk.waitForText("#queue\\:tickets", subject);
      desk.go("t/acme/admin/ticket.xhtml?id=" + ticket);
      assertThat(desk.find("#customer").getAttribute("href"))
          .as("the customer is a link to their billing, with the balance beside it")
          .contains("/admin/customer-billing.xhtml?customer=");
      assertThat(desk.text(".bc-ticket-facts")).containsPattern("balance -?\u20ac[0-9]");
      desk.choose("#answer\\:canned", "Reboot first");
      assertThat(desk.find("#answer\\:reply").getAttribute("value"))
          .startsWith("Thank you for writing.");
      desk.click("#answer\\:send");
      desk.waitForText("#thread", "Please reboot the server from its page");
      desk.type("#noting\\:note", "Customer runs an old kernel").click("#noting\\:addNote");
      desk.waitForText("#thread", "Internal note");
      desk.fitsTheWindow("staff-ticket");
    }

    Http customer = new Http(Http.testServer()).as("customer@acme.example", "acme-customer-demo");
    String seen = customer.get("t/acme/api/v1/tickets/" + ticket).body();
    assertThat(seen).contains("Please reboot the server").doesNotContain("old kernel");
  }

  @Test
  void anAdminConnectsTheSupportMailboxOnAPhoneReadsItAndRemovesIt() {
    try (Mailbox imap = Mailbox.start();
        Browser phone = Browser.open(Browser.PHONE, "en")) {
      imap.createMailbox("help@acme.example", "acme-mailbox-pw");
      phone.logIn("admin@acme.example", "acme-admin-demo");
      phone.go("t/acme/admin/support.xhtml");
      phone
          .type("#mailbox\\:address", "help@acme.example")
          .type("#mailbox\\:host", "127.0.0.1")
          .type("#mailbox\\:port", String.valueOf(Mailbox.IMAP_PORT))
          .choose("#mailbox\\:security", "Unencrypted (same network only)")
          .type("#mailbox\\:username", "help@acme.example")
          .type("#mailbox\\:password", "acme-mailbox-pw")
          .click("#mailbox\\:save");
      phone.waitForText("#messages", "The support mailbox was saved.");
      phone.click("#mailboxActions\\:check");
      phone.waitForText("#messages", "landed in tickets");
      phone.waitForText("#mailboxState", "Read without trouble");
      assertThat(phone.find("#mailbox\\:password").getAttribute("value"))
          .as("the password is never shown again")
          .isEmpty();
      phone.fitsTheWindow("support-mailbox");

      phone.find("#mailboxActions\\:remove\\:button").click();
      phone.click(".ui-confirm-dialog .ui-confirmdialog-yes");
      phone.waitForText("#messages", "The support mailbox was removed.");
      assertThat(phone.all("#mailboxActions\\:check")).isEmpty();
    } finally {
      new Http(Http.testServer())
          .as("admin@acme.example", "acme-admin-demo")
          .delete("t/acme/api/v1/admin/support/mailbox");
    }
  }

  @Test
  void anAdminConnectsDiscordOnAPhoneLinksStaffAndDisconnects() {
    try (DiscordStandIn discord = DiscordStandIn.start();
        Browser phone = Browser.open(Browser.PHONE, "en")) {
      phone.logIn("admin@acme.example", "acme-admin-demo");
      phone.go("t/acme/admin/support.xhtml");
      phone
          .type("#discord\\:applicationId", DiscordStandIn.APPLICATION_ID)
          .type("#discord\\:publicKey", discord.publicKey())
          .type("#discord\\:webhookUrl", DiscordStandIn.WEBHOOK_URL)
          .type("#discord\\:botToken", "bot.token-value_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
          .click("#discord\\:save");
      phone.waitForText("#messages", "Discord saved.");
      phone.waitForText("#discordState", "/t/acme/api/v1/webhooks/discord/interactions");
      assertThat(phone.find("#discord\\:webhookUrl").getAttribute("value"))
          .as("the webhook's token is never shown again")
          .isEmpty();

      phone.click("#discordActions\\:register");
      phone.waitForText("#messages", "/reply is registered with Discord.");
      phone.waitForText("#discordState", "/reply registered");
      assertThat(discord.sent()).extracting(DiscordStandIn.Sent::method).containsExactly("PUT");

      phone
          .type("#discordLink\\:account", "80351110224678912")
          .choose("#discordLink\\:member", "Acme Cloud admin")
          .click("#discordLink\\:link");
      phone.waitForText("#messages", "Linked.");
      phone.waitForText("#discordStaff", "80351110224678912");
      phone.fitsTheWindow("support-discord");

      phone.find("#discordLinks\\:links\\:0\\:unlink\\:button").click();
      phone.click(".ui-confirm-dialog .ui-confirmdialog-yes");
      phone.waitForText("#messages", "Unlinked.");
      phone.waitForText("#discordStaff", "Nobody is linked yet.");

      phone.find("#discordActions\\:remove\\:button").click();
      phone.click(".ui-confirm-dialog .ui-confirmdialog-yes");
      phone.waitForText("#messages", "Discord disconnected.");
      assertThat(phone.all("#discordActions\\:register")).isEmpty();
    } finally {
      new Http(Http.testServer())
          .as("admin@acme.example", "acme-admin-demo")
          .delete("t/acme/api/v1/admin/support/discord");
    }
  }
}
