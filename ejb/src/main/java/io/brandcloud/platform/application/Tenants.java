package io.brandcloud.platform.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.platform.domain.SchemaMigrations;
import io.brandcloud.platform.domain.Tenant;
import io.brandcloud.platform.domain.TenantAdmins;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.Placements;
import io.brandcloud.tenancy.TenantContext;
import io.brandcloud.tenancy.TenantSchema;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * What platform operators do with tenants. Creating one spans the new schema, the platform record
 * and the first admin in the tenant's schema: three units of work, so a failure in a later one
 * undoes the earlier ones.
 */
@Stateless
public class Tenants {

  private static final Logger LOG = Logger.getLogger(Tenants.class);

  @EJB TenantRegistry registry;
  @EJB Tenants self;
  @EJB SchemaMigrations schemas;
  @EJB PlacementChoice placements;
  @Inject TenantAdmins admins;
  @Inject TenantDirectory directory;
  @Inject AuditLog audit;

  /**
   * Creates a tenant on the placement the draft names, or, when it names none, on the placement
   * with the fewest tenants.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public CreatedTenant create(TenantDraft draft) {
    long started = System.nanoTime();
    TenantSpec spec = TenantSpec.from(draft);
    registry.requireAvailable(spec);
    String chosen = placements.forNewTenant(draft.placement());
    TenantSchema schema = TenantSchema.forSlug(spec.slug());
    schemas.upgrade(schema, chosen);
    long schemaMillis = (System.nanoTime() - started) / 1_000_000;
    Tenant tenant = null;
    try {
      tenant = registry.insert(spec, chosen);
      Placements.remember(schema.name(), chosen);
      TenantContext context = tenant.toContext(TenantContext.newRequestId());
      String adminEmail = draft.adminEmail() == null ? "" : draft.adminEmail().strip();
      String password =
          CurrentTenant.callAs(context, () -> admins.createFirst(adminEmail, adminNameOf(draft)));
      directory.forget();
      audit.record(null, "tenant.created", "tenant " + spec.slug(), "admin " + adminEmail);
      LOG.infof(
          "Tenant %s created on placement %s in %d ms (schema and migrations %d ms)",
          spec.slug(), chosen, (System.nanoTime() - started) / 1_000_000, schemaMillis);
      return new CreatedTenant(
          TenantView.of(tenant), adminEmail.toLowerCase(java.util.Locale.ROOT), password);
    } catch (RuntimeException e) {
      undo(tenant, schema);
      throw e;
    } catch (Exception e) {
      undo(tenant, schema);
      throw new IllegalStateException(e);
    }
  }

  public TenantView update(long id, TenantDraft draft) {
    String placement = registry.require(id).placement();
    if (draft.placement() != null && !draft.placement().strip().equals(placement)) {
      throw BrandcloudException.invalid(
          "placement", "A tenant changes placement only by a move, which copies its data");
    }
    Tenant tenant = registry.update(id, TenantSpec.from(draft));
    directory.forget();
    audit.record(null, "tenant.updated", "tenant " + tenant.slug(), null);
    return TenantView.of(tenant);
  }

  public TenantView suspend(long id) {
    TenantView view = TenantView.of(registry.suspend(id));
    directory.forget();
    audit.record(null, "tenant.suspended", "tenant " + view.slug(), null);
    return view;
  }

  public TenantView activate(long id) {
    TenantView view = TenantView.of(registry.activate(id));
    directory.forget();
    audit.record(null, "tenant.activated", "tenant " + view.slug(), null);
    return view;
  }

  /**
   * A new one-time password for the tenant's first admin, who lost the one shown at creation before
   * choosing a password: shown to the operator once, the old one void. Each step in its own
   * transaction, so the tenant's change and the platform's record use their own schemas.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public CreatedTenant reissueAdminPassword(long id) {
    CurrentCaller.requirePrivileged();
    Tenant tenant = registry.require(id);
    TenantAdmins.HandedOver handed =
        CurrentTenant.supplyAs(
            tenant.toContext(TenantContext.newRequestId()), admins::reissueFirst);
    audit.record(null, "tenant.admin-password-reissued", "tenant " + tenant.slug(), handed.email());
    // read in a transaction of its own: the tenant above was read outside one
    return new CreatedTenant(self.get(id), handed.email(), handed.oneTimePassword());
  }

  public List<TenantView> all() {
    return registry.all().stream().map(TenantView::of).toList();
  }

  /** A page of the tenants whose slug or name holds {@code search}, by slug, for operators. */
  public Page<TenantView> page(String search, PageRequest page) {
    CurrentCaller.requirePrivileged();
    return registry.page(search, page).map(TenantView::of);
  }

  public TenantView get(long id) {
    return TenantView.of(registry.require(id));
  }

  private static String adminNameOf(TenantDraft draft) {
    return draft.adminName() == null || draft.adminName().isBlank()
        ? draft.name() + " admin"
        : draft.adminName();
  }

  private void undo(Tenant tenant, TenantSchema schema) {
    if (tenant == null) {
      // the record was never ours: the schema may belong to whoever won a race for the same slug
      return;
    }
    try {
      registry.delete(tenant.id());
      schemas.drop(schema, tenant.placement());
    } catch (RuntimeException cleanup) {
      LOG.errorf(cleanup, "Could not undo the half-created tenant %s", schema);
    }
  }
}
