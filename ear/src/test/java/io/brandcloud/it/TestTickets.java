package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A customer's ticket with a text file on it, opened over the API as the scenarios need. */
final class TestTickets {

  private TestTickets() {}

  record WithFile(long ticket, long file) {}

  /**
   * @param api the tenant's API base, e.g. {@code t/acme/api/v1}
   */
  static WithFile open(
      Http customer, String api, String subject, String body, String fileName, String content) {
    long ticket =
        Http.json(
                customer
                    .post(
                        api + "/tickets",
                        "{\"subject\":\"" + subject + "\",\"body\":\"" + body + "\"}")
                    .body())
            .getJsonNumber("id")
            .longValue();
    HttpResponse<String> file =
        customer.raw(
            "POST",
            api + "/tickets/" + ticket + "/attachments?name=" + fileName,
            "text/plain",
            content.getBytes(StandardCharsets.US_ASCII));
    assertThat(file.statusCode()).as(file.body()).isEqualTo(201);
    return new WithFile(ticket, Http.json(file.body()).getJsonNumber("id").longValue());
  }
}
