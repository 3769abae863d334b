package io.brandcloud.platform.domain;

import io.brandcloud.tenancy.Brand;
import io.brandcloud.tenancy.Placements;
import io.brandcloud.tenancy.TenantContext;
import io.brandcloud.tenancy.TenantSchema;
import io.brandcloud.tenancy.TenantStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** A reseller brand: its own schema, portal, customers and money. */
@Entity
@Table(name = "tenants", schema = "platform")
public class Tenant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, updatable = false)
  private String slug;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TenantStatus status;

  @Column(nullable = false, updatable = false)
  private String currency;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  @Column(name = "product_name", nullable = false)
  private String productName;

  @Column(name = "primary_color", nullable = false)
  private String primaryColor;

  @Column(name = "logo_url")
  private String logoUrl;

  @Column(name = "dark_theme", nullable = false)
  private boolean darkTheme;

  @Column(name = "icon_url")
  private String iconUrl;

  @Column(name = "mail_sender")
  private String mailSender;

  @Column(name = "accent_color")
  private String accentColor;

  /**
   * The PostgreSQL server that holds the tenant's schema; never written by an edit, only by a move
   * (which also moves the version on).
   */
  @Column(nullable = false, updatable = false)
  private String placement = Placements.MAIN;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private int version;

  @OneToMany(mappedBy = "tenant", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("domain")
  private List<TenantDomain> domains = new ArrayList<>();

  protected Tenant() {}

  public Tenant(
      String slug, String name, Currency currency, ZoneId timeZone, Brand brand, Instant now) {
    this.slug = slug;
    this.name = name;
    this.status = TenantStatus.ACTIVE;
    this.currency = currency.getCurrencyCode();
    this.timeZone = timeZone.getId();
    this.createdAt = now;
    rebrand(brand);
  }

  public void rename(String newName) {
    this.name = newName;
  }

  public void rebrand(Brand brand) {
    this.productName = brand.productName();
    this.primaryColor = brand.primaryColor();
    this.logoUrl = brand.logoUrl();
    this.darkTheme = brand.dark();
    this.iconUrl = brand.iconUrl();
    this.mailSender = brand.mailSender();
    this.accentColor = brand.accentColor();
  }

  public void moveTo(ZoneId zone) {
    this.timeZone = zone.getId();
  }

  public void suspend() {
    this.status = TenantStatus.SUSPENDED;
  }

  public void activate() {
    this.status = TenantStatus.ACTIVE;
  }

  public void replaceDomains(List<String> newDomains) {
    domains.removeIf(d -> !newDomains.contains(d.domain()));
    List<String> kept = domains.stream().map(TenantDomain::domain).toList();
    newDomains.stream()
        .filter(d -> !kept.contains(d))
        .forEach(d -> domains.add(new TenantDomain(this, d)));
  }

  public TenantContext toContext(String requestId) {
    return new TenantContext(
        id,
        slug,
        TenantSchema.forSlug(slug),
        name,
        status,
        Currency.getInstance(currency),
        ZoneId.of(timeZone),
        brand(),
        domains.stream().map(TenantDomain::domain).sorted().findFirst().orElse(null),
        requestId);
  }

  public Brand brand() {
    return new Brand(
        productName, primaryColor, logoUrl, darkTheme, iconUrl, mailSender, accentColor);
  }

  public Long id() {
    return id;
  }

  public String placement() {
    return placement;
  }

  /** Records that the tenant's schema is now on {@code newPlacement}. */
  public void placeOn(String newPlacement) {
    this.placement = newPlacement;
  }

  public String slug() {
    return slug;
  }

  public String name() {
    return name;
  }

  public TenantStatus status() {
    return status;
  }

  public Currency currency() {
    return Currency.getInstance(currency);
  }

  public ZoneId timeZone() {
    return ZoneId.of(timeZone);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public List<String> domainNames() {
    return domains.stream().map(TenantDomain::domain).toList();
  }
}
