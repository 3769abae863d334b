package io.brandcloud.web.faces.operations;

import io.brandcloud.retention.application.RetentionPolicies;
import io.brandcloud.retention.application.RetentionPolicies.RetentionChange;
import io.brandcloud.retention.domain.RetentionPolicy;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The settings page's retention card: how many days each purged kind is kept. */
@Named
@ViewScoped
public class RetentionBacking implements Serializable {

  @EJB RetentionPolicies policies;
  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;

  private Integer attachmentDays;
  private Integer mailDays;
  private Integer loginDays;
  private Integer auditDays;
  private Integer closedAccountDays;
  private Integer billingYears;

  @PostConstruct
  void load() {
    show(policies.current());
  }

  public void save() {
    RetentionChange change =
        new RetentionChange(
            attachmentDays, mailDays, loginDays, auditDays, closedAccountDays, billingYears);
    String actor = currentLogin.login().orElseThrow().name();
    FacesActions.attempt(
        () -> show(policies.change(change, actor)), texts.get("admin.retention.saved"));
  }

  private void show(RetentionPolicy policy) {
    attachmentDays = policy.attachmentDays();
    mailDays = policy.mailDays();
    loginDays = policy.loginDays();
    auditDays = policy.auditDays();
    closedAccountDays = policy.closedAccountDays();
    billingYears = policy.billingYears();
  }

  public Integer getAttachmentDays() {
    return attachmentDays;
  }

  public void setAttachmentDays(Integer attachmentDays) {
    this.attachmentDays = attachmentDays;
  }

  public Integer getMailDays() {
    return mailDays;
  }

  public void setMailDays(Integer mailDays) {
    this.mailDays = mailDays;
  }

  public Integer getLoginDays() {
    return loginDays;
  }

  public void setLoginDays(Integer loginDays) {
    this.loginDays = loginDays;
  }

  public Integer getAuditDays() {
    return auditDays;
  }

  public void setAuditDays(Integer auditDays) {
    this.auditDays = auditDays;
  }

  public Integer getClosedAccountDays() {
    return closedAccountDays;
  }

  public void setClosedAccountDays(Integer closedAccountDays) {
    this.closedAccountDays = closedAccountDays;
  }

  public Integer getBillingYears() {
    return billingYears;
  }

  public void setBillingYears(Integer billingYears) {
    this.billingYears = billingYears;
  }
}
