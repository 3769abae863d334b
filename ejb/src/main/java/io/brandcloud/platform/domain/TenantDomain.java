package io.brandcloud.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A host name that serves one tenant's portal, e.g. {@code portal.acme.example}. */
@Entity
@Table(name = "tenant_domains", schema = "platform")
public class TenantDomain {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "tenant_id")
  private Tenant tenant;

  @Column(nullable = false, unique = true)
  private String domain;

  protected TenantDomain() {}

  TenantDomain(Tenant tenant, String domain) {
    this.tenant = tenant;
    this.domain = domain;
  }

  public String domain() {
    return domain;
  }

  public Tenant tenant() {
    return tenant;
  }
}
