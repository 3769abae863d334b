package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A mail as it arrives: the plain text first, then the same in HTML under the shop's colour and
 * name, with the text's address as a link.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrandedMailIT {

  @Test
  void everyMailHasItsTextAndTheSameInTheShopsLook() throws Exception {
    Http http = new Http(PortalSmokeIT.base());
    try (Mailbox smtp = Mailbox.start()) {
      FreshShop shop = FreshShop.open(http, "branded", "EUR");
      String email = "reader@" + shop.slug + ".test";
      shop.confirmedCustomer(smtp, email, "customer-password-1");

      MimeMessage mail = smtp.awaitMessage(email, "confirm your e-mail address");
      assertThat(mail.getContentType()).startsWith("multipart/alternative");
      MimeMultipart parts = (MimeMultipart) mail.getContent();
      assertThat(parts.getCount()).isEqualTo(2);
      BodyPart plain = parts.getBodyPart(0);
      BodyPart html = parts.getBodyPart(1);
      assertThat(plain.getContentType()).startsWith("text/plain");
      assertThat(html.getContentType()).startsWith("text/html");
      String code = Mailbox.match((String) plain.getContent(), "confirmation page: ([0-9]{6})");
      assertThat((String) html.getContent())
          .contains("background:#0b7285;", "Shop Cloud", code, "<a href=\"http");
    }
  }
}
