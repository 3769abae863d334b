package io.brandcloud.subscriptions.application;

import io.brandcloud.provisioning.servers.application.ServerView;
import io.brandcloud.shared.Money;
import io.brandcloud.subscriptions.domain.OrderAnswer;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A subscription as its organisation and staff see it: what, at which price, paid until when, and
 * what happens then ({@code renewsOn} is the first day not paid for); an add-on names the
 * subscription it is attached to; {@code nextPrice} is the price staff moved it to, paid from
 * {@code nextPriceFrom}; a licence's key is shown to its organisation; its product's policies say
 * when it may change and cancel ({@code any}, {@code now}, {@code term_end}); a server product's
 * subscription shows the server it pays for until that is deleted; an add-on on an hourly server
 * names that server.
 */
public record SubscriptionView(
    long id,
    long organisationId,
    long productId,
    String productName,
    String cycle,
    String status,
    Money price,
    LocalDate renewsOn,
    boolean autoRenew,
    boolean cancelAtTermEnd,
    Long pendingPriceId,
    Long attachedTo,
    Money nextPrice,
    LocalDate nextPriceFrom,
    String licenceKey,
    List<OrderAnswer> answers,
    String changePolicy,
    String cancelPolicy,
    Instant createdAt,
    ServerView server,
    Long attachedServerId,
    String attachedServerName)
    implements Serializable {}
