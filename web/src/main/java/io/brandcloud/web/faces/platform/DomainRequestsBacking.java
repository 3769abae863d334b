package io.brandcloud.web.faces.platform;

import io.brandcloud.platform.application.DomainApprovals;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.Credentials;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The domains tenants asked for, on the operator's tenants page: approve or turn down. */
@Named
@ViewScoped
public class DomainRequestsBacking implements Serializable {

  @EJB DomainApprovals approvals;
  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;
  @Inject TenantsBacking editor;

  private transient List<DomainApprovals.Waiting> waiting;

  @PostConstruct
  void requireOperator() {
    currentLogin.require(Credentials.OPERATOR_GROUP);
  }

  public List<DomainApprovals.Waiting> getWaiting() {
    if (waiting == null) {
      waiting = approvals.waiting();
    }
    return waiting;
  }

  public void approve(DomainApprovals.Waiting request) {
    if (FacesActions.attempt(
        () -> approvals.approve(request.request().id(), operator()),
        texts.format(
            "platform.domains.approved", request.request().domain(), request.tenantName()))) {
      editor.reloadIfEditing(request.request().tenantId());
    }
    waiting = null;
  }

  public void lookUpTxt(DomainApprovals.Waiting request) {
    String name = request.request().txtName();
    FacesActions.attempt(
        () -> {
          DomainApprovals.TxtProof proof = approvals.lookUpTxt(request.request().id());
          String key = "platform.domains.txt." + proof.name();
          if (proof == DomainApprovals.TxtProof.FOUND) {
            FacesActions.info(texts.format(key, name, request.tenantName()));
          } else {
            FacesActions.warn(texts.format(key, name, request.tenantName()));
          }
        },
        null);
  }

  public void reject(DomainApprovals.Waiting request) {
    FacesActions.attempt(
        () -> approvals.reject(request.request().id(), operator()),
        texts.format(
            "platform.domains.rejected", request.request().domain(), request.tenantName()));
    waiting = null;
  }

  private String operator() {
    return currentLogin.require(Credentials.OPERATOR_GROUP).name();
  }
}
