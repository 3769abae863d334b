package io.brandcloud.web.faces.support;

import io.brandcloud.provisioning.servers.application.ServerView;
import io.brandcloud.provisioning.servers.application.Servers;
import io.brandcloud.support.tickets.application.DepartmentChoice;
import io.brandcloud.support.tickets.application.NewTicket;
import io.brandcloud.support.tickets.application.TicketAttachments;
import io.brandcloud.support.tickets.application.TicketSummary;
import io.brandcloud.support.tickets.application.TicketView;
import io.brandcloud.support.tickets.application.Tickets;
import io.brandcloud.support.tickets.domain.MessageChannel;
import io.brandcloud.support.tickets.domain.TicketPriority;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/** A customer's tickets, a page at a time, and the form that opens a new one. */
@Named
@ViewScoped
public class CustomerTicketsBacking implements Serializable {

  @EJB Tickets tickets;
  @EJB TicketAttachments attachments;
  @EJB Servers servers;
  @Inject CurrentUser user;
  @Inject Branding branding;

  private PagedModel<TicketSummary> list;
  private List<DepartmentChoice> departments = List.of();
  private List<ServerView> ownServers = List.of();
  private Long departmentId;
  private String priority = TicketPriority.NORMAL.wireName();
  private Long serverId;
  private String subject;
  private String body;
  private transient UploadedFile file;

  @PostConstruct
  void load() {
    if (!user.may("tickets:view")) {
      return;
    }
    long organisation = user.organisationId();
    list =
        new PagedModel<>(
            page -> tickets.ofOrganisation(organisation, page), t -> Long.toString(t.id()));
    departments = tickets.departments(organisation);
    departmentId = departments.isEmpty() ? null : departments.get(0).id();
    ownServers = user.may("servers:view") ? servers.ofOrganisation(organisation) : List.of();
  }

  public void open() {
    TicketView[] opened = new TicketView[1];
    boolean done = FacesActions.attempt(() -> opened[0] = openTicket(), null);
    if (done) {
      FacesActions.redirect(branding.url("/portal/ticket.xhtml") + "?id=" + opened[0].id());
    }
  }

  /** The ticket, and the file with it when one was chosen: both, or neither. */
  private TicketView openTicket() {
    NewTicket draft = new NewTicket(subject, body, departmentId, priority, serverId);
    long organisation = user.organisationId();
    return file == null || file.getSize() == 0
        ? tickets.open(organisation, draft, MessageChannel.PORTAL)
        : attachments.openWithFile(
            organisation, draft, MessageChannel.PORTAL, file.getFileName(), file.getContent());
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public boolean isAllowed() {
    return user.may("tickets:create");
  }

  public PagedModel<TicketSummary> getList() {
    return list;
  }

  public List<DepartmentChoice> getDepartments() {
    return departments;
  }

  public List<ServerView> getServers() {
    return ownServers;
  }

  public TicketPriority[] getPriorities() {
    return TicketPriority.values();
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(Long departmentId) {
    this.departmentId = departmentId;
  }

  public String getPriority() {
    return priority;
  }

  public void setPriority(String priority) {
    this.priority = priority;
  }

  public Long getServerId() {
    return serverId;
  }

  public void setServerId(Long serverId) {
    this.serverId = serverId;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
