package io.brandcloud.payments.application;

import io.brandcloud.fraud.application.FraudScreening;
import io.brandcloud.outbox.MessageHandler;
import io.brandcloud.payments.domain.TopUpPaidByCard;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/** A top-up paid by a card the gateway described goes through fraud screening's card rules. */
@ApplicationScoped
public class ScreenTheCardOfATopUp implements MessageHandler<TopUpPaidByCard> {

  @EJB FraudScreening screening;

  @Override
  public Class<TopUpPaidByCard> handles() {
    return TopUpPaidByCard.class;
  }

  @Override
  public void handle(TopUpPaidByCard paid) {
    screening.screenCard(paid.paymentId());
  }
}
