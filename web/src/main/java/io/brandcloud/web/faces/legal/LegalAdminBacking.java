package io.brandcloud.web.faces.legal;

import io.brandcloud.legal.application.LegalPageView;
import io.brandcloud.legal.application.LegalPages;
import io.brandcloud.legal.domain.LegalKind;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Staff write the legal pages: one page at a time, its editor starting from the current version's
 * wording; publishing makes it the next version, which customers accept at their next order. Every
 * version stays listed with how many customers accepted it.
 */
@Named
@ViewScoped
public class LegalAdminBacking implements Serializable {

  /** Where the pages' names begin, e.g. {@code …terms}. */
  public static final String KIND_TEXTS = "admin.legal.kind.";

  @EJB LegalPages legal;
  @Inject Texts texts;

  private String kind = LegalKind.TERMS.wireName();
  private List<LegalPageView> versions;
  private String title;
  private String body;

  @PostConstruct
  void load() {
    choose(kind);
  }

  /** Opens a page in the editor, with its current wording or, never published, a title only. */
  public void choose(String chosen) {
    kind = LegalKind.parse("kind", chosen).wireName();
    versions = legal.versions(kind);
    title = versions.isEmpty() ? kindName(kind) : versions.get(0).title();
    body = versions.isEmpty() ? null : versions.get(0).markdown();
  }

  public void publish() {
    String published = kindName(kind);
    if (FacesActions.attempt(
        () -> legal.publish(kind, title, body),
        texts.format("admin.legal.published", published, nextVersion()))) {
      choose(kind);
    }
  }

  public List<String> getKinds() {
    return Arrays.stream(LegalKind.values()).map(LegalKind::wireName).toList();
  }

  public String kindName(String kind) {
    return texts.get(KIND_TEXTS + kind);
  }

  /** The number publishing gives: one above the newest. */
  public int nextVersion() {
    return versions.isEmpty() ? 1 : versions.get(0).version() + 1;
  }

  public String getKind() {
    return kind;
  }

  public List<LegalPageView> getVersions() {
    return versions;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
