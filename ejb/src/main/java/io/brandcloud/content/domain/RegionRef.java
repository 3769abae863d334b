package io.brandcloud.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A region of one provider connection, by the provider's code. */
@Embeddable
public class RegionRef {

  @Column(name = "connection_id", nullable = false)
  private long connectionId;

  @Column(name = "region_code", nullable = false)
  private String code;

  protected RegionRef() {}

  public RegionRef(long connectionId, String code) {
    this.connectionId = connectionId;
    this.code = code;
  }

  public long connectionId() {
    return connectionId;
  }

  public String code() {
    return code;
  }

  public boolean is(StatusRegions.Region region) {
    return region.connectionId() == connectionId && region.code().equals(code);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RegionRef that
        && that.connectionId == connectionId
        && that.code.equals(code);
  }

  @Override
  public int hashCode() {
    return Objects.hash(connectionId, code);
  }
}
