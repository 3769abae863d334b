package io.brandcloud.support.mailin.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.shared.SubjectMark;
import io.brandcloud.support.tickets.domain.ReplyReference;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a mail read from the support mailbox is recognised: its ticket, its words, its author. */
class MailInTest {

  @Test
  void theReferenceComesBackFromTheSubjectOfAnAnswer() {
    ReplyReference reference = new ReplyReference(42, "k3v9q2m8x1p0zz");
    String subject = "AW: Re: New answer on ticket #42 " + reference.mark();

    assertThat(ReplyReference.in(subject)).contains(reference);
    assertThat(ReplyReference.in("Re: New answer on ticket #42")).isEmpty();
    assertThat(ReplyReference.in("[#42:K3V9Q2M8X1P0ZZ]")).as("tokens are lower case").isEmpty();
    assertThat(ReplyReference.in(null)).isEmpty();
  }

  @Test
  void theOutboxListShowsAReferenceWithoutItsSecret() {
    String subject = "New answer on ticket #42 " + new ReplyReference(42, "k3v9q2m8x1p0zz").mark();

    assertThat(SubjectMark.withoutSecrets(subject)).isEqualTo("New answer on ticket #42 [#42]");
    assertThat(SubjectMark.withoutSecrets("Price [#1:A]")).isEqualTo("Price [#1:A]");
  }

  @Test
  void theQuotedMailAndTheSignatureAreLeftOut() {
    String english =
        """
        Thanks, that worked.

        Second line.
        On Tue, 24 Nov 2026 at 10:00, Desk <support@shop.test> wrote:
        > We rebooted the server.
        > Regards
        """;
    String german = "Danke!\n-- \nBea, Buchhaltung\n";
    String outlook =
        """
        Fine now.

        -----Original Message-----
        From: Desk
        """;

    assertThat(AnswerText.of(english)).isEqualTo("Thanks, that worked.\n\nSecond line.");
    assertThat(AnswerText.of(german)).isEqualTo("Danke!");
    assertThat(AnswerText.of(outlook)).isEqualTo("Fine now.");
    assertThat(AnswerText.of("> only a quote\r\n> nothing else")).isEmpty();
    assertThat(AnswerText.of(null)).isEmpty();
  }

  @Test
  void machinesAreToldFromPeople() {
    Map<String, String> none = Map.of();
    assertThat(AutomaticMail.is("buyer@shop.test", none::get)).isFalse();
    assertThat(AutomaticMail.is("MAILER-DAEMON@mx.shop.test", none::get)).isTrue();
    assertThat(AutomaticMail.is("postmaster@shop.test", none::get)).isTrue();
    assertThat(AutomaticMail.is(null, none::get)).isTrue();
    assertThat(AutomaticMail.is("buyer@shop.test", Map.of("Auto-Submitted", "auto-replied")::get))
        .isTrue();
    assertThat(AutomaticMail.is("buyer@shop.test", Map.of("Auto-Submitted", "no")::get)).isFalse();
    assertThat(
            AutomaticMail.is(
                "buyer@shop.test",
                Map.of("Content-Type", "multipart/report; report-type=delivery-status")::get))
        .isTrue();
    assertThat(AutomaticMail.is("buyer@shop.test", Map.of("Precedence", "bulk")::get)).isTrue();
    assertThat(AutomaticMail.is("buyer@shop.test", Map.of("Return-Path", "<>")::get)).isTrue();
    assertThat(AutomaticMail.is("buyer@shop.test", Map.of("List-Id", "<a.shop.test>")::get))
        .isTrue();
  }
}
