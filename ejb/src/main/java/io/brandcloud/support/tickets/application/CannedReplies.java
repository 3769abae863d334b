package io.brandcloud.support.tickets.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Validation;
import io.brandcloud.support.tickets.domain.CannedReply;
import io.brandcloud.support.tickets.domain.CannedReplyRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Answers staff give often, kept by staff who work tickets. */
@Stateless
public class CannedReplies {

  @Inject CannedReplyRepository replies;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;

  public List<CannedReplyView> all() {
    CurrentCaller.requireStaff(StaffPermission.TICKETS_MANAGE);
    return replies.all().stream().map(CannedReplyView::of).toList();
  }

  public CannedReplyView create(String title, String body) {
    CurrentCaller.requireStaff(StaffPermission.TICKETS_MANAGE);
    String checkedTitle = Validation.requireText("title", title, 120);
    String checkedBody = TicketTexts.body(body);
    if (replies.titleTaken(checkedTitle)) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT, "A canned reply titled '" + checkedTitle + "' exists already");
    }
    CannedReply reply = new CannedReply(checkedTitle, checkedBody, clock.now());
    replies.add(reply);
    audit.record(null, "canned_reply.created", "canned reply " + reply.id(), checkedTitle);
    return CannedReplyView.of(reply);
  }

  public void remove(long replyId) {
    CurrentCaller.requireStaff(StaffPermission.TICKETS_MANAGE);
    CannedReply reply =
        replies
            .find(replyId)
            .orElseThrow(() -> BrandcloudException.notFound("Canned reply " + replyId));
    replies.remove(reply);
    audit.record(null, "canned_reply.removed", "canned reply " + replyId, reply.title());
  }
}
