package io.brandcloud.support.tickets.domain;

import java.util.List;
import java.util.Optional;

/** The current tenant's canned replies. */
public interface CannedReplyRepository {

  void add(CannedReply reply);

  Optional<CannedReply> find(long replyId);

  List<CannedReply> all();

  boolean titleTaken(String title);

  void remove(CannedReply reply);
}
