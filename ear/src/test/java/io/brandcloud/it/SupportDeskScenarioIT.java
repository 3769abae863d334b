package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A ticket through its life over the REST API, with real SMTP (GreenMail in this JVM): a customer
 * opens it in a department, the department's agent hears and answers after a note the customer
 * never sees, each reply mails the other side, staff close it and the customer's answer opens it
 * again. Wrong input is a clear 400 and staff without the tickets permission are refused.
 */
@ExtendWith(ArquillianExtension.class)
class SupportDeskScenarioIT {

  private static final String PASSWORD = "customer-password-1";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear(SupportDeskScenarioIT.class);
  }

  private final Http http = new Http(PortalSmokeIT.base());
  private Mailbox smtp;
  private String slug;
  private Http admin;
  private Http agent;
  private Http customer;
  private String agentEmail;
  private long agentId;

  @BeforeEach
  void aShopWithAnAgentAndACustomer() {
    smtp = Mailbox.start();
    slug = "desk-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created =
        http.as("operator@brandcloud.local", "it-operator-password")
            .post(
                "api/platform/v1/tenants",
                """
                {"slug":"%s","name":"Desk %s","currency":"EUR","timeZone":"UTC",
                 "productName":"Desk Cloud","primaryColor":"#0b7285","domains":[],
                 "adminEmail":"admin@%s.test"}
                """
                    .formatted(slug, slug, slug));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String adminEmail = "admin@" + slug + ".test";
    admin =
        http.as(
            adminEmail,
            Http.chooseOwnPassword(
                http.base(),
                slug,
                adminEmail,
                Http.json(created.body()).getString("adminOneTimePassword")));
    agentEmail = "agent@" + slug + ".test";
    agent = staffMember(agentEmail, "Agnes Agent", "support");
    agentId = staffId(agentEmail);
    customer = confirmedCustomer("buyer@" + slug + ".test");
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
    assertThat(needsAnswer).contains("Buyer").contains("My card was charged twice");

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

    Http billing = staffMember("books@" + slug + ".test", "Bea Books", "billing");
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

    Http neighbour = confirmedCustomer("neighbour@" + slug + ".test");
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

  private Http staffMember(String email, String name, String role) {
    HttpResponse<String> added =
        admin.post(
            api("/admin/staff"),
            "{\"email\":\"%s\",\"name\":\"%s\",\"role\":\"%s\"}".formatted(email, name, role));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    return http.as(
        email,
        Http.chooseOwnPassword(
            http.base(), slug, email, Http.json(added.body()).getString("oneTimePassword")));
  }

  private long staffId(String email) {
    JsonArray staff = Http.jsonArray(admin.get(api("/admin/staff")).body());
    return staff.stream()
        .map(JsonObject.class::cast)
        .filter(s -> s.getString("email").equals(email))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private Http confirmedCustomer(String email) {
    http.post(
        api("/account/registrations"),
        "{\"email\":\"" + email + "\",\"name\":\"Buyer\",\"password\":\"" + PASSWORD + "\"}");
    String code =
        Mailbox.match(
            smtp.awaitMailTo(email, "confirm your e-mail address"),
            "confirmation page: ([0-9]{6})");
    http.post(
        api("/account/verifications"), "{\"email\":\"" + email + "\",\"code\":\"" + code + "\"}");
    return http.as(email, PASSWORD);
  }

  private String customerEmail() {
    return "buyer@" + slug + ".test";
  }

  private String api(String path) {
    return "t/" + slug + "/api/v1" + path;
  }
}
