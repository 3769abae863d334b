package io.brandcloud.web.faces.platform;

import io.brandcloud.platform.application.CreatedTenant;
import io.brandcloud.platform.application.TenantDraft;
import io.brandcloud.platform.application.TenantView;
import io.brandcloud.platform.application.Tenants;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.PagedModel;
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
 * The operator's tenant list, a page at a time and searchable by slug or name: create, edit,
 * suspend and reactivate; the fields are a {@link TenantForm}.
 */
@Named
@ViewScoped
public class TenantsBacking implements Serializable {

  @EJB Tenants tenants;
  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;

  private Long editingId;
  private TenantForm form = new TenantForm();
  private CreatedTenant created;
  private String search;
  private PagedModel<TenantView> page = pageOf(null);

  /**
   * The edge already admits operators only; a view reached any other way must not render either.
   */
  @PostConstruct
  void requireOperator() {
    currentLogin.require(Credentials.OPERATOR_GROUP);
  }

  public PagedModel<TenantView> getTenants() {
    return page;
  }

  /** Shows the tenants whose slug or name holds what was typed, from the first page. */
  public void find() {
    page = pageOf(search);
  }

  private PagedModel<TenantView> pageOf(String wanted) {
    return new PagedModel<>(request -> tenants.page(wanted, request), t -> Long.toString(t.id()));
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
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
        search = slug;
        find();
      }
    } else {
      FacesActions.attempt(
          () -> tenants.update(editingId, draft), texts.format("platform.tenants.saved", slug));
    }
  }

  public void edit(TenantView tenant) {
    editingId = tenant.id();
    form = TenantForm.of(tenant);
    created = null;
  }

  public void startNew() {
    editingId = null;
    form = new TenantForm();
    created = null;
  }

  public void suspend(TenantView tenant) {
    FacesActions.attempt(
        () -> tenants.suspend(tenant.id()),
        texts.format("platform.tenants.suspended", tenant.slug()));
  }

  public void activate(TenantView tenant) {
    FacesActions.attempt(
        () -> tenants.activate(tenant.id()),
        texts.format("platform.tenants.reactivated", tenant.slug()));
  }

  /** Shown once after creation; gone when the view is left. */
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
