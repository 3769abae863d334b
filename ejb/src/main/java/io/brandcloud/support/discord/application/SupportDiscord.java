package io.brandcloud.support.discord.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.outbox.WorkDue;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.TenantSecrets;
import io.brandcloud.shared.Validation;
import io.brandcloud.support.discord.domain.DiscordApi;
import io.brandcloud.support.discord.domain.DiscordApplication;
import io.brandcloud.support.discord.domain.DiscordChannel;
import io.brandcloud.support.discord.domain.DiscordChannel.SealedWebhook;
import io.brandcloud.support.discord.domain.DiscordException;
import io.brandcloud.support.discord.domain.DiscordPost;
import io.brandcloud.support.discord.domain.DiscordRepository;
import io.brandcloud.support.discord.domain.DiscordSignature;
import io.brandcloud.support.tickets.domain.SupportPeople;
import io.brandcloud.support.tickets.domain.SupportPeople.Person;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The tenant's Discord channel, for admins (settings permission): the application and webhook it
 * uses, which Discord accounts answer as which staff, and registering the {@code /reply} command.
 */
@Stateless
public class SupportDiscord {

  private static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{17,20}");
  private static final Pattern WEBHOOK_URL =
      Pattern.compile(
          "https://(?:(?:ptb|canary)\\.)?discord(?:app)?\\.com/api(?:/v[0-9]{1,2})?"
              + "/webhooks/([0-9]{17,20})/([A-Za-z0-9_-]{20,100})");
  private static final Pattern BOT_TOKEN = Pattern.compile("[A-Za-z0-9._-]{30,200}");

  @Inject DiscordRepository discord;
  @Inject DiscordApi api;
  @Inject SupportPeople people;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;
  @EJB SupportDiscord self;
  @EJB WorkDue due;

  public Optional<DiscordView> current() {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    return discord.current().map(this::view);
  }

  public DiscordView configure(DiscordSettings settings) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    DiscordApplication application = application(settings);
    SealedWebhook webhook = webhook(settings.webhookUrl());
    byte[] botToken = botToken(settings.botToken());
    boolean enabled = settings.enabled() == null || settings.enabled();
    discord.lockSettings();
    // posts before the channel row, in the order the poster locks them
    if (!enabled) {
      discord.dropUnsentPosts("The channel was turned off");
    }
    Optional<DiscordChannel> existing = discord.currentForUpdate();
    DiscordChannel channel;
    if (existing.isPresent()) {
      channel = existing.get();
      channel.change(application, webhook, botToken, enabled, clock.now());
    } else {
      if (webhook == null) {
        throw BrandcloudException.invalid("webhookUrl", "The channel's webhook URL is needed");
      }
      channel = new DiscordChannel(application, webhook, botToken, enabled, clock.now());
      discord.add(channel);
    }
    if (enabled) {
      due.flag(DiscordPostSteps.QUEUE, Duration.ZERO);
    }
    audit.record(
        null,
        "support.discord.changed",
        "application " + application.id(),
        (enabled ? "posting to webhook " : "not posting to webhook ") + channel.webhook().id());
    return view(channel);
  }

  public void remove() {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    discord.lockSettings();
    discord.dropUnsentPosts("Discord was disconnected");
    DiscordChannel channel = existingForUpdate();
    discord.remove(channel);
    audit.record(
        null, "support.discord.removed", "application " + channel.application().id(), null);
  }

  /** Lets {@code discordUserId} answer from Discord as the staff member {@code staffId}. */
  public DiscordView link(String discordUserId, long staffId) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    String account = snowflake("discordUserId", discordUserId);
    DiscordChannel channel = existingForUpdate();
    Person person =
        people
            .person(staffId)
            .filter(p -> p.role().may(StaffPermission.TICKETS_MANAGE))
            .orElseThrow(
                () ->
                    BrandcloudException.invalid(
                        "staffId", "No staff member " + staffId + " who works tickets"));
    discord.link(account, person.id(), clock.now());
    audit.record(null, "support.discord.linked", "discord user " + account, "staff " + person.id());
    return view(channel);
  }

  public DiscordView unlink(String discordUserId) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    String account = snowflake("discordUserId", discordUserId);
    DiscordChannel channel = existingForUpdate();
    if (!discord.unlink(account)) {
      throw BrandcloudException.notFound("Discord user " + account);
    }
    audit.record(null, "support.discord.unlinked", "discord user " + account, null);
    return view(channel);
  }

  /** What was posted to the channel or waits to be, newest first. */
  public Page<DiscordPost> posts(PageRequest page) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    return discord.posts(page);
  }

  /**
   * Sends a post that was given up (Discord refused it, or the channel was off) once more, after
   * the posts before it; only while the channel is on.
   */
  public void retryPost(long postId) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    if (!existing().enabled()) {
      throw new BrandcloudException(ErrorCode.CONFLICT, "Turn the Discord channel on first");
    }
    if (!discord.retryPost(postId)) {
      throw BrandcloudException.notFound("Failed Discord post " + postId);
    }
    due.flag(DiscordPostSteps.QUEUE, Duration.ZERO);
    audit.record(null, "support.discord.retried", "discord post " + postId, null);
  }

  /**
   * Registers {@code /reply} with Discord, with no transaction open while Discord is asked; a
   * refusal is a 502 that says what Discord answered.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public DiscordView registerCommands() {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    DiscordChannel channel = self.channel();
    byte[] sealed =
        channel
            .botTokenSealed()
            .orElseThrow(
                () ->
                    BrandcloudException.invalid(
                        "botToken", "Set the application's bot token to register the command"));
    try {
      api.registerCommands(
          channel.application().id(), TenantSecrets.open(sealed, DiscordRecords.BOT_PURPOSE));
    } catch (DiscordException e) {
      throw new BrandcloudException(ErrorCode.CHAT_FAILED, e.getMessage());
    }
    return self.registered(channel.application().id());
  }

  /** The channel as it is now, read in a short transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public DiscordChannel channel() {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    return existing();
  }

  /** Notes the registration, unless the application changed while Discord was asked. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public DiscordView registered(String applicationId) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    DiscordChannel channel =
        discord
            .currentForUpdate()
            .orElseThrow(() -> BrandcloudException.notFound("The Discord channel"));
    if (channel.application().id().equals(applicationId)) {
      channel.commandsRegistered(clock.now());
      audit.record(null, "support.discord.commands", "application " + applicationId, "/reply");
    }
    return view(channel);
  }

  /** The channel, locked, so that links and settings change one at a time. */
  private DiscordChannel existingForUpdate() {
    return discord
        .currentForUpdate()
        .orElseThrow(() -> BrandcloudException.notFound("The Discord channel"));
  }

  private DiscordChannel existing() {
    return discord.current().orElseThrow(() -> BrandcloudException.notFound("The Discord channel"));
  }

  private DiscordView view(DiscordChannel channel) {
    Map<Long, String> names =
        people.staff().stream().collect(Collectors.toMap(Person::id, Person::name, (a, b) -> a));
    return DiscordView.of(
        channel,
        discord.links().stream()
            .map(
                link ->
                    new DiscordView.StaffLinkView(
                        link.discordUserId(),
                        link.userId(),
                        names.getOrDefault(link.userId(), ""),
                        link.linkedAt()))
            .toList());
  }

  private static DiscordApplication application(DiscordSettings settings) {
    String id = snowflake("applicationId", settings.applicationId());
    String key =
        Validation.requireText("publicKey", settings.publicKey(), 64)
            .strip()
            .toLowerCase(Locale.ROOT);
    if (!DiscordSignature.wellFormedKey(key)) {
      throw BrandcloudException.invalid(
          "publicKey",
          "The application's public key: 64 hexadecimal characters, as Discord shows it");
    }
    return new DiscordApplication(id, key);
  }

  private static SealedWebhook webhook(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    Matcher matcher = WEBHOOK_URL.matcher(url.strip());
    if (!matcher.matches()) {
      throw BrandcloudException.invalid(
          "webhookUrl",
          "A Discord webhook URL, such as https://discord.com/api/webhooks/<id>/<token>");
    }
    return new SealedWebhook(
        matcher.group(1), TenantSecrets.seal(matcher.group(2), DiscordRecords.WEBHOOK_PURPOSE));
  }

  private static byte[] botToken(String token) {
    if (token == null || token.isBlank()) {
      return null;
    }
    if (!BOT_TOKEN.matcher(token.strip()).matches()) {
      throw BrandcloudException.invalid(
          "botToken", "The application's bot token, as Discord shows it under Bot");
    }
    return TenantSecrets.seal(token.strip(), DiscordRecords.BOT_PURPOSE);
  }

  static String snowflake(String field, String value) {
    if (value == null || !SNOWFLAKE.matcher(value.strip()).matches()) {
      throw BrandcloudException.invalid(field, field + " is a Discord id: 17 to 20 digits");
    }
    return value.strip();
  }
}
