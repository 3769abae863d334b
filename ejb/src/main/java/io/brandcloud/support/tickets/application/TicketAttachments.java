package io.brandcloud.support.tickets.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.SecretTokens;
import io.brandcloud.support.tickets.domain.AttachmentCheck;
import io.brandcloud.support.tickets.domain.AttachmentKind;
import io.brandcloud.support.tickets.domain.MessageChannel;
import io.brandcloud.support.tickets.domain.Ticket;
import io.brandcloud.support.tickets.domain.TicketAttachment;
import io.brandcloud.support.tickets.domain.TicketAttachmentRepository;
import io.brandcloud.support.tickets.domain.TicketAttachmentRepository.StoredFile;
import io.brandcloud.support.tickets.domain.TicketRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Files on tickets: a customer attaches to their organisation's tickets and staff to any; each file
 * is checked ({@link AttachmentCheck}) and served only to those who may read its ticket.
 */
@Stateless
public class TicketAttachments {

  @Inject TicketRepository tickets;
  @Inject TicketAttachmentRepository attachments;
  @Inject MemberAccess members;
  @Inject TicketAuthors authors;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;
  @EJB Tickets opening;

  public AttachmentView attachAsCustomer(
      long organisationId, long ticketId, String name, byte[] content) {
    members.require(organisationId, Permission.TICKETS_CREATE);
    Ticket ticket = owned(organisationId, ticketId);
    return attach(ticket, name, content, false);
  }

  /**
   * Opens a ticket with a file, in one transaction: a file that is refused (too large, of a kind
   * not taken) opens no ticket, so the customer sends both again rather than half.
   */
  public TicketView openWithFile(
      long organisationId, NewTicket draft, MessageChannel via, String name, byte[] content) {
    TicketView opened = opening.open(organisationId, draft, via);
    attachAsCustomer(organisationId, opened.id(), name, content);
    return opening.ofOrganisation(organisationId, opened.id());
  }

  public AttachmentView attachAsStaff(long ticketId, String name, byte[] content) {
    CurrentCaller.requireStaff(StaffPermission.TICKETS_MANAGE);
    Ticket ticket =
        tickets
            .findForUpdate(ticketId)
            .orElseThrow(() -> BrandcloudException.notFound("Ticket " + ticketId));
    return attach(ticket, name, content, true);
  }

  public AttachmentFile forCustomer(long organisationId, long ticketId, long attachmentId) {
    members.require(organisationId, Permission.TICKETS_VIEW);
    tickets
        .find(ticketId)
        .filter(t -> t.belongsTo(organisationId))
        .orElseThrow(() -> BrandcloudException.notFound("Ticket " + ticketId));
    return file(ticketId, attachmentId);
  }

  public AttachmentFile forStaff(long ticketId, long attachmentId) {
    CurrentCaller.requireStaff(StaffPermission.TICKETS_MANAGE);
    return file(ticketId, attachmentId);
  }

  private AttachmentView attach(Ticket ticket, String name, byte[] content, boolean staff) {
    String fileName = AttachmentCheck.fileName(name);
    AttachmentKind kind = AttachmentCheck.kindOf(fileName, content);
    if (attachments.countOn(ticket.id()) >= AttachmentCheck.MAX_PER_TICKET) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT,
          "A ticket holds at most " + AttachmentCheck.MAX_PER_TICKET + " files");
    }
    TicketAttachment attachment =
        new TicketAttachment(
            ticket.id(),
            fileName,
            kind,
            content.length,
            SecretTokens.sha256(content),
            authors.of(CurrentCaller.require(), staff),
            clock.now());
    attachments.add(attachment, content);
    ticket.touch(clock.now());
    audit.record(
        null,
        "ticket.file_attached",
        "ticket " + ticket.id(),
        fileName + " (" + content.length + " bytes)");
    return AttachmentView.of(attachment);
  }

  private AttachmentFile file(long ticketId, long attachmentId) {
    StoredFile stored =
        attachments
            .file(ticketId, attachmentId)
            .orElseThrow(() -> BrandcloudException.notFound("File " + attachmentId));
    return new AttachmentFile(
        stored.attachment().fileName(), stored.attachment().kind().contentType(), stored.content());
  }

  private Ticket owned(long organisationId, long ticketId) {
    return tickets
        .findForUpdate(ticketId)
        .filter(t -> t.belongsTo(organisationId))
        .orElseThrow(() -> BrandcloudException.notFound("Ticket " + ticketId));
  }
}
