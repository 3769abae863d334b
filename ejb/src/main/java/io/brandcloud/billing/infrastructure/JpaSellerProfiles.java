package io.brandcloud.billing.infrastructure;

import io.brandcloud.billing.domain.Seller;
import io.brandcloud.billing.domain.SellerProfiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaSellerProfiles implements SellerProfiles {

  @PersistenceContext EntityManager em;

  @Override
  public Seller current() {
    Object[] r =
        (Object[])
            em.createNativeQuery(
                    "SELECT legal_name, address, tax_ids, logo, logo_type, invoice_note"
                        + " FROM seller_profile"
                        + " WHERE id = 1")
                .getSingleResult();
    return new Seller(
        (String) r[0], (String) r[1], (String) r[2], (byte[]) r[3], (String) r[4], (String) r[5]);
  }

  @Override
  public void change(String legalName, String address, String taxIds, String invoiceNote) {
    em.createNativeQuery(
            "UPDATE seller_profile SET legal_name = ?1, address = ?2, tax_ids = ?3,"
                + " invoice_note = ?4, updated_at = now() WHERE id = 1")
        .setParameter(1, legalName)
        .setParameter(2, address)
        .setParameter(3, taxIds)
        .setParameter(4, invoiceNote)
        .executeUpdate();
  }

  @Override
  public void changeLogo(byte[] image, String contentType) {
    em.createNativeQuery(
            "UPDATE seller_profile SET logo = ?1, logo_type = ?2, updated_at = now() WHERE id = 1")
        .setParameter(1, image)
        .setParameter(2, contentType)
        .executeUpdate();
  }

  @Override
  public void removeLogo() {
    em.createNativeQuery(
            "UPDATE seller_profile SET logo = NULL, logo_type = NULL, updated_at = now()"
                + " WHERE id = 1")
        .executeUpdate();
  }
}
