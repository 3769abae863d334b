package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.TestTenants.Fixture;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Organisations own servers and wallets; people join them by invitation with a role, and the role
 * decides what they may do there, over the API and with API keys bound to the organisation.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationsIT {

  private static final String ORDER =
      "{\"planId\":%d,\"hostname\":\"%s\",\"region\":\"sim-ams1\",\"image\":\"debian-12\"}";

  @Inject TestTenants tenants;
  @Inject Scenario scenario;

  private Fixture shop;
  private Http http;
  private Http owner;
  private Http staff;
  private long team;
  private Instant start;

  @BeforeEach
  void aTeam() {
    start = Scenario.nextMonthAt("11:00");
    scenario.at(start);
    shop = tenants.withCustomer(TestTenants.uniqueSlug("org"), BigDecimal.ONE);
    http = new Http(Http.localServer());
    owner = http.as(TestTenants.customerEmail(shop), TestTenants.CUSTOMER_PASSWORD);
    staff = http.as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
    HttpResponse<String> created = owner.post(api("/organisations"), "{\"name\":\"Team Rocket\"}");
    assertThat(created.statusCode()).isEqualTo(201);
    team = Http.json(created.body()).getJsonNumber("id").longValue();
    assertThat(owner.post(api("/organisations/" + team + "/activate"), "").statusCode())
        .isEqualTo(200);
    staff.post(
        api("/admin/customers/" + team + "/credits"),
        "{\"amount\":\"20\",\"reason\":\"Team credit\",\"reference\":\"team-1\"}");
    assertThat(owner.post(api("/servers"), ORDER.formatted(shop.planId(), "team-web")).statusCode())
        .isEqualTo(201);
  }

  @AfterEach
  void systemClock() {
    scenario.reset();
  }

  @Test
  void anInvitedMemberWorksWithTheTeamsServersAndWallet() {
    Http member = join("member@org.test", "member");
    HttpResponse<String> servers = member.get(api("/servers"));
    assertThat(servers.body()).contains("team-web");
    assertThat(member.get(api("/balance")).body()).contains("\"amount\":\"20\"");
    assertThat(
            member.post(api("/servers"), ORDER.formatted(shop.planId(), "by-member")).statusCode())
        .isEqualTo(201);
    HttpResponse<String> invite =
        member.post(
            api("/organisations/" + team + "/invitations"),
            "{\"email\":\"x@org.test\",\"role\":\"viewer\"}");
    assertThat(invite.statusCode()).isEqualTo(403);
    assertThat(invite.body()).contains("missing_permission").contains("members:manage");
    String members = owner.get(api("/organisations/" + team + "/members")).body();
    assertThat(members)
        .contains("member@org.test")
        .contains("\"role\":\"member\"")
        .contains("\"role\":\"owner\"");
  }

  @Test
  void aViewerLooksButCannotOrder() {
    Http viewer = join("viewer@org.test", "viewer");
    assertThat(viewer.get(api("/servers")).body()).contains("team-web");
    HttpResponse<String> order =
        viewer.post(api("/servers"), ORDER.formatted(shop.planId(), "nope"));
    assertThat(order.statusCode()).isEqualTo(403);
    assertThat(order.body()).contains("servers:create");
  }

  @Test
  void aRoleChangeAndARemovalCountAtTheMembersNextCall() {
    Http member = join("moved@org.test", "member");
    HttpResponse<String> key =
        member.post(api("/api-keys"), "{\"name\":\"moved ci\",\"scopes\":[\"read:servers\"]}");
    Http keyed = new Http(http.base()).bearer(Http.json(key.body()).getString("secret"));
    assertThat(member.get(api("/servers")).body()).contains("team-web");
    assertThat(keyed.get(api("/servers")).body()).contains("team-web");
    long memberId = memberId("moved@org.test");

    assertThat(
            owner
                .put(
                    api("/organisations/" + team + "/members/" + memberId), "{\"role\":\"viewer\"}")
                .statusCode())
        .isEqualTo(204);
    HttpResponse<String> order =
        member.post(api("/servers"), ORDER.formatted(shop.planId(), "as-viewer"));
    assertThat(order.statusCode()).as("a viewer now").isEqualTo(403);

    assertThat(owner.delete(api("/organisations/" + team + "/members/" + memberId)).statusCode())
        .isEqualTo(204);
    assertThat(member.get(api("/servers")).body()).doesNotContain("team-web");
    assertThat(keyed.get(api("/servers")).statusCode())
        .as("the key's organisation is no longer theirs")
        .isEqualTo(404);
  }

  private long memberId(String email) {
    var members =
        Http.json(owner.get(api("/organisations/" + team + "/members?limit=100")).body())
            .getJsonArray("data");
    return members.stream()
        .map(jakarta.json.JsonValue::asJsonObject)
        .filter(m -> m.getString("email").equals(email))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("userId")
        .longValue();
  }

  @Test
  void aCustomRoleGivesExactlyItsPermissions() {
    HttpResponse<String> role =
        owner.post(
            api("/organisations/" + team + "/roles"),
            "{\"name\":\"Accountant\",\"permissions\":[\"billing:view\"]}");
    assertThat(role.statusCode()).isEqualTo(201);
    long roleId = Http.json(role.body()).getJsonNumber("id").longValue();
    Http accountant =
        joinAs(
            "books@org.test",
            "{\"email\":\"books@org.test\",\"role\":\"custom\",\"customRoleId\":" + roleId + "}");
    assertThat(OwnMail.lastBodyTo(shop.tenant(), "books@org.test", "invitation.xhtml?token="))
        .as("the invitation names the role by the name the organisation gave it")
        .contains("Accountant")
        .doesNotContain("custom role");
    assertThat(accountant.get(api("/balance")).statusCode()).isEqualTo(200);
    HttpResponse<String> servers = accountant.get(api("/servers"));
    assertThat(servers.statusCode()).isEqualTo(403);
    assertThat(servers.body()).contains("servers:view");
  }

  @Test
  void anInvitationIsForItsAddressOnceAndForAWeek() {
    String token = invite("late@org.test", "member");
    tenants.signUpCustomer(shop.tenant(), "other@org.test", "Other", "other-password");
    Http other = http.as("other@org.test", "other-password");
    assertThat(accept(other, token).statusCode()).as("someone else's invitation").isEqualTo(400);

    tenants.signUpCustomer(shop.tenant(), "late@org.test", "Late", "late-password");
    Http late = http.as("late@org.test", "late-password");
    scenario.at(start.plus(Duration.ofDays(8)));
    assertThat(accept(late, token).statusCode()).as("expired").isEqualTo(400);

    scenario.at(start);
    String declined = invite("late@org.test", "viewer");
    assertThat(
            http.post(api("/invitations/decline"), "{\"token\":\"" + declined + "\"}").statusCode())
        .isEqualTo(204);
    assertThat(accept(late, declined).statusCode()).isEqualTo(400);
    scenario.at(start.plus(Duration.ofDays(8)));
    assertThat(owner.get(api("/organisations/" + team + "/invitations")).body())
        .contains("\"status\":\"declined\"")
        .contains("\"status\":\"expired\"");
  }

  @Test
  void theInviteeReadsWhoAsksThemToJoinWhatAndAnswersWithoutTheLink() {
    String slug = shop.tenant().slug();
    String token = invite("seen@org.test", "viewer");
    Http anyone = new Http(Http.localServer());
    String page = anyone.get("t/" + slug + "/invitation.xhtml?token=" + token).body();
    assertThat(page).contains("Customer of " + slug + " invites you to join Team Rocket as Viewer");
    assertThat(anyone.get("t/" + slug + "/invitation.xhtml?token=x" + token).body())
        .contains("answered already or has expired");
    String declined = invite("declines@org.test", "member");
    String declinePage = "t/" + slug + "/invitation.xhtml?token=" + declined;
    HttpResponse<String> answered =
        FacesLogin.submit(anyone, declinePage, "invitation", java.util.Map.of(), "decline");
    assertThat(answered.body())
        .as("the buttons shown with the invitation work, logged in or not")
        .contains("Invitation declined")
        .contains("answered already or has expired");
    assertThat(owner.get(api("/organisations/" + team + "/invitations")).body())
        .contains("\"status\":\"declined\"");

    tenants.signUpCustomer(shop.tenant(), "other@org.test", "Other", "other-password");
    Http other = new Http(Http.localServer());
    FacesLogin.login(other, "t/" + slug + "/login.xhtml", "other@org.test", "other-password");
    assertThat(other.get("t/" + slug + "/portal/organisations.xhtml").body())
        .as("an invitation is shown only to its own address")
        .doesNotContain("Team Rocket");

    tenants.signUpCustomer(shop.tenant(), "seen@org.test", "Seen", "seen-password");
    Http seen = new Http(Http.localServer());
    FacesLogin.login(seen, "t/" + slug + "/login.xhtml", "seen@org.test", "seen-password");
    assertThat(seen.get("t/" + slug + "/portal/index.xhtml").body())
        .contains("You are invited to join another organisation.");
    Http seenApi = http.as("seen@org.test", "seen-password");
    HttpResponse<String> open = seenApi.get(api("/invitations"));
    assertThat(open.body())
        .contains("\"organisation\":\"Team Rocket\"")
        .contains("\"role\":\"viewer\"");
    long rocket = Http.jsonArray(open.body()).getJsonObject(0).getJsonNumber("id").longValue();
    assertThat(
            http.as("other@org.test", "other-password")
                .post(api("/invitations/" + rocket + "/accept"), "")
                .statusCode())
        .as("an open invitation, but to someone else")
        .isEqualTo(404);
    HttpResponse<String> second = owner.post(api("/organisations"), "{\"name\":\"Team Two\"}");
    long two = Http.json(second.body()).getJsonNumber("id").longValue();
    HttpResponse<String> toTwo =
        owner.post(
            api("/organisations/" + two + "/invitations"),
            "{\"email\":\"seen@org.test\",\"role\":\"member\"}");
    long toTwoId = Http.json(toTwo.body()).getJsonNumber("id").longValue();
    assertThat(seenApi.post(api("/invitations/" + toTwoId + "/decline"), "").statusCode())
        .isEqualTo(204);
    assertThat(seenApi.get(api("/invitations")).body()).doesNotContain("Team Two");
    String organisations = "t/" + slug + "/portal/organisations.xhtml";
    assertThat(seen.get(organisations).body())
        .contains("Invitations for you")
        .contains("invites you to join Team Rocket as Viewer");
    HttpResponse<String> accepted =
        FacesLogin.submit(seen, organisations, "offers", java.util.Map.of(), "offer:0:accept");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(302);
    assertThat(owner.get(api("/organisations/" + team + "/members")).body())
        .contains("seen@org.test");
    assertThat(anyone.get("t/" + slug + "/invitation.xhtml?token=" + token).body())
        .contains("answered already or has expired");
    assertThat(seen.get(organisations).body()).doesNotContain("Invitations for you");
  }

  @Test
  void strangersFindNoOrganisationAndKeysStayInTheirOrganisation() {
    tenants.signUpCustomer(shop.tenant(), "stranger@org.test", "Stranger", "stranger-password");
    Http stranger = http.as("stranger@org.test", "stranger-password");
    assertThat(stranger.get(api("/organisations/" + team)).statusCode()).isEqualTo(404);
    assertThat(stranger.get(api("/organisations/" + team + "/members")).statusCode())
        .isEqualTo(404);
    assertThat(stranger.post(api("/organisations/" + team + "/activate"), "").statusCode())
        .isEqualTo(404);

    HttpResponse<String> key =
        owner.post(api("/api-keys"), "{\"name\":\"team ci\",\"scopes\":[\"read:servers\"]}");
    String secret = Http.json(key.body()).getString("secret");
    long personal = shop.customerId();
    assertThat(owner.post(api("/organisations/" + personal + "/activate"), "").statusCode())
        .isEqualTo(200);
    assertThat(owner.get(api("/servers")).body()).doesNotContain("team-web");
    assertThat(new Http(http.base()).bearer(secret).get(api("/servers")).body())
        .as("a key acts in the organisation it was made for")
        .contains("team-web");
  }

  private Http join(String email, String role) {
    return joinAs(email, "{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}");
  }

  private Http joinAs(String email, String invitation) {
    String token = inviteWith(invitation, email);
    tenants.signUpCustomer(shop.tenant(), email, "Invitee", "invitee-password");
    Http invitee = http.as(email, "invitee-password");
    assertThat(accept(invitee, token).statusCode()).isEqualTo(200);
    assertThat(invitee.post(api("/organisations/" + team + "/activate"), "").statusCode())
        .isEqualTo(200);
    return invitee;
  }

  private String invite(String email, String role) {
    return inviteWith("{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}", email);
  }

  /** Sends the invitation and reads its token from the mail in the tenant's outbox. */
  private String inviteWith(String invitation, String email) {
    HttpResponse<String> sent =
        owner.post(api("/organisations/" + team + "/invitations"), invitation);
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
    String body = OwnMail.lastBodyTo(shop.tenant(), email, "invitation.xhtml?token=");
    Matcher token = Pattern.compile("invitation\\.xhtml\\?token=([A-Za-z0-9_-]+)").matcher(body);
    assertThat(token.find()).as(body).isTrue();
    return token.group(1);
  }

  private HttpResponse<String> accept(Http invitee, String token) {
    return invitee.post(api("/invitations/accept"), "{\"token\":\"" + token + "\"}");
  }

  private String api(String path) {
    return "t/" + shop.tenant().slug() + "/api/v1" + path;
  }
}
