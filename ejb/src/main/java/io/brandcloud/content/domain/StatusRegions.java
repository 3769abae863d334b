package io.brandcloud.content.domain;

import java.util.List;

/** The regions a tenant sells servers in, asked by the status page and answered by provisioning. */
public interface StatusRegions {

  /** A region of one provider connection, by the provider's code, with the name customers see. */
  record Region(long connectionId, String code, String name) {}

  /** Regions offered on active connections, by name. */
  List<Region> offered();
}
