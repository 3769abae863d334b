package io.brandcloud.web.rest.identity;

import io.brandcloud.access.Scope;
import io.brandcloud.identity.application.AccountProfile;
import io.brandcloud.identity.application.LoginSessions;
import io.brandcloud.identity.application.PasswordResets;
import io.brandcloud.identity.application.Registration;
import io.brandcloud.identity.application.TwoFactor;
import io.brandcloud.identity.application.UserAccounts;
import io.brandcloud.legal.application.SignUps;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.web.edge.Edge;
import io.brandcloud.web.edge.PortalLanguage;
import io.brandcloud.web.edge.PortalUrls;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.SecretInResponse;
import io.brandcloud.web.rest.TenantApi;
import io.brandcloud.web.security.Credentials;
import io.brandcloud.web.security.SessionLogin;
import io.brandcloud.web.security.SessionLogins;
import io.brandcloud.web.security.SessionRecords;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/**
 * Account self-service: sign-up with e-mail verification, forgotten passwords, and, for a logged-in
 * user, changing the password, listing where they are logged in and ending one or every session.
 * Answers for unknown addresses look like those for known ones.
 */
@Path("/v1/account")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

  @EJB Registration registration;
  @EJB SignUps signUps;
  @EJB PasswordResets resets;
  @EJB UserAccounts accounts;
  @EJB TwoFactor twoFactor;
  @EJB AccountProfile profile;
  @EJB LoginSessions loginSessions;
  @Inject TenantApi api;
  @Inject Credentials credentials;
  @Inject SessionRecords records;
  @Inject HttpServletRequest request;

  /**
   * A sign-up, with the ids of the legal pages' current versions accepted ({@code GET /v1/legal}).
   */
  public record SignUp(String email, String name, String password, List<Long> accepted) {}

  /** A verification by link token, or by e-mail address and code. */
  public record Verification(String token, String email, String code) {}

  /** An e-mail address for a new verification mail or a reset link. */
  public record Address(String email) {}

  /** A new password with the reset link's token. */
  public record Reset(String token, String password) {}

  /** A password change by its owner. */
  public record PasswordChange(String currentPassword, String newPassword) {}

  /** The one-time password someone handed over, and the password its holder chose. */
  public record OneTimePassword(String email, String oneTimePassword, String newPassword) {}

  /** A code from the authenticator app (or a recovery code). */
  public record Code(String code) {}

  /** The recovery codes, shown once when two-factor authentication is switched on. */
  public record RecoveryCodes(List<String> recoveryCodes) {}

  /** What the caller should do next. */
  public record Outcome(String status, String message) {}

  @POST
  @Path("registrations")
  public Response register(SignUp body) {
    api.tenant();
    SignUp signUp = RequestBodies.require(body);
    signUps.register(
        signUp.email(), signUp.name(), signUp.password(), portalUrl(), signUp.accepted());
    return Response.status(Response.Status.CREATED)
        .entity(
            new Outcome(
                "verification_sent",
                "We sent a link and a code to " + signUp.email() + "; confirm to log in"))
        .build();
  }

  @POST
  @Path("verifications")
  public Outcome verify(Verification body) {
    api.tenant();
    Verification verification = RequestBodies.require(body);
    boolean verified =
        verification.token() != null
            ? registration.verifyByToken(verification.token())
            : registration.verifyByCode(verification.email(), verification.code());
    if (!verified) {
      throw new BrandcloudException(ErrorCode.TOKEN_INVALID);
    }
    return new Outcome("verified", "Your e-mail address is confirmed; you can log in");
  }

  @POST
  @Path("verifications/resend")
  public Response resend(Address body) {
    api.tenant();
    registration.resendVerification(RequestBodies.require(body).email(), portalUrl());
    return Response.accepted(
            new Outcome(
                "sent_if_pending", "If that address waits for confirmation, a mail is on its way"))
        .build();
  }

  @POST
  @Path("password-resets")
  public Response requestReset(Address body) {
    api.tenant();
    resets.request(RequestBodies.require(body).email(), portalUrl());
    return Response.accepted(
            new Outcome(
                "sent_if_known", "If an account has that address, a reset link is on its way"))
        .build();
  }

  /** Reminds the owner of an address that it is their login here; silent for unknown ones. */
  @POST
  @Path("reminders")
  public Response remind(Address body) {
    api.tenant();
    resets.remind(RequestBodies.require(body).email(), portalUrl());
    return Response.accepted(
            new Outcome(
                "sent_if_known", "If an account has that address, a reminder is on its way"))
        .build();
  }

  @POST
  @Path("password-resets/confirm")
  public Outcome reset(Reset body) {
    api.tenant();
    Reset reset = RequestBodies.require(body);
    if (!resets.reset(reset.token(), reset.password())) {
      throw new BrandcloudException(ErrorCode.TOKEN_INVALID);
    }
    return new Outcome("password_changed", "Your password is changed; log in with it");
  }

  @POST
  @Path("password")
  public Outcome changePassword(PasswordChange body) {
    SessionLogin login = api.interactive("Changing the password");
    PasswordChange change = RequestBodies.require(body);
    accounts.changeOwnPassword(login.userId(), change.currentPassword(), change.newPassword());
    Edge edge = (Edge) request.getAttribute(Edge.ATTRIBUTE);
    if (SessionLogins.of(request, edge).isPresent()) {
      SessionLogins.login(request, edge, records.renewed(edge, credentials.renewed(login)));
    }
    return new Outcome("password_changed", "Your password is changed; other sessions ended");
  }

  /** Staff handed a one-time password choose their own with it, without a session. */
  @POST
  @Path("one-time-password")
  public Outcome chooseOwnPassword(OneTimePassword body) {
    api.tenant();
    OneTimePassword given = RequestBodies.require(body);
    credentials.chooseOwnPassword(
        (Edge) request.getAttribute(Edge.ATTRIBUTE),
        given.email(),
        given.oneTimePassword(),
        given.newPassword());
    return new Outcome("password_changed", "Your password is changed; log in with it");
  }

  /** The portal language the caller chose: "en", "de", or null for the browser's. */
  public record Language(String language) {}

  /** Chooses the caller's portal language; pages of their next login speak it. */
  @PUT
  @Path("language")
  public Language chooseLanguage(Language body) {
    SessionLogin login = api.user(Scope.READ_USER);
    Language chosen = RequestBodies.require(body);
    accounts.chooseLanguage(login.userId(), chosen.language());
    Edge edge = (Edge) request.getAttribute(Edge.ATTRIBUTE);
    PortalLanguage.remember(request, edge, accounts.languageOf(login.userId()));
    return new Language(accounts.languageOf(login.userId()).orElse(null));
  }

  /** The name the panel calls its user by. */
  public record Name(String name) {}

  @PUT
  @Path("name")
  public Name rename(Name body) {
    SessionLogin login = api.interactive("Changing the name");
    String name = profile.rename(login.userId(), RequestBodies.require(body).name()).displayName();
    Edge edge = (Edge) request.getAttribute(Edge.ATTRIBUTE);
    if (SessionLogins.of(request, edge).isPresent()) {
      SessionLogins.login(request, edge, login.renamed(name));
    }
    return new Name(name);
  }

  /** A new login address, asked for with the current password. */
  public record EmailChange(String email, String currentPassword) {}

  /** The address whose confirmation link is out, if any (left out when none is). */
  public record PendingEmail(String email) {}

  /**
   * Mails a confirmation link to the new address and a notice to the current one; the login stays
   * the current address until the link is opened.
   */
  @POST
  @Path("email-changes")
  public Response askToChangeEmail(EmailChange body) {
    SessionLogin login = api.interactive("Changing the login address");
    EmailChange change = RequestBodies.require(body);
    profile.askToChangeEmail(login.userId(), change.email(), change.currentPassword(), portalUrl());
    return Response.accepted(
            new Outcome(
                "confirmation_sent",
                "Open the link mailed to the new address; until then you log in with this one"))
        .build();
  }

  @GET
  @Path("email-changes")
  public PendingEmail pendingEmail() {
    SessionLogin login = api.user(Scope.READ_USER);
    return new PendingEmail(profile.pendingEmail(login.userId()).orElse(null));
  }

  /** The token of a link mailed to a new login address. */
  public record LinkToken(String token) {}

  /** The link's token: from now on the address it was mailed to is the login. */
  @POST
  @Path("email-changes/confirm")
  public Outcome confirmEmailChange(LinkToken body) {
    api.tenant();
    String address =
        profile
            .confirmEmailChange(RequestBodies.require(body).token())
            .orElseThrow(() -> new BrandcloudException(ErrorCode.TOKEN_INVALID));
    return new Outcome("email_changed", "Log in with " + address + " from now on");
  }

  /** A browser login of the caller; {@code current} is the one this request came in. */
  public record ApiSession(
      long id,
      String device,
      String address,
      Instant startedAt,
      Instant lastSeenAt,
      boolean current) {}

  /** Where the caller is logged in with a browser, the most recently active first. */
  @GET
  @Path("sessions")
  public List<ApiSession> sessions() {
    SessionLogin login = api.interactive("Listing sessions");
    return loginSessions.active(login.userId()).stream()
        .map(
            s ->
                new ApiSession(
                    s.id(),
                    s.device(),
                    s.address(),
                    s.startedAt(),
                    s.lastSeenAt(),
                    login.isRecordedAs(s.id())))
        .toList();
  }

  /** Ends one of the caller's sessions, on whatever device it is. */
  @POST
  @Path("sessions/{id}/end")
  public Outcome endSession(@PathParam("id") long id) {
    SessionLogin login = api.interactive("Ending sessions");
    loginSessions.end(login.userId(), id);
    return new Outcome("session_ended", "That session has ended");
  }

  @POST
  @Path("sessions/end")
  public Outcome endSessions() {
    SessionLogin login = api.interactive("Ending sessions");
    accounts.endAllSessions(login.userId());
    return new Outcome("sessions_ended", "Every session of yours has ended; log in again");
  }

  @POST
  @Path("two-factor")
  @SecretInResponse
  public Response startTwoFactor() {
    long user = api.interactive("Two-factor set-up").userId();
    return Response.status(Response.Status.CREATED).entity(twoFactor.start(user)).build();
  }

  @POST
  @Path("two-factor/confirm")
  @SecretInResponse
  public RecoveryCodes confirmTwoFactor(Code body) {
    long user = api.interactive("Two-factor set-up").userId();
    return new RecoveryCodes(twoFactor.confirm(user, RequestBodies.require(body).code()));
  }

  @POST
  @Path("two-factor/disable")
  public Outcome disableTwoFactor(Code body) {
    long user = api.interactive("Two-factor set-up").userId();
    twoFactor.disable(user, RequestBodies.require(body).code());
    return new Outcome("two_factor_off", "Two-factor authentication is off");
  }

  private String portalUrl() {
    return PortalUrls.base(request, (Edge) request.getAttribute(Edge.ATTRIBUTE));
  }
}
