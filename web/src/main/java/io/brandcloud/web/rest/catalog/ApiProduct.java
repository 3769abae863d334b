package io.brandcloud.web.rest.catalog;

import io.brandcloud.catalog.application.ProductView;
import io.brandcloud.web.rest.ApiMoney;
import java.util.List;

/**
 * A product on the wire, with what each billing cycle sells at now; a licence product with no key
 * left is {@code soldOut}; a server product names the plan it sells ({@code planId}).
 */
public record ApiProduct(
    long id,
    String kind,
    String name,
    String description,
    String group,
    boolean active,
    boolean soldOut,
    List<ApiPrice> prices,
    List<ApiField> fields,
    String changePolicy,
    String cancelPolicy,
    Long planId) {

  /** A question the product asks at order: {@code kind} is text, choice or checkbox. */
  public record ApiField(
      long id,
      String label,
      String kind,
      List<String> choices,
      boolean required,
      boolean onInvoice) {}

  /** What a cycle sells at: the version of its price, the set-up fee and any free trial. */
  public record ApiPrice(
      long id, String cycle, int version, ApiMoney amount, ApiMoney setupFee, int trialDays) {}

  static ApiProduct of(ProductView product) {
    return new ApiProduct(
        product.id(),
        product.kind(),
        product.name(),
        product.description(),
        product.group(),
        product.active(),
        product.soldOut(),
        product.prices().stream()
            .map(
                p ->
                    new ApiPrice(
                        p.id(),
                        p.cycle(),
                        p.version(),
                        ApiMoney.of(p.amount()),
                        ApiMoney.of(p.setupFee()),
                        p.trialDays()))
            .toList(),
        product.fields().stream()
            .map(
                f ->
                    new ApiField(
                        f.id(), f.label(), f.kind(), f.choices(), f.required(), f.onInvoice()))
            .toList(),
        product.changePolicy(),
        product.cancelPolicy(),
        product.planId());
  }
}
