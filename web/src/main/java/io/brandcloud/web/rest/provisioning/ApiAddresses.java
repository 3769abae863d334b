package io.brandcloud.web.rest.provisioning;

import io.brandcloud.provisioning.addresses.application.AddressesView;
import io.brandcloud.web.rest.ApiMoney;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A server's extra IPv4 addresses on the wire: whether one can be added ({@code offered}: its
 * provider adds them and they are sold, at {@code monthPrice}; {@code full}: it has the most a
 * server may), and those it has.
 */
public record ApiAddresses(
    boolean offered, boolean full, ApiMoney monthPrice, List<ApiAddress> addresses) {

  /**
   * One address ({@code null} while it is being added), its {@code status} (adding, active,
   * removing), and what it costs an hour and a month.
   */
  public record ApiAddress(
      String address,
      String status,
      ApiMoney hourlyPrice,
      ApiMoney monthlyPrice,
      Instant createdAt) {

    static ApiAddress of(AddressesView.Item a) {
      return new ApiAddress(
          a.address(),
          a.status().name().toLowerCase(Locale.ROOT),
          ApiMoney.of(a.hourly()),
          ApiMoney.of(a.monthly()),
          a.createdAt());
    }
  }

  static ApiAddresses of(AddressesView view) {
    return new ApiAddresses(
        view.offered(),
        view.full(),
        view.monthPrice() == null ? null : ApiMoney.of(view.monthPrice()),
        view.addresses().stream().map(ApiAddress::of).toList());
  }
}
