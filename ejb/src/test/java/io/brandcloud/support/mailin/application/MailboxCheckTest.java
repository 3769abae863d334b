package io.brandcloud.support.mailin.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.support.mailin.domain.InboundMail;
import io.brandcloud.support.mailin.domain.MailSecurity;
import io.brandcloud.support.mailin.domain.MailboxReader;
import io.brandcloud.support.mailin.domain.MailboxServer;
import io.brandcloud.support.mailin.domain.ReceivedMail.Outcome;
import io.brandcloud.support.mailin.domain.SupportMailboxRepository.ReadingLease;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * How one reading treats each mail: kept mail is marked read, a mail the ticket refuses is noted
 * and marked read, a mail whose handling fails stays unread and is given up after five tries.
 */
class MailboxCheckTest {

  private static final MailboxServer SERVER =
      new MailboxServer("help@shop.test", "192.0.2.10", 993, MailSecurity.SSL, "help", "INBOX");
  private static final MailboxServer ON_LOOPBACK =
      new MailboxServer("help@shop.test", "127.0.0.1", 3143, MailSecurity.NONE, "help", "INBOX");

  private final InboundMail good = mail("<good@x>");
  private final InboundMail refused = mail("<refused@x>");
  private final InboundMail broken = mail("<broken@x>");
  private final Mailbox mailbox = new Mailbox(List.of(good, refused, broken));
  private final Replies replies = new Replies();
  private final MailboxCheck check = new MailboxCheck();
  private final List<String> finished = new ArrayList<>();
  private MailboxServer server = SERVER;

  {
    check.reader = mailbox;
    check.replies = replies;
    check.records =
        new MailboxReadingSteps() {
          @Override
          public Optional<Reading> start() {
            return Optional.of(
                new Reading(server, "pw", new ReadingLease(Instant.EPOCH, Instant.EPOCH)));
          }

          @Override
          public void finish(Reading reading, String error) {
            finished.add(String.valueOf(error));
          }
        };
  }

  @Test
  void aBrokenMailStaysUnreadUntilItIsGivenUpAndHoldsUpNoOther() {
    CheckResult first = CurrentCaller.supplyAs(Caller.system("mail-in"), check::check);

    assertThat(first.read()).isEqualTo(3);
    assertThat(first.outcomes())
        .containsEntry(Outcome.ACCEPTED, 1)
        .containsEntry(Outcome.REFUSED, 1)
        .doesNotContainKey(Outcome.FAILED);
    assertThat(mailbox.seen).containsExactly("<good@x>", "<refused@x>");
    assertThat(finished).containsExactly("null");

    for (int attempt = 2; attempt <= MailboxCheck.MAX_ATTEMPTS; attempt++) {
      CurrentCaller.supplyAs(Caller.system("mail-in"), check::check);
    }

    assertThat(replies.attempts.get("<broken@x>")).isEqualTo(MailboxCheck.MAX_ATTEMPTS);
    assertThat(mailbox.seen).contains("<broken@x>");
  }

  private static InboundMail mail(String id) {
    return new InboundMail(id, "buyer@shop.test", "Re: x [#1:abcdefghijklmn]", "Hello", false);
  }

  /** The desk: the broken mail always fails, the refused one is refused. */
  private static final class Replies extends MailReplies {
    final Map<String, Integer> attempts = new HashMap<>();

    @Override
    public Optional<Outcome> take(InboundMail mail) {
      if (mail.messageId().equals("<broken@x>")) {
        throw new IllegalStateException("the database went away");
      }
      if (mail.messageId().equals("<refused@x>")) {
        throw BrandcloudException.invalid("body", "Too long");
      }
      return Optional.of(Outcome.ACCEPTED);
    }

    @Override
    public boolean refused(InboundMail mail) {
      return true;
    }

    @Override
    public boolean failed(InboundMail mail, int maxAttempts) {
      return attempts.merge(mail.messageId(), 1, Integer::sum) >= maxAttempts;
    }
  }

  /** A mailbox whose unread mail is what was not marked read. */
  private static final class Mailbox implements MailboxReader {
    final Set<String> seen = new LinkedHashSet<>();
    private final List<InboundMail> mails;

    Mailbox(List<InboundMail> mails) {
      this.mails = mails;
    }

    @Override
    public int readUnread(
        MailboxServer server, String password, int max, Predicate<InboundMail> handler) {
      List<InboundMail> unread =
          mails.stream().filter(m -> !seen.contains(m.messageId())).limit(max).toList();
      for (InboundMail mail : unread) {
        if (handler.test(mail)) {
          seen.add(mail.messageId());
        }
      }
      return unread.size();
    }
  }
}
