package io.brandcloud.catalog.domain;

import java.io.Serializable;

/** A licence product's keys: how many are free to order and how many were given. */
public record LicenceStock(long available, long assigned) implements Serializable {

  public static final LicenceStock NONE = new LicenceStock(0, 0);
}
