package io.brandcloud.web.faces.operations;

import io.brandcloud.audit.AuditEntry;
import io.brandcloud.audit.AuditFilter;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.web.faces.shared.FacesActions;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The tenant's audit log, filterable by action and actor, fifty entries a page. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

  private static final int PAGE_SIZE = 50;

  @EJB AuditLog audit;

  private String action;
  private String actor;
  private int page = 1;
  private transient Page<AuditEntry> entries;

  public Page<AuditEntry> getEntries() {
    if (entries == null) {
      entries = audit.search(new AuditFilter(action, actor), new PageRequest(page, PAGE_SIZE));
    }
    return entries;
  }

  /** A filter the log refuses (a control character) is a message above an empty table. */
  public void search() {
    page = 1;
    entries = null;
    if (!FacesActions.attempt(this::getEntries, null)) {
      entries = new Page<>(List.of(), 0, new PageRequest(1, PAGE_SIZE));
    }
  }

  public void older() {
    if (page < getEntries().pages()) {
      page++;
      entries = null;
    }
  }

  public void newer() {
    if (page > 1) {
      page--;
      entries = null;
    }
  }

  public int getPage() {
    return page;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }
}
