package io.brandcloud.web.faces.platform;

import io.brandcloud.platform.application.CreatedTenant;
import io.brandcloud.platform.application.TenantDraft;
import io.brandcloud.platform.application.TenantView;
import io.brandcloud.platform.application.Tenants;
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

/**
 * The operator's tenant editor: create a tenant (its first admin's one-time password shown once) or
 * change one; the fields are a {@link TenantForm}, the list is {@link TenantListBacking}'s.
 */
@Named
@ViewScoped
public class TenantsBacking implements Serializable {

  @EJB Tenants tenants;
  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;
  @Inject TenantListBacking list;

  private Long editingId;
  private TenantForm form = new TenantForm();
  private CreatedTenant created;

  /**
   * The edge already admits operators only; a view reached any other way must not render either.
   */
  @PostConstruct
  void requireOperator() {
    currentLogin.require(Credentials.OPERATOR_GROUP);
  }

  public void save() {
    TenantDraft draft = form.draft();
    String slug = form.getSlug();
    if (editingId == null) {
      if (FacesActions.attempt(
          () -> created = tenants.create(draft), texts.format("platform.tenants.created", slug))) {
        CreatedTenant shown = created;
        startNew();
        created = shown;
        // the list shows what was just made, wherever it falls among the others
        list.show(slug);
      }
    } else {
      FacesActions.attempt(
          () -> tenants.update(editingId, draft), texts.format("platform.tenants.saved", slug));
    }
  }

  /** A new one-time password for the tenant's first admin, shown at the top of the page. */
  public void reissue(TenantView tenant) {
    FacesActions.attempt(
        () -> created = tenants.reissueAdminPassword(tenant.id()),
        texts.format("platform.tenants.reissued", tenant.slug()));
  }

  public void edit(TenantView tenant) {
    editingId = tenant.id();
    form = TenantForm.of(tenant);
    created = null;
  }

  /**
   * The tenant being edited, read again after its domains changed elsewhere on the page, so saving
   * the form does not take an approved domain back.
   */
  public void reloadIfEditing(long tenantId) {
    if (editingId != null && editingId == tenantId) {
      form = TenantForm.of(tenants.get(tenantId));
    }
  }

  public void startNew() {
    editingId = null;
    form = new TenantForm();
    created = null;
  }

  /** Shown once after creation or a reissue; gone when the view is left. */
  public CreatedTenant getCreated() {
    return created;
  }

  public boolean isEditing() {
    return editingId != null;
  }

  public TenantForm getForm() {
    return form;
  }
}
