package io.brandcloud.web.faces.support;

import io.brandcloud.support.tickets.application.TicketChange;
import io.brandcloud.support.tickets.application.TicketSummary;
import java.io.Serializable;
import java.util.Objects;

/** What staff type and choose at the ticket desk, kept while the thread is redrawn. */
public class TicketDeskForm implements Serializable {

  private String reply;
  private String after = "";
  private String note;
  private Long cannedId;
  private String status;
  private String priority;
  private Long departmentId;
  private Long assigneeId;
  private TicketSummary shown;

  /**
   * What staff changed in the details form since it showed the ticket, the rest null: a field left
   * as shown must not undo what someone else changed meanwhile.
   */
  TicketChange changes() {
    return new TicketChange(
        Objects.equals(status, shown.status().wireName()) ? null : status,
        Objects.equals(priority, shown.priority().wireName()) ? null : priority,
        Objects.equals(departmentId, shown.departmentId()) ? null : departmentId,
        Objects.equals(assigneeId, shown.assigneeId())
            ? null
            : assigneeId == null ? Long.valueOf(0) : assigneeId);
  }

  /** Shows the ticket's status, priority, department and assignee in the details form. */
  void showDetails(TicketSummary ticket) {
    shown = ticket;
    status = ticket.status().wireName();
    priority = ticket.priority().wireName();
    departmentId = ticket.departmentId();
    assigneeId = ticket.assigneeId();
  }

  /** Adds a canned reply's text under what is typed already. */
  /** Adds a prepared text (a canned reply, a suggestion) below what staff wrote so far. */
  void insert(String text) {
    reply = reply == null || reply.isBlank() ? text : reply.stripTrailing() + "\n\n" + text;
  }

  public String getReply() {
    return reply;
  }

  public void setReply(String reply) {
    this.reply = reply;
  }

  public String getAfter() {
    return after;
  }

  public void setAfter(String after) {
    this.after = after;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Long getCannedId() {
    return cannedId;
  }

  public void setCannedId(Long cannedId) {
    this.cannedId = cannedId;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getPriority() {
    return priority;
  }

  public void setPriority(String priority) {
    this.priority = priority;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(Long departmentId) {
    this.departmentId = departmentId;
  }

  public Long getAssigneeId() {
    return assigneeId;
  }

  public void setAssigneeId(Long assigneeId) {
    this.assigneeId = assigneeId;
  }
}
