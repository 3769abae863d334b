package io.brandcloud.provisioning.application;

import io.brandcloud.billing.application.Wallets;
import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.catalog.application.PlanView;
import io.brandcloud.provisioning.domain.Server;
import io.brandcloud.provisioning.domain.ServerSpec;
import io.brandcloud.provisioning.domain.ServerStatus;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Organisations' servers in the current tenant. */
@Stateless
public class Servers {

  private static final Pattern HOSTNAME = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  @PersistenceContext EntityManager em;
  @EJB PlanCatalog catalog;
  @EJB Wallets wallets;
  @EJB ProviderConnections connections;
  @Inject ApplicationClock clock;
  @Inject ProvisioningScheduler scheduler;

  /**
   * Orders a server: it is saved as pending and built in the background once this transaction
   * commits. The wallet must cover at least the first hour.
   */
  public ServerView create(
      long organisationId, long planId, String hostname, String region, String image) {
    String host = hostname == null ? "" : hostname.strip().toLowerCase(Locale.ROOT);
    if (!HOSTNAME.matcher(host).matches()) {
      throw BrandcloudException.invalid(
          "hostname", "A host name has 1 to 63 letters, digits or inner hyphens");
    }
    PlanView plan =
        catalog
            .find(planId)
            .orElseThrow(() -> BrandcloudException.invalid("planId", "No such plan"));
    if (!plan.active()) {
      throw new BrandcloudException(ErrorCode.PLAN_INACTIVE, plan.name());
    }
    Money balance = wallets.balanceOf(organisationId);
    if (balance.compareTo(plan.hourlyPrice()) < 0) {
      throw new BrandcloudException(
          ErrorCode.INSUFFICIENT_FUNDS, balance.display(), plan.hourlyPrice().display());
    }
    ServerSpec spec = new ServerSpec(host, plan.providerPlanCode(), region, image);
    requireOffered(plan.connectionId(), spec);
    Server server =
        new Server(
            organisationId,
            planId,
            plan.connectionId(),
            spec,
            plan.hourlyPrice().amount(),
            clock.now());
    em.persist(server);
    em.flush();
    scheduler.provisionAfterCommit(CurrentTenant.require(), server.id());
    return view(server);
  }

  public List<ServerView> ofOrganisation(long organisationId) {
    return em
        .createQuery(
            "select s from Server s where s.organisationId = :organisation order by s.id",
            Server.class)
        .setParameter("organisation", organisationId)
        .getResultList()
        .stream()
        .map(this::view)
        .toList();
  }

  public Page<ServerView> ofOrganisation(long organisationId, PageRequest page) {
    long total =
        em.createQuery(
                "select count(s) from Server s where s.organisationId = :organisation", Long.class)
            .setParameter("organisation", organisationId)
            .getSingleResult();
    List<ServerView> items =
        em.createQuery(
                "select s from Server s where s.organisationId = :organisation order by s.id",
                Server.class)
            .setParameter("organisation", organisationId)
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultStream()
            .map(this::view)
            .toList();
    return new Page<>(items, total, page);
  }

  /** One of the customer's servers; any other id, including another tenant's, is "not found". */
  public ServerView ofOrganisation(long organisationId, long serverId) {
    return Optional.ofNullable(em.find(Server.class, serverId))
        .filter(s -> s.organisationId() == organisationId)
        .map(this::view)
        .orElseThrow(() -> BrandcloudException.notFound("Server " + serverId));
  }

  public List<ServerView> all() {
    return em
        .createQuery("select s from Server s order by s.id", Server.class)
        .getResultList()
        .stream()
        .map(this::view)
        .toList();
  }

  public List<Long> inProgress() {
    return em.createQuery("select s.id from Server s where s.status in :statuses", Long.class)
        .setParameter("statuses", List.of(ServerStatus.PENDING, ServerStatus.PROVISIONING))
        .getResultList();
  }

  /** Suspends the organisation's running servers at their provider; returns their host names. */
  public List<String> suspendForDebt(long organisationId) {
    Instant now = clock.now();
    return inStatus(organisationId, ServerStatus.RUNNING).stream()
        .peek(
            s -> {
              connections.provider(s.connectionId()).suspend(s.connectionId(), s.externalId());
              s.suspend(now);
            })
        .map(Server::hostname)
        .toList();
  }

  /** Starts the organisation's suspended servers again; returns their host names. */
  public List<String> resumeAfterPayment(long organisationId) {
    return inStatus(organisationId, ServerStatus.SUSPENDED).stream()
        .peek(
            s -> {
              connections.provider(s.connectionId()).unsuspend(s.connectionId(), s.externalId());
              s.resume();
            })
        .map(Server::hostname)
        .toList();
  }

  /** Deletes servers suspended before {@code cutoff}; returns (organisation, host name) pairs. */
  public List<ServerView> terminateSuspendedBefore(Instant cutoff) {
    Instant now = clock.now();
    return em.createQuery(
            "select s from Server s where s.status = :status and s.suspendedAt <= :cutoff",
            Server.class)
        .setParameter("status", ServerStatus.SUSPENDED)
        .setParameter("cutoff", cutoff)
        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .peek(
            s -> {
              connections.provider(s.connectionId()).delete(s.connectionId(), s.externalId());
              s.terminate(now);
            })
        .map(this::view)
        .toList();
  }

  private List<Server> inStatus(long organisationId, ServerStatus status) {
    return em.createQuery(
            "select s from Server s where s.organisationId = :organisation and s.status = :status",
            Server.class)
        .setParameter("organisation", organisationId)
        .setParameter("status", status)
        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  private void requireOffered(long connectionId, ServerSpec spec) {
    if (spec.region() == null || !connections.regions(connectionId).contains(spec.region())) {
      throw BrandcloudException.invalid("region", "Region '" + spec.region() + "' is not offered");
    }
    if (spec.image() == null || !connections.images(connectionId).contains(spec.image())) {
      throw BrandcloudException.invalid("image", "Image '" + spec.image() + "' is not offered");
    }
  }

  private ServerView view(Server server) {
    return ServerView.of(server, CurrentTenant.require().currency());
  }
}
