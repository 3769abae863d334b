package io.brandcloud.legal.application;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.content.domain.PageRendering;
import io.brandcloud.legal.domain.LegalDocument;
import io.brandcloud.legal.domain.LegalKind;
import io.brandcloud.legal.domain.LegalRepository;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Validation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shop's terms, privacy policy and refund policy: staff publish a new version whenever the
 * wording changes (the old ones stay as they were), anyone reads the current ones, and a customer
 * accepts the current versions at sign-up and, when one changed since, at their next order.
 */
@Stateless
public class LegalPages {

  /** Where an acceptance was given. */
  public static final String AT_SIGN_UP = "sign-up";

  public static final String AT_ORDER = "order";
  public static final String THROUGH_API = "api";

  static final int TITLE_LENGTH = 120;

  /** Below the API's 64 KiB body limit even when every character needs escaping in JSON. */
  static final int BODY_LENGTH = 30_000;

  @Inject LegalRepository documents;
  @Inject PageRendering rendering;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;

  /** The current version of each published page, for anyone: visitors read them first. */
  public List<LegalPageView> current() {
    return documents.current().stream().map(this::publicView).toList();
  }

  /** The current versions as links name them, without their text: every page's footer asks. */
  public List<LegalLink> links() {
    return documents.current().stream()
        .map(d -> new LegalLink(d.id(), d.kind().wireName(), d.version(), d.title()))
        .toList();
  }

  /** The current version of one page; empty while it is not published. */
  public Optional<LegalPageView> current(String kind) {
    LegalKind wanted = LegalKind.parse("kind", kind);
    return documents.current().stream()
        .filter(d -> d.kind() == wanted)
        .findFirst()
        .map(this::publicView);
  }

  /** Every version of a page, newest first, with how many customers accepted each. */
  public List<LegalPageView> versions(String kind) {
    CurrentCaller.requireStaff(StaffPermission.CONTENT_MANAGE);
    LegalKind wanted = LegalKind.parse("kind", kind);
    Map<Long, Long> accepted = documents.acceptances(wanted);
    return documents.versions(wanted).stream()
        .map(d -> view(d, accepted.getOrDefault(d.id(), 0L)))
        .toList();
  }

  /** Publishes the page's next version; customers accept it at their next order. */
  public LegalPageView publish(String kind, String title, String markdown) {
    Caller caller = CurrentCaller.requireStaff(StaffPermission.CONTENT_MANAGE);
    LegalKind wanted = LegalKind.parse("kind", kind);
    LegalDocument published =
        documents.publish(
            wanted,
            Validation.requireText("title", title, TITLE_LENGTH),
            Validation.requireLines("body", markdown, BODY_LENGTH),
            caller.name(),
            clock.now());
    audit.record(
        null,
        "legal.published",
        wanted.wireName() + " version " + published.version(),
        published.title());
    return view(published, 0L);
  }

  /** The HTML a draft would be shown as, for the editor's preview. */
  public String preview(String markdown) {
    CurrentCaller.requireStaff(StaffPermission.CONTENT_MANAGE);
    return rendering.html(Validation.optionalLines("body", markdown, BODY_LENGTH));
  }

  /** The current pages the calling user has not accepted: never, or not since they changed. */
  public List<LegalPageView> outstanding() {
    Set<Long> accepted = documents.acceptedBy(userId());
    return documents.current().stream()
        .filter(d -> !accepted.contains(d.id()))
        .map(this::publicView)
        .toList();
  }

  /**
   * The calling user accepts these current versions (by id), at an order or through the API; staff
   * acting as the user cannot accept for them.
   */
  public void accept(Collection<Long> documentIds, String via) {
    long user = userId();
    if (CurrentCaller.require().impersonator() != null) {
      throw new BrandcloudException(
          ErrorCode.NOT_WHILE_IMPERSONATING, "Accepting the legal pages for a customer");
    }
    Set<Long> current = currentIds();
    Set<Long> wanted = named(documentIds);
    if (wanted.isEmpty()) {
      throw BrandcloudException.invalid("accepted", "Name the versions accepted (GET /v1/legal)");
    }
    if (!current.containsAll(wanted)) {
      throw changed();
    }
    documents.accept(user, wanted, clock.now(), via);
  }

  /**
   * Refuses a sign-up that did not accept exactly the current versions of every published page;
   * with nothing published there is nothing to accept.
   */
  public void requireAllAccepted(Collection<Long> documentIds) {
    Set<Long> current = currentIds();
    Set<Long> accepted = named(documentIds);
    if (!accepted.containsAll(current)) {
      throw BrandcloudException.invalid(
          "accepted",
          "Accept the "
              + documents.current().stream()
                  .filter(d -> !accepted.contains(d.id()))
                  .map(LegalDocument::title)
                  .collect(Collectors.joining(", "))
              + " to sign up");
    }
    if (!current.containsAll(accepted)) {
      throw changed();
    }
  }

  /** Records a new account's acceptance, checked before by {@link #requireAllAccepted}. */
  public void acceptedAtSignUp(long userId, Collection<Long> documentIds) {
    documents.accept(userId, named(documentIds), clock.now(), AT_SIGN_UP);
  }

  /** The ids a request names, none of them missing: {@code [null]} is bad input, not a 500. */
  private static Set<Long> named(Collection<Long> documentIds) {
    if (documentIds == null) {
      return Set.of();
    }
    if (documentIds.stream().anyMatch(java.util.Objects::isNull)) {
      throw BrandcloudException.invalid(
          "accepted", "accepted lists the ids of the pages' versions");
    }
    return Set.copyOf(documentIds);
  }

  private Set<Long> currentIds() {
    return documents.current().stream().map(LegalDocument::id).collect(Collectors.toSet());
  }

  private static BrandcloudException changed() {
    return new BrandcloudException(
        ErrorCode.CONFLICT,
        "The legal pages changed while you read them; read the current versions and accept them");
  }

  private static long userId() {
    Caller caller = CurrentCaller.require();
    if (caller.userId() == null) {
      throw BrandcloudException.invalid("caller", "Only a user accepts legal pages");
    }
    return caller.userId();
  }

  /** What anyone may read: the wording, not who on the staff published it. */
  private LegalPageView publicView(LegalDocument document) {
    return view(document, null).forVisitors();
  }

  private LegalPageView view(LegalDocument document, Long acceptances) {
    return new LegalPageView(
        document.id(),
        document.kind().wireName(),
        document.version(),
        document.title(),
        rendering.html(document.body()),
        document.body(),
        document.publishedAt(),
        document.publishedBy(),
        acceptances);
  }
}
