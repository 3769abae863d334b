package io.brandcloud.web.faces.support;

import io.brandcloud.billing.application.Wallets;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Money;
import io.brandcloud.support.tickets.application.CannedReplies;
import io.brandcloud.support.tickets.application.CannedReplyView;
import io.brandcloud.support.tickets.application.DepartmentView;
import io.brandcloud.support.tickets.application.SupportDepartments;
import io.brandcloud.support.tickets.application.TicketAttachments;
import io.brandcloud.support.tickets.application.TicketChange;
import io.brandcloud.support.tickets.application.TicketDesk;
import io.brandcloud.support.tickets.application.TicketView;
import io.brandcloud.support.tickets.domain.MessageChannel;
import io.brandcloud.support.tickets.domain.SupportPeople.Person;
import io.brandcloud.support.tickets.domain.TicketPriority;
import io.brandcloud.support.tickets.domain.TicketStatus;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * One ticket at the staff's desk: the whole thread with notes, an answer (from a canned reply if
 * wanted) with the status to take after it, a note, and status, priority, department and assignee.
 */
@Named
@ViewScoped
public class TicketDeskBacking implements Serializable {

  @EJB TicketAttachments attachments;
  @EJB TicketDesk desk;
  @EJB CannedReplies canned;
  @EJB SupportDepartments departments;
  @EJB Wallets wallets;
  @Inject Texts texts;
  @Inject Branding branding;

  private long id;
  private transient UploadedFile file;
  private TicketView ticket;
  private Money customerBalance;
  private List<CannedReplyView> cannedReplies = List.of();
  private List<DepartmentView> departmentChoices = List.of();
  private List<Person> workers = List.of();
  private final TicketDeskForm form = new TicketDeskForm();

  /** Reads the ticket named by the page's {@code id}; another tenant's is "not found". */
  public void load() {
    try {
      ticket = desk.ticket(id);
      cannedReplies = canned.all();
      departmentChoices = departments.all();
      workers = desk.workers();
      form.showDetails(ticket.summary());
    } catch (BrandcloudException e) {
      ticket = null;
      FacesActions.error(e);
      return;
    }
    if (ticket.summary().fromVisitor()) {
      customerBalance = null;
      return;
    }
    try {
      customerBalance = wallets.balance(ticket.summary().organisationId());
    } catch (BrandcloudException e) {
      // staff who may not see customers' money still answer their tickets
      customerBalance = null;
    }
  }

  /** Reads the thread again after a push, keeping what staff are typing. */
  public void refresh() {
    FacesActions.attempt(() -> ticket = desk.ticket(id), null);
  }

  public void insertCanned() {
    cannedReplies.stream()
        .filter(c -> form.getCannedId() != null && c.id() == form.getCannedId())
        .findFirst()
        .ifPresent(canned -> form.insert(canned.body()));
    form.setCannedId(null);
  }

  /** Attaches the chosen file; a full post-back, as file uploads are. */
  public void attach() {
    TicketUploads.attach(
        file,
        texts,
        (name, content) -> attachments.attachAsStaff(id, name, content),
        branding.url("/admin/ticket.xhtml") + "?id=" + id);
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
        () -> ticket = desk.reply(id, form.getReply(), form.getAfter(), MessageChannel.PORTAL),
        texts.get("admin.ticket.sent"))) {
      form.setReply(null);
      form.showDetails(ticket.summary());
    }
  }

  public void note() {
    if (FacesActions.attempt(
        () -> ticket = desk.note(id, form.getNote()), texts.get("admin.ticket.noted"))) {
      form.setNote(null);
    }
  }

  public void save() {
    TicketChange change = form.changes();
    if (FacesActions.attempt(
        () -> ticket = desk.change(id, change), texts.get("admin.ticket.saved"))) {
      form.showDetails(ticket.summary());
    }
  }

  public TicketStatus[] getStatuses() {
    return TicketStatus.values();
  }

  public TicketPriority[] getPriorities() {
    return TicketPriority.values();
  }

  /** What the customer's wallet holds, beside their name: often what the ticket is about. */
  public Money getCustomerBalance() {
    return customerBalance;
  }

  public TicketView getTicket() {
    return ticket;
  }

  public TicketDeskForm getForm() {
    return form;
  }

  public List<CannedReplyView> getCannedReplies() {
    return cannedReplies;
  }

  public List<DepartmentView> getDepartments() {
    return departmentChoices;
  }

  public List<Person> getWorkers() {
    return workers;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }
}
