package io.brandcloud.shared;

import java.io.IOException;

/**
 * An outbound connection the panel will not make for a tenant (see {@link OutboundAddresses}). An
 * {@link IOException}, so clients treat it as an address they could not reach; its message names
 * the host and why, never anything learnt by trying it.
 */
public class OutboundRefusal extends IOException {

  private static final long serialVersionUID = 1L;

  public OutboundRefusal(String reason) {
    super(reason);
  }
}
