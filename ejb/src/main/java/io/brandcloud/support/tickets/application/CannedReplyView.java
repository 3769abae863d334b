package io.brandcloud.support.tickets.application;

import io.brandcloud.support.tickets.domain.CannedReply;
import java.io.Serializable;

/** A canned reply as staff pick it. */
public record CannedReplyView(long id, String title, String body) implements Serializable {

  static CannedReplyView of(CannedReply reply) {
    return new CannedReplyView(reply.id(), reply.title(), reply.body());
  }
}
