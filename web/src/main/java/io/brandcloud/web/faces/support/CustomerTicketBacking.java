package io.brandcloud.web.faces.support;

import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.support.tickets.application.TicketAttachments;
import io.brandcloud.support.tickets.application.TicketView;
import io.brandcloud.support.tickets.application.Tickets;
import io.brandcloud.support.tickets.domain.MessageChannel;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.file.UploadedFile;

/** One ticket of the customer's organisation: its thread, an answer box and closing it. */
@Named
@ViewScoped
public class CustomerTicketBacking implements Serializable {

  @EJB TicketAttachments attachments;
  @EJB Tickets tickets;
  @Inject CurrentUser user;
  @Inject Texts texts;
  @Inject Branding branding;

  private long id;
  private transient UploadedFile file;
  private TicketView ticket;
  private String reply;

  /** Reads the ticket named by the page's {@code id}; another's ticket is "not found". */
  public void load() {
    try {
      ticket = tickets.ofOrganisation(user.organisationId(), id);
    } catch (BrandcloudException e) {
      ticket = null;
      FacesActions.error(e);
    }
  }

  /** Attaches the chosen file; a full post-back, as file uploads are. */
  public void attach() {
    TicketUploads.attach(
        file,
        texts,
        (name, content) -> attachments.attachAsCustomer(user.organisationId(), id, name, content),
        branding.url("/portal/ticket.xhtml") + "?id=" + id);
    file = null;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public void reply() {
    if (FacesActions.attempt(
        () -> ticket = tickets.reply(user.organisationId(), id, reply, MessageChannel.PORTAL),
        texts.get("portal.ticket.sent"))) {
      reply = null;
    }
  }

  public void close() {
    FacesActions.attempt(
        () -> ticket = tickets.close(user.organisationId(), id), texts.get("portal.ticket.closed"));
  }

  public boolean isAllowed() {
    return user.may("tickets:create");
  }

  public TicketView getTicket() {
    return ticket;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public String getReply() {
    return reply;
  }

  public void setReply(String reply) {
    this.reply = reply;
  }
}
