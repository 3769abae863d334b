package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A ticket through its life over the REST API, with real SMTP (GreenMail in this JVM): a customer
 * opens it in a department, the department's agent hears and answers after a note the customer
 * never sees, each reply mails the other side, staff close it and the customer's answer opens it
 * again. Wrong input is a clear 400 and staff without the tickets permission are refused. A visitor
 * without an account writes through the contact form and reads and answers staff's answer by mail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupportDeskScenarioIT {

  private static final String PASSWORD = "customer-password-1";

  private final Http http = new Http(PortalSmokeIT.base());
  private Mailbox smtp;
  private FreshShop shop;
  private String slug;
  private Http admin;
  private Http agent;
  private Http customer;
  private String agentEmail;
  private long agentId;

  @BeforeEach
  void aShopWithAnAgentAndACustomer() {
    smtp = Mailbox.start();
    shop = FreshShop.open(http, "desk", "EUR");
    slug = shop.slug;
    admin = shop.admin;
    agentEmail = "agent@" + slug + ".test";
    agent = shop.staffMember(agentEmail, "Agnes Agent", "support");
    agentId = shop.staffId(agentEmail);
    customer = shop.confirmedCustomer(smtp, customerEmail(), PASSWORD);
  }

  @AfterEach
  void stopMailServer() {
    smtp.close();
  }

  @Test
  void aTicketIsAnsweredClosedAndReopenedWithMailToTheOtherSideEachTime() {
    HttpResponse<String> department =
        admin.post(
            api("/admin/support/departments"),
            "{\"name\":\"Billing questions\",\"staffIds\":[" + agentId + "]}");
    assertThat(department.statusCode()).as(department.body()).isEqualTo(201);
    long billing = Http.json(department.body()).getJsonNumber("id").longValue();
    assertThat(customer.get(api("/tickets/departments")).body())
        .contains("\"name\":\"Support\"")
        .contains("\"name\":\"Billing questions\"");

    HttpResponse<String> opened =
        customer.post(
            api("/tickets"),
            """
            {"subject":"Charged twice","body":"My card was charged twice\\nfor one top-up.",
             "departmentId":%d,"priority":"high"}
            """
                .formatted(billing));
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    JsonObject ticket = Http.json(opened.body());
    long id = ticket.getJsonNumber("id").longValue();
    assertThat(ticket.getString("status")).isEqualTo("open");
    assertThat(ticket.getString("priority")).isEqualTo("high");
    assertThat(ticket.getJsonObject("department").getString("name")).isEqualTo("Billing questions");
    String needsAnswer = smtp.awaitMailTo(agentEmail, "ticket #" + id + " needs an answer");
    assertThat(needsAnswer)
        .as("the customer's own organisation is not named twice")
        .contains("Buyer wrote on ticket #" + id)
        .contains("My card was charged twice");

    JsonObject queued = onlyTicket(admin.get(api("/admin/tickets?assignee=none")));
    assertThat(queued.getJsonNumber("id").longValue()).isEqualTo(id);
    assertThat(queued.getString("waitingSince")).isNotBlank();

    HttpResponse<String> noted =
        agent.post(api("/admin/tickets/" + id + "/notes"), "{\"body\":\"Refund pending at bank\"}");
    assertThat(noted.statusCode()).as(noted.body()).isEqualTo(201);
    assertThat(customer.get(api("/tickets/" + id)).body()).doesNotContain("Refund pending");

    HttpResponse<String> answered =
        agent.post(
            api("/admin/tickets/" + id + "/replies"),
            "{\"body\":\"We refunded the second charge.\"}");
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
    JsonObject afterAnswer = Http.json(answered.body());
    assertThat(afterAnswer.getString("status")).isEqualTo("waiting_for_customer");
    assertThat(afterAnswer.getJsonObject("assignee").getString("name")).isEqualTo("Agnes Agent");
    assertThat(afterAnswer.containsKey("waitingSince")).as("nobody waits for staff").isFalse();
    String answerMail = smtp.awaitMailTo(customerEmail(), "new answer on ticket #" + id);
    assertThat(answerMail)
        .contains("We refunded the second charge.")
        .contains("/t/" + slug + "/portal/ticket.xhtml?id=" + id)
        .doesNotContain("Refund pending");

    JsonObject seen = Http.json(customer.get(api("/tickets/" + id)).body());
    JsonArray thread = seen.getJsonArray("messages");
    assertThat(thread).hasSize(2);
    assertThat(thread.getJsonObject(1).getBoolean("fromStaff")).isTrue();
    assertThat(thread.getJsonObject(1).getString("author")).isEqualTo("Agnes Agent");

    HttpResponse<String> thanked =
        customer.post(api("/tickets/" + id + "/replies"), "{\"body\":\"Thanks, I see it.\"}");
    assertThat(Http.json(thanked.body()).getString("status")).isEqualTo("waiting_for_staff");
    assertThat(smtp.awaitMails(agentEmail, "ticket #" + id + " needs an answer", 2).get(1))
        .contains("Thanks, I see it.");

    HttpResponse<String> closed =
        agent.put(api("/admin/tickets/" + id), "{\"status\":\"closed\",\"priority\":\"low\"}");
    assertThat(Http.json(closed.body()).getString("status")).isEqualTo("closed");
    assertThat(smtp.awaitMailTo(customerEmail(), "ticket #" + id + " closed"))
        .contains("Charged twice");

    HttpResponse<String> reopened =
        customer.post(api("/tickets/" + id + "/replies"), "{\"body\":\"It came back.\"}");
    assertThat(Http.json(reopened.body()).getString("status")).isEqualTo("waiting_for_staff");
    HttpResponse<String> closedByCustomer = customer.post(api("/tickets/" + id + "/close"), "");
    assertThat(Http.json(closedByCustomer.body()).getString("status")).isEqualTo("closed");

    JsonObject staffView = Http.json(agent.get(api("/admin/tickets/" + id)).body());
    assertThat(staffView.getJsonArray("messages")).hasSize(5);
    assertThat(staffView.getJsonArray("messages").getJsonObject(1).getBoolean("internal")).isTrue();
    assertThat(
            onlyTicket(admin.get(api("/admin/tickets?status=closed")))
                .getJsonNumber("id")
                .longValue())
        .isEqualTo(id);
    assertThat(admin.get(api("/admin/tickets")).body()).contains("\"total\":0");
  }

  @Test
  void wrongInputIsAClearClientErrorAndOnlyTicketStaffWorkTheQueue() {
    assertField(customer.post(api("/tickets"), "{\"subject\":\"x\",\"body\":\" \"}"), "body");
    assertField(customer.post(api("/tickets"), "{\"body\":\"no subject\"}"), "subject");
    assertField(
        customer.post(api("/tickets"), "{\"subject\":\"x\",\"body\":\"y\",\"priority\":\"asap\"}"),
        "priority");
    assertField(
        customer.post(api("/tickets"), "{\"subject\":\"x\",\"body\":\"y\",\"serverId\":999999}"),
        "serverId");
    assertField(
        customer.post(api("/tickets"), "{\"subject\":\"x\",\"body\":\"y\",\"departmentId\":999}"),
        "departmentId");
    assertField(
        customer.post(
            api("/tickets"), "{\"subject\":\"x\",\"body\":\"" + "z".repeat(20_001) + "\"}"),
        "body");
    assertField(
        customer.post(api("/tickets"), "{\"subject\":\"a\\u0000b\",\"body\":\"y\"}"), "subject");
    assertThat(customer.get(api("/tickets")).body()).contains("\"total\":0");

    long id =
        Http.json(
                customer
                    .post(api("/tickets"), "{\"subject\":\"Slow disk\",\"body\":\"IO\"}")
                    .body())
            .getJsonNumber("id")
            .longValue();
    assertField(agent.put(api("/admin/tickets/" + id), "{\"status\":\"done\"}"), "status");
    long customerUser = Http.json(customer.get(api("/me")).body()).getJsonNumber("id").longValue();
    assertField(
        agent.put(api("/admin/tickets/" + id), "{\"assigneeId\":" + customerUser + "}"),
        "assigneeId");
    assertField(agent.post(api("/admin/tickets/" + id + "/notes"), "{\"body\":\"\"}"), "body");
    assertThat(agent.post(api("/admin/tickets/424242/replies"), "{\"body\":\"x\"}").statusCode())
        .isEqualTo(404);
    HttpResponse<String> duplicate =
        admin.post(api("/admin/support/departments"), "{\"name\":\"support\"}");
    assertThat(duplicate.statusCode()).isEqualTo(409);
    long only =
        Http.jsonArray(admin.get(api("/admin/support/departments")).body())
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    assertThat(
            admin
                .put(
                    api("/admin/support/departments/" + only),
                    "{\"name\":\"Support\",\"active\":false}")
                .statusCode())
        .as("the last department taking tickets stays")
        .isEqualTo(409);

    Http billing = shop.staffMember("books@" + slug + ".test", "Bea Books", "billing");
    assertThat(billing.get(api("/admin/tickets")).statusCode()).isEqualTo(403);
    assertThat(billing.get(api("/admin/tickets/" + id)).statusCode()).isEqualTo(403);
    assertThat(customer.get(api("/admin/tickets")).statusCode()).isEqualTo(403);
    JsonObject untouched = Http.json(agent.get(api("/admin/tickets/" + id)).body());
    assertThat(untouched.getString("status")).isEqualTo("open");
    assertThat(untouched.getJsonArray("messages")).hasSize(1);
    assertThat(untouched.containsKey("assignee")).isFalse();
  }

  @Test
  void filesAreCheckedKeptAndServedOnlyThroughTheirTicketAndTheThreadIsAPdf() {
    long id =
        Http.json(
                customer
                    .post(api("/tickets"), "{\"subject\":\"Boot fails\",\"body\":\"See the log\"}")
                    .body())
            .getJsonNumber("id")
            .longValue();
    byte[] log = "kernel: panic at boot\n".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> attached =
        customer.raw(
            "POST",
            api("/tickets/" + id + "/attachments?name=boot.log"),
            "application/octet-stream",
            log);
    assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
    JsonObject file = Http.json(attached.body());
    assertThat(file.getString("contentType")).startsWith("text/plain");
    assertThat(file.getInt("sizeBytes")).isEqualTo(log.length);
    long fileId = file.getJsonNumber("id").longValue();

    HttpResponse<byte[]> served =
        agent.getBytes(api("/admin/tickets/" + id + "/attachments/" + fileId));
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.body()).isEqualTo(log);
    assertThat(served.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment;")
        .contains("boot.log");
    assertThat(served.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(customer.getBytes(api("/tickets/" + id + "/attachments/" + fileId)).body())
        .isEqualTo(log);

    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13};
    HttpResponse<String> staffFile =
        agent.raw(
            "POST", api("/admin/tickets/" + id + "/attachments?name=shot.png"), "image/png", png);
    assertThat(staffFile.statusCode()).as(staffFile.body()).isEqualTo(201);
    assertThat(Http.json(staffFile.body()).getBoolean("fromStaff")).isTrue();

    byte[] longLog = "x".repeat(100 * 1024).getBytes(StandardCharsets.US_ASCII);
    assertThat(
            customer
                .raw(
                    "POST",
                    api("/tickets/" + id + "/attachments?name=long.log"),
                    "text/plain",
                    longLog)
                .statusCode())
        .as("a file above the API's usual 64 KiB body limit")
        .isEqualTo(201);

    byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    assertField(
        customer.raw(
            "POST", api("/tickets/" + id + "/attachments?name=screen.png"), "image/png", pdf),
        "file");
    assertField(
        customer.raw(
            "POST",
            api("/tickets/" + id + "/attachments?name=setup.exe"),
            "application/octet-stream",
            pdf),
        "name");
    byte[] big = new byte[2 * 1024 * 1024 + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    assertThat(
            customer
                .raw("POST", api("/tickets/" + id + "/attachments?name=big.txt"), "text/plain", big)
                .statusCode())
        .isEqualTo(413);

    Http neighbour = shop.confirmedCustomer(smtp, "neighbour@" + slug + ".test", PASSWORD);
    assertThat(neighbour.getBytes(api("/tickets/" + id + "/attachments/" + fileId)).statusCode())
        .isEqualTo(404);
    assertThat(neighbour.getBytes(api("/tickets/" + id + "/transcript.pdf")).statusCode())
        .isEqualTo(404);
    assertThat(
            neighbour
                .raw("POST", api("/tickets/" + id + "/attachments?name=x.txt"), "text/plain", log)
                .statusCode())
        .isEqualTo(404);

    JsonObject thread = Http.json(customer.get(api("/tickets/" + id)).body());
    assertThat(thread.getJsonArray("attachments")).hasSize(3);
    HttpResponse<byte[]> transcript = customer.getBytes(api("/tickets/" + id + "/transcript.pdf"));
    assertThat(transcript.statusCode()).isEqualTo(200);
    assertThat(transcript.headers().firstValue("Content-Type")).contains("application/pdf");
    assertThat(new String(transcript.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(agent.getBytes(api("/admin/tickets/" + id + "/transcript.pdf")).statusCode())
        .isEqualTo(200);
  }

  @Test
  void theDiscordChannelHearsOfTicketsAndLinkedStaffAnswerFromDiscord() {
    String agentOnDiscord = "80351110224678912";
    try (DiscordStandIn discord = DiscordStandIn.start()) {
      HttpResponse<String> connected = admin.put(api("/admin/support/discord"), discord.settings());
      assertThat(connected.statusCode()).as(connected.body()).isEqualTo(200);
      assertThat(connected.body())
          .contains(
              "\"interactionsUrl\":\""
                  + http.base().toString().replaceAll("/$", "")
                  + "/t/"
                  + slug
                  + "/api/v1/webhooks/discord/interactions\"")
          .contains("\"botToken\":true")
          .doesNotContain(DiscordStandIn.WEBHOOK_TOKEN)
          .doesNotContain("bot.token-value");

      HttpResponse<String> registered = admin.post(api("/admin/support/discord/commands"), "");
      assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
      assertThat(Http.json(registered.body()).getString("commandsRegisteredAt")).isNotBlank();
      DiscordStandIn.Sent commands = discord.sent().get(0);
      assertThat(commands.method() + " " + commands.path())
          .isEqualTo("PUT /api/v10/applications/" + DiscordStandIn.APPLICATION_ID + "/commands");
      assertThat(commands.authorization()).startsWith("Bot bot.token-value");
      assertThat(commands.body()).contains("\"name\":\"reply\"");

      HttpResponse<String> linked =
          admin.put(
              api("/admin/support/discord/staff/" + agentOnDiscord),
              "{\"staffId\":" + agentId + "}");
      assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
      assertThat(linked.body()).contains("\"staffName\":\"Agnes Agent\"");

      discord.rateLimitNext(1);
      long id = openTicket("Disk full", "@everyone my disk is full [here](https://evil.example)");
      String announced = discord.awaitPost("New ticket #" + id);
      assertThat(discord.sent()).extracting(DiscordStandIn.Sent::status).contains(429);
      assertThat(announced)
          .contains("Disk full")
          .as("markdown and mentions shown as written")
          .contains(
              "\\\\@everyone my disk is full \\\\[here\\\\]\\\\(https\\\\://evil.example\\\\)")
          .contains("\"flags\":4")
          .contains("\"allowed_mentions\":{\"parse\":[]}")
          .contains("/t/" + slug + "/admin/ticket.xhtml?id=" + id);

      String endpoint = "t/" + slug + "/api/v1/webhooks/discord/interactions";
      HttpResponse<String> ping = discord.interact(http, endpoint, "{\"type\":1,\"id\":\"1\"}");
      assertThat(ping.statusCode()).as(ping.body()).isEqualTo(200);
      assertThat(Http.json(ping.body()).getInt("type")).isEqualTo(1);

      String reply =
          DiscordStandIn.reply("1300000000000000001", agentOnDiscord, id, "Freed 20 GB.");
      String timestamp = Long.toString(java.time.Instant.now().getEpochSecond());
      HttpResponse<String> forged =
          http.withHeader("X-Signature-Timestamp", timestamp)
              .withHeader("X-Signature-Ed25519", discord.sign(timestamp, reply.replace("20", "99")))
              .post(endpoint, reply);
      assertThat(forged.statusCode()).as(forged.body()).isEqualTo(401);
      assertThat(forged.body()).contains("signature_invalid");
      assertThat(http.post(endpoint, reply).statusCode()).as("unsigned").isEqualTo(401);
      HttpResponse<String> garbled = discord.interact(http, endpoint, "{\"type\":\"reply\"}");
      assertThat(garbled.statusCode()).as(garbled.body()).isEqualTo(400);
      HttpResponse<String> control =
          discord.interact(
              http,
              endpoint,
              DiscordStandIn.reply("1300000000000000004", agentOnDiscord, id, "a\\u0000b"));
      assertThat(control.statusCode())
          .as("a signed answer is judged after its signature")
          .isEqualTo(200);
      assertThat(Http.json(control.body()).getJsonObject("data").getString("content"))
          .contains("not taken");

      HttpResponse<String> answered = discord.interact(http, endpoint, reply);
      assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
      JsonObject answer = Http.json(answered.body());
      assertThat(answer.getInt("type")).isEqualTo(4);
      assertThat(answer.getJsonObject("data").getInt("flags"))
          .as("only the author sees it")
          .isEqualTo(64);
      assertThat(answer.getJsonObject("data").getString("content")).contains("ticket #" + id);
      assertThat(smtp.awaitMailTo(customerEmail(), "new answer on ticket #" + id))
          .contains("Freed 20 GB.");
      assertThat(discord.awaitPost("Agnes Agent")).contains("Freed 20 GB.");

      assertThat(
              Http.json(discord.interact(http, endpoint, reply).body())
                  .getJsonObject("data")
                  .getString("content"))
          .as("the same interaction again")
          .contains("taken before");
      HttpResponse<String> stranger =
          discord.interact(
              http,
              endpoint,
              DiscordStandIn.reply("1300000000000000002", "99999999999999999", id, "Hi"));
      assertThat(Http.json(stranger.body()).getJsonObject("data").getString("content"))
          .contains("not linked");
      HttpResponse<String> noTicket =
          discord.interact(
              http,
              endpoint,
              DiscordStandIn.reply("1300000000000000003", agentOnDiscord, 987654321, "Hi"));
      assertThat(Http.json(noTicket.body()).getJsonObject("data").getString("content"))
          .contains("not taken")
          .contains("not found");

      JsonArray thread =
          Http.json(customer.get(api("/tickets/" + id)).body()).getJsonArray("messages");
      assertThat(thread).hasSize(2);
      assertThat(thread.getJsonObject(1).getString("via")).isEqualTo("discord");
      assertThat(thread.getJsonObject(1).getString("author")).isEqualTo("Agnes Agent");

      assertThat(
              customer
                  .post(api("/tickets/" + id + "/replies"), "{\"body\":\"Thanks!\"}")
                  .statusCode())
          .isEqualTo(201);
      assertThat(discord.awaitPost("Thanks!")).contains("Ticket #" + id);
      List<String> posts = discord.posts();
      assertThat(posts.indexOf(announced))
          .as("posts keep their order, a rate limit too")
          .isLessThan(posts.indexOf(discord.awaitPost("Thanks!")));

      discord.forgetTheWebhook();
      customer.post(api("/tickets/" + id + "/replies"), "{\"body\":\"Still there?\"}");
      JsonObject turnedOff =
          await()
              .atMost(Duration.ofSeconds(20))
              .until(
                  () -> Http.json(admin.get(api("/admin/support/discord")).body()),
                  c -> !c.getBoolean("enabled"));
      assertThat(turnedOff.getString("postError")).contains("404").contains("Unknown Webhook");
      JsonObject failed =
          Http.json(admin.get(api("/admin/support/discord/posts")).body())
              .getJsonArray("data")
              .getJsonObject(0);
      assertThat(failed.getString("status")).isEqualTo("failed");
      assertThat(failed.getString("content")).contains("Still there?");
      assertThat(failed.getJsonNumber("ticketId").longValue()).isEqualTo(id);
      String retry = api("/admin/support/discord/posts/" + failed.getJsonNumber("id") + "/retry");
      assertThat(admin.post(retry, "").statusCode())
          .as("not while the channel is off")
          .isEqualTo(409);
      assertThat(admin.put(api("/admin/support/discord"), discord.settings()).statusCode())
          .isEqualTo(200);
      assertThat(admin.post(retry, "").statusCode()).isEqualTo(204);
      assertThat(discord.awaitPost("Still there?")).contains("Ticket #" + id);
      assertThat(admin.post(retry, "").statusCode()).as("only a failed post").isEqualTo(404);

      assertThat(admin.delete(api("/admin/support/discord/staff/" + agentOnDiscord)).statusCode())
          .isEqualTo(200);
      assertThat(admin.delete(api("/admin/support/discord")).statusCode()).isEqualTo(204);
      assertThat(discord.interact(http, endpoint, "{\"type\":1,\"id\":\"2\"}").statusCode())
          .as("no channel, no interactions")
          .isEqualTo(404);
    }
  }

  @Test
  void answersByMailLandInTheirTicketOnceAndStrangersAndMachinesNeverGetIn() throws Exception {
    String desk = "support@" + slug + ".test";
    smtp.createMailbox(desk, "mailbox-password-1");
    HttpResponse<String> wrong =
        admin.put(
            api("/admin/support/mailbox"),
            mailboxSettings(desk, "127.0.0.1", 70000, "mailbox-password-1"));
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertField(wrong, "port");
    assertThat(admin.get(api("/admin/support/mailbox")).statusCode()).isEqualTo(404);
    assertThat(
            agent
                .put(
                    api("/admin/support/mailbox"),
                    mailboxSettings(desk, "127.0.0.1", Mailbox.IMAP_PORT, "x-password-1"))
                .statusCode())
        .as("support staff do not change settings")
        .isEqualTo(403);
    HttpResponse<String> set =
        admin.put(
            api("/admin/support/mailbox"),
            mailboxSettings(desk, "127.0.0.1", Mailbox.IMAP_PORT, "mailbox-password-1"));
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    assertThat(set.body()).doesNotContain("mailbox-password-1").contains("\"security\":\"none\"");

    long id =
        Http.json(
                customer
                    .post(api("/tickets"), "{\"subject\":\"Slow disk\",\"body\":\"IO waits.\"}")
                    .body())
            .getJsonNumber("id")
            .longValue();
    MimeMessage toAgent = smtp.awaitMessage(agentEmail, "ticket #" + id + " needs an answer");
    assertThat(toAgent.getReplyTo()[0].toString()).isEqualTo(desk);
    agent.post(api("/admin/tickets/" + id + "/replies"), "{\"body\":\"We moved it to SSD.\"}");
    MimeMessage toCustomer = smtp.awaitMessage(customerEmail(), "new answer on ticket #" + id);
    assertThat(toCustomer.getReplyTo()[0].toString()).isEqualTo(desk);
    assertThat(((InternetAddress) toCustomer.getFrom()[0]).getPersonal())
        .as("mail comes from the shop by its name")
        .isEqualTo("Shop Cloud");
    String subject = toCustomer.getSubject();
    assertThat(subject).containsPattern("\\[#" + id + ":[a-z0-9]{14}\\]$");

    String answer = "It is fast now, thanks.\n\nOn Tue, Desk <" + desk + "> wrote:\n> We moved it";
    smtp.deliver(desk, mail(customerEmail(), desk, "Re: " + subject, answer, "<a1@buyer>", null));
    smtp.deliver(desk, mail(customerEmail(), desk, "Re: " + subject, answer, "<a1@buyer>", null));
    smtp.deliver(
        desk, mail("stranger@elsewhere.test", desk, "Re: " + subject, "Me too", "<s1@x>", null));
    smtp.deliver(
        desk,
        mail("mailer-daemon@mx.test", desk, "Undelivered: " + subject, "550 no", "<b1@mx>", null));
    smtp.deliver(
        desk,
        mail(
            customerEmail(),
            desk,
            "Re: Out of office " + subject,
            "Away",
            "<o1@buyer>",
            "auto-replied"));
    String forged = subject.replaceAll(":[a-z0-9]{14}]", ":aaaaaaaaaaaaaa]");
    smtp.deliver(desk, mail(customerEmail(), desk, forged, "Guessing", "<f1@buyer>", null));
    smtp.deliver(
        desk, mail(agentEmail, desk, "Re: " + subject, "Posing as staff", "<p1@buyer>", null));

    assertThat(readMailboxNow().containsKey("error")).isFalse();
    assertThat(outcomesOfMailRead(6))
        .as("a staff address on the customer's mark does not make a staff answer")
        .containsExactlyInAnyOrder(
            "accepted", "unknown_sender", "unknown_sender", "bounce", "bounce", "no_ticket");

    JsonObject ticket = Http.json(customer.get(api("/tickets/" + id)).body());
    JsonArray thread = ticket.getJsonArray("messages");
    assertThat(thread).as("the copy with the same Message-ID landed once").hasSize(3);
    JsonObject byMail = thread.getJsonObject(2);
    assertThat(byMail.getString("body")).isEqualTo("It is fast now, thanks.");
    assertThat(byMail.getString("via")).isEqualTo("mail");
    assertThat(byMail.getBoolean("fromStaff")).isFalse();
    assertThat(ticket.getString("status")).isEqualTo("waiting_for_staff");
    assertThat(smtp.awaitMails(agentEmail, "ticket #" + id + " needs an answer", 2).get(1))
        .contains("It is fast now, thanks.");

    smtp.deliver(
        desk,
        mail(
            agentEmail,
            desk,
            "Re: " + toAgent.getSubject(),
            "Glad to hear it.\n-- \nAgnes",
            "<g1@agent>",
            null));
    readMailboxNow();
    JsonObject afterAgent =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> Http.json(agent.get(api("/admin/tickets/" + id)).body()),
                t -> t.getJsonArray("messages").size() == 4);
    JsonObject staffByMail = afterAgent.getJsonArray("messages").getJsonObject(3);
    assertThat(staffByMail.getString("body")).isEqualTo("Glad to hear it.");
    assertThat(staffByMail.getBoolean("fromStaff")).isTrue();
    assertThat(afterAgent.getString("status")).isEqualTo("waiting_for_customer");

    HttpResponse<String> elsewhere =
        admin.put(
            api("/admin/support/mailbox"),
            mailboxSettings(desk, "localhost", Mailbox.IMAP_PORT, "")
                .replace(",\"password\":\"\"", ""));
    assertThat(elsewhere.statusCode())
        .as("the kept password is not sent to another server")
        .isEqualTo(400);
    assertField(elsewhere, "password");
    HttpResponse<String> locked =
        admin.put(
            api("/admin/support/mailbox"),
            mailboxSettings(desk, "127.0.0.1", Mailbox.IMAP_PORT, "not-the-password"));
    assertThat(locked.statusCode()).isEqualTo(200);
    assertThat(readMailboxNow().getString("error")).isNotBlank();
    assertThat(Http.json(admin.get(api("/admin/support/mailbox")).body()).getString("checkError"))
        .isNotBlank();
    assertThat(admin.delete(api("/admin/support/mailbox")).statusCode()).isEqualTo(204);
    assertThat(admin.get(api("/admin/support/mailbox")).statusCode()).isEqualTo(404);
  }

  @Test
  void aVisitorWritesThroughTheContactFormAndReadsAndAnswersTheAnswerByMail() throws Exception {
    String visitor = "vi@elsewhere.test";
    assertField(contact("Vi", "not-an-address", "Hi", "Hello"), "email");
    assertField(contact("Vi", visitor, "Hi", " "), "body");
    assertField(contact(" ", visitor, "Hi", "Hello"), "name");
    assertThat(admin.get(api("/admin/tickets")).body())
        .as("a refused message opens nothing")
        .contains("\"total\":0");

    String desk = "support@" + slug + ".test";
    smtp.createMailbox(desk, "mailbox-password-1");
    HttpResponse<String> reading =
        admin.put(
            api("/admin/support/mailbox"),
            mailboxSettings(desk, "127.0.0.1", Mailbox.IMAP_PORT, "mailbox-password-1"));
    assertThat(reading.statusCode()).as(reading.body()).isEqualTo(200);
    JsonObject brand = Http.json(admin.get(api("/admin/brand")).body());
    HttpResponse<String> sender =
        admin.put(
            api("/admin/brand"),
            "{\"productName\":\"%s\",\"primaryColor\":\"%s\",\"mailSenderName\":\"Shop Helpdesk\"}"
                .formatted(brand.getString("productName"), brand.getString("primaryColor")));
    assertThat(sender.statusCode()).as(sender.body()).isEqualTo(200);
    HttpResponse<String> renamed =
        admin.put(
            api("/admin/brand"),
            "{\"productName\":\"%s\",\"primaryColor\":\"%s\"}"
                .formatted(brand.getString("productName"), brand.getString("primaryColor")));
    assertThat(Http.json(renamed.body()).getString("mailSenderName"))
        .as("a change of look left without a sender keeps it")
        .isEqualTo("Shop Helpdesk");
    assertField(
        admin.put(
            api("/admin/brand"),
            "{\"productName\":\"x\",\"primaryColor\":\"#123456\",\"mailSenderName\":\"PayPal <a@b.c>\"}"),
        "mailSenderName");

    HttpResponse<String> sent =
        contact("Vi Visitor", visitor, "Do you sell GPUs?", "I need a GPU server\\nfor a week.");
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
    JsonObject queued = onlyTicket(admin.get(api("/admin/tickets")));
    long id = queued.getJsonNumber("id").longValue();
    assertThat(queued.containsKey("organisationId")).as("no organisation's").isFalse();
    assertThat(queued.getJsonObject("visitor").getString("name")).isEqualTo("Vi Visitor");
    assertThat(queued.getJsonObject("visitor").getString("email")).isEqualTo(visitor);
    assertThat(queued.getString("status")).isEqualTo("open");

    MimeMessage received = smtp.awaitMessage(visitor, "we received your message #" + id);
    assertThat(received.getReplyTo()[0].toString()).isEqualTo(desk);
    assertThat(((InternetAddress) received.getFrom()[0]).getPersonal())
        .as("sent under the name the shop's admin chose")
        .isEqualTo("Shop Helpdesk");
    assertThat(smtp.awaitMailTo(visitor, "we received your message #" + id))
        .as("the confirmation repeats nothing the form was given")
        .doesNotContain("GPU")
        .contains("answer this e-mail");
    assertThat(smtp.awaitMailTo(agentEmail, "ticket #" + id + " needs an answer"))
        .contains("Vi Visitor <" + visitor + "> wrote on ticket #" + id)
        .contains("I need a GPU server");

    HttpResponse<String> answered =
        agent.post(api("/admin/tickets/" + id + "/replies"), "{\"body\":\"Not yet, but soon.\"}");
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
    MimeMessage answer = smtp.awaitMessage(visitor, "answer to your message #" + id);
    assertThat(smtp.awaitMailTo(visitor, "answer to your message #" + id))
        .as("the answer in full, since a visitor has no portal to read it on")
        .contains("Not yet, but soon.")
        .doesNotContain("/portal/");

    smtp.deliver(
        desk,
        mail(
            visitor,
            desk,
            "Re: " + answer.getSubject(),
            "Please tell me when.\n\n> Not yet",
            "<v1@visitor>",
            null));
    smtp.deliver(
        desk,
        mail("else@elsewhere.test", desk, "Re: " + answer.getSubject(), "Me too", "<v2@x>", null));
    readMailboxNow();
    JsonObject thread =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> Http.json(agent.get(api("/admin/tickets/" + id)).body()),
                t -> t.getJsonArray("messages").size() == 3);
    JsonObject byMail = thread.getJsonArray("messages").getJsonObject(2);
    assertThat(byMail.getString("body")).isEqualTo("Please tell me when.");
    assertThat(byMail.getString("author")).isEqualTo("Vi Visitor");
    assertThat(byMail.getString("via")).isEqualTo("mail");
    assertThat(thread.getString("status")).isEqualTo("waiting_for_staff");
    assertThat(outcomesOfMailRead(2))
        .as("only the visitor's own address answers into their ticket")
        .containsExactlyInAnyOrder("accepted", "unknown_sender");

    HttpResponse<String> german =
        http.post(
            api("/contact"),
            "{\"name\":\"Grete\",\"email\":\"grete@elsewhere.test\",\"subject\":\"Frage\","
                + "\"body\":\"Hallo\",\"language\":\"de\"}");
    assertThat(german.statusCode()).as(german.body()).isEqualTo(202);
    assertThat(smtp.awaitMailTo("grete@elsewhere.test", "Wir haben Ihre Nachricht"))
        .as("written in the language of the page the visitor wrote on")
        .contains("antworten Sie auf diese E-Mail")
        .doesNotContain("To write to us");
  }

  @Test
  void theContactFormTakesAFewMessagesAnHourPerAddressAndClientAndSoManyFromAll() {
    Http one = fromClient("198.51.100.1");
    String sam = "sam-" + UUID.randomUUID().toString().substring(0, 8) + "@elsewhere.test";
    for (int i = 1; i <= 3; i++) {
      assertThat(contact(one, "Sam", sam, "Question " + i).statusCode()).isEqualTo(202);
    }
    HttpResponse<String> fourth = contact(one, "Sam", sam.toUpperCase(Locale.ROOT), "Question 4");
    assertThat(fourth.statusCode()).as("three an hour to one address").isEqualTo(429);
    assertThat(fourth.body()).contains("\"code\":\"contact_limited\"");
    assertThat(contact(one, "Other", "o1@elsewhere.test", "Q").statusCode()).isEqualTo(202);
    assertThat(contact(one, "Other", "o2@elsewhere.test", "Q").statusCode()).isEqualTo(202);
    assertThat(contact(one, "Other", "o3@elsewhere.test", "Q").statusCode())
        .as("five an hour from one client, whatever the addresses")
        .isEqualTo(429);
    int sent = 5;
    int refused = 0;
    for (int n = 0; refused == 0; n++) {
      Http client = fromClient("203.0.113." + (n / 5 + 1));
      if (contact(client, "Other", "other-" + n + "@elsewhere.test", "Q").statusCode() == 202) {
        sent++;
      } else {
        refused++;
      }
      assertThat(sent).as("a ceiling for all visitors together").isLessThanOrEqualTo(100);
    }
    assertThat(sent).isEqualTo(100);
    assertThat(admin.get(api("/admin/tickets?status=open")).body()).contains("\"total\":100");
  }

  @Test
  void theShopsTogetherTakeOnlySoManyMessagesForOneAddressAnHour() {
    String target = "target-" + UUID.randomUUID().toString().substring(0, 8) + "@elsewhere.test";
    List<String> shops =
        List.of(
            slug,
            FreshShop.open(http, "desk", "EUR").slug,
            FreshShop.open(http, "desk", "EUR").slug);
    List<Integer> answers = new ArrayList<>();
    int client = 0;
    for (String each : shops) {
      for (int i = 1; i <= 3; i++) {
        answers.add(contactAt(each, fromClient("198.51.100." + (20 + client++)), target));
      }
    }
    assertThat(answers)
        .as("three an hour at each shop, six at all of them together")
        .containsExactly(202, 202, 202, 202, 202, 202, 429, 429, 429);
    assertThat(contactAt(shops.get(2), fromClient("198.51.100.40"), "someone-else@elsewhere.test"))
        .as("another address at the same shop")
        .isEqualTo(202);
  }

  private int contactAt(String shopSlug, Http client, String email) {
    return client
        .post(
            "t/" + shopSlug + "/api/v1/contact",
            "{\"name\":\"Sam\",\"email\":\"%s\",\"subject\":\"Q\",\"body\":\"?\"}".formatted(email))
        .statusCode();
  }

  private HttpResponse<String> contact(Http client, String name, String email, String subject) {
    return contact(client, name, email, subject, "?");
  }

  private Http fromClient(String address) {
    return http.withHeader("X-Forwarded-For", address);
  }

  private HttpResponse<String> contact(String name, String email, String subject, String body) {
    return contact(http, name, email, subject, body);
  }

  private HttpResponse<String> contact(
      Http client, String name, String email, String subject, String body) {
    return client.post(
        api("/contact"),
        "{\"name\":\"%s\",\"email\":\"%s\",\"subject\":\"%s\",\"body\":\"%s\"}"
            .formatted(name, email, subject, body));
  }

  /** What became of the mails read from the support mailbox, once there are {@code count}. */
  private List<String> outcomesOfMailRead(int count) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Http.json(admin.get(api("/admin/support/mailbox/received")).body())
                    .getJsonArray("data"),
            items -> items.size() == count)
        .stream()
        .map(m -> ((JsonObject) m).getString("outcome"))
        .toList();
  }

  /** Reads the support mailbox now, again while the poller happens to be reading it. */
  private JsonObject readMailboxNow() {
    return await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              HttpResponse<String> checked = admin.post(api("/admin/support/mailbox/check"), "");
              assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
              return Http.json(checked.body());
            },
            result -> !result.getBoolean("busy"));
  }

  private static String mailboxSettings(String address, String host, int port, String password) {
    return """
        {"address":"%s","host":"%s","port":%d,"security":"none","username":"%s","password":"%s"}
        """
        .formatted(address, host, port, address, password);
  }

  private MimeMessage mail(
      String from, String to, String subject, String text, String messageId, String autoSubmitted)
      throws Exception {
    MimeMessage message = smtp.newMail();
    message.setFrom(new InternetAddress(from));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
    message.setSubject(subject, "UTF-8");
    message.setText(text, "UTF-8");
    if (autoSubmitted != null) {
      message.setHeader("Auto-Submitted", autoSubmitted);
    }
    message.saveChanges();
    message.setHeader("Message-ID", messageId);
    return message;
  }

  private long openTicket(String subject, String body) {
    HttpResponse<String> opened =
        customer.post(
            api("/tickets"), "{\"subject\":\"%s\",\"body\":\"%s\"}".formatted(subject, body));
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    return Http.json(opened.body()).getJsonNumber("id").longValue();
  }

  private static JsonObject onlyTicket(HttpResponse<String> page) {
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    JsonArray data = Http.json(page.body()).getJsonArray("data");
    assertThat(data).hasSize(1);
    return data.getJsonObject(0);
  }

  private static void assertField(HttpResponse<String> response, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"" + field + "\"");
  }

  private String customerEmail() {
    return "buyer@" + slug + ".test";
  }

  private String api(String path) {
    return "t/" + slug + "/api/v1" + path;
  }
}
