package io.brandcloud.web.faces.provisioning;

import io.brandcloud.provisioning.keys.application.SshKeyView;
import io.brandcloud.provisioning.keys.application.SshKeys;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The organisation's SSH keys: listed, added by pasting, deleted once confirmed. */
@Named
@ViewScoped
public class SshKeysBacking implements Serializable {

  @EJB SshKeys sshKeys;
  @Inject CurrentUser user;
  @Inject Texts texts;

  private List<SshKeyView> keys;
  private String name;
  private String publicKey;

  @PostConstruct
  void load() {
    keys = sshKeys.of(user.organisationId());
  }

  public void add() {
    String label = name;
    if (FacesActions.attempt(
        () -> sshKeys.add(user.organisationId(), name, publicKey),
        texts.format("portal.keys.added", label == null ? "" : label.strip()))) {
      name = null;
      publicKey = null;
      load();
    }
  }

  public void delete(SshKeyView key) {
    if (FacesActions.attempt(
        () -> sshKeys.delete(user.organisationId(), key.id()),
        texts.format("portal.keys.deleted", key.name()))) {
      load();
    }
  }

  /** "ssh-ed25519, 256 bits": the kind of key as people compare it. */
  public String typeOf(SshKeyView key) {
    return texts.format("portal.keys.typeAndBits", key.type(), key.bits());
  }

  public boolean isManageable() {
    return user.may("servers:manage");
  }

  public List<SshKeyView> getKeys() {
    return keys;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPublicKey() {
    return publicKey;
  }

  public void setPublicKey(String publicKey) {
    this.publicKey = publicKey;
  }
}
