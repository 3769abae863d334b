package io.brandcloud.web.faces.identity;

import io.brandcloud.access.Role;
import io.brandcloud.access.Scope;
import io.brandcloud.identity.application.ApiKeyView;
import io.brandcloud.identity.application.ApiKeys;
import io.brandcloud.identity.application.CreatedApiKey;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** A user's own API keys: create one (its secret shown once), revoke one or all. */
@Named
@ViewScoped
public class ApiKeysBacking implements Serializable {

  @EJB ApiKeys keys;
  @Inject OwnAccount own;
  @Inject Texts texts;

  private final NewKeyForm form = new NewKeyForm();
  private String createdSecret;

  public List<ApiKeyView> getKeys() {
    return keys.list(own.userId(), PageRequest.first(100)).items();
  }

  /** The scopes this user may grant, by wire name. */
  public List<String> getGrantableScopes() {
    Role role = Role.fromGroups(own.login().groups());
    return Scope.allowedFor(role).stream().map(Scope::wireName).toList();
  }

  public void createKey() {
    long user = own.userId();
    CreatedApiKey[] created = new CreatedApiKey[1];
    if (own.change(
        () -> created[0] = keys.create(user, form.getName(), form.getScopes(), form.expiresAt()),
        texts.format("account.keys.created"))) {
      createdSecret = created[0].secret();
      form.setName(null);
    }
  }

  public void revokeAllKeys() {
    long user = own.userId();
    own.change(() -> keys.revokeAll(user), texts.format("account.keys.allRevoked"));
  }

  public void revoke(ApiKeyView key) {
    long user = own.userId();
    own.change(
        () -> keys.revoke(user, key.id()), texts.format("account.keys.revokedOne", key.prefix()));
  }

  public String scopesOf(ApiKeyView key) {
    return Scope.join(key.scopes());
  }

  public NewKeyForm getForm() {
    return form;
  }

  public String getCreatedSecret() {
    return createdSecret;
  }
}
