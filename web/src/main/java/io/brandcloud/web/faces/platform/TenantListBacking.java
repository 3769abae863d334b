package io.brandcloud.web.faces.platform;

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
 * The operator's tenant list, a page at a time and searchable by slug or name, with suspending and
 * reactivating a tenant.
 */
@Named
@ViewScoped
public class TenantListBacking implements Serializable {

  @EJB Tenants tenants;
  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;

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

  /** Shows the tenants whose slug or name holds {@code wanted}, e.g. one just created. */
  public void show(String wanted) {
    search = wanted;
    find();
  }

  private PagedModel<TenantView> pageOf(String wanted) {
    return new PagedModel<>(request -> tenants.page(wanted, request), t -> Long.toString(t.id()));
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

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }
}
