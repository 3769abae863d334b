package io.brandcloud.identity.application;

import io.brandcloud.fraud.domain.FraudCheckDecided;
import io.brandcloud.identity.domain.UserRepository;
import io.brandcloud.mail.MailOutbox;
import io.brandcloud.mail.MessageType;
import io.brandcloud.outbox.MessageHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Whoever was told their account is being checked (a held sign-up, an order or top-up refused while
 * it waited, a top-up whose card held the account) hears when staff clear it, so they know they can
 * go on. A held server's owner hears instead when it is ready; a denial is told by what follows it.
 */
@ApplicationScoped
public class TellOfAPassedReview implements MessageHandler<FraudCheckDecided> {

  @Inject UserRepository users;
  @Inject MailOutbox mail;

  @Override
  public Class<FraudCheckDecided> handles() {
    return FraudCheckDecided.class;
  }

  @Override
  public void handle(FraudCheckDecided decided) {
    if (!decided.approved() || decided.serverId() != null || decided.userId() == null) {
      return;
    }
    users
        .find(decided.userId())
        .filter(user -> !user.disabled())
        .ifPresent(
            user ->
                mail.send(
                    MessageType.ACCOUNT_REVIEW_PASSED,
                    user.email(),
                    Map.of("name", user.displayName())));
  }
}
