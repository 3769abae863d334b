package io.brandcloud.web.faces.fraud;

import io.brandcloud.fraud.application.FraudReviews;
import io.brandcloud.fraud.domain.Block;
import io.brandcloud.fraud.domain.BlockKind;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.PagedModel;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The block list: what is blocked, added by kind and value, removed after a question. */
@Named
@ViewScoped
public class FraudBlocksBacking implements Serializable {

  @EJB FraudReviews reviews;
  @Inject Texts texts;

  private final PagedModel<Block> blocks =
      new PagedModel<>(page -> reviews.blocks(page), row -> String.valueOf(row.id()));
  private BlockKind kind = BlockKind.EMAIL;
  private String value;
  private String reason;

  public PagedModel<Block> getBlocks() {
    return blocks;
  }

  public BlockKind[] getKinds() {
    return BlockKind.values();
  }

  public void add() {
    if (FacesActions.attempt(
        () -> reviews.block(kind, value, reason), texts.format("admin.fraud.blocked", value))) {
      value = null;
      reason = null;
    }
  }

  public void remove(Block row) {
    FacesActions.attempt(
        () -> reviews.unblock(row.id()), texts.format("admin.fraud.unblocked", row.value()));
  }

  public BlockKind getKind() {
    return kind;
  }

  public void setKind(BlockKind kind) {
    this.kind = kind;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
