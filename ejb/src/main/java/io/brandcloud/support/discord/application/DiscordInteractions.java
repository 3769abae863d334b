package io.brandcloud.support.discord.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.settings.TenantSettings;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.support.discord.domain.DiscordApplication;
import io.brandcloud.support.discord.domain.DiscordInteraction;
import io.brandcloud.support.discord.domain.DiscordSignature;
import io.brandcloud.support.discord.domain.DiscordWire;
import io.brandcloud.support.tickets.application.TenantLanguageTexts;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;

/**
 * What Discord sends to the interactions endpoint: verified against the tenant's application key (a
 * wrong or old signature is a 401, as Discord requires), a PING answered with a PONG, and {@code
 * /reply ticket text} taken as the linked staff member. Answers go only to the person who used the
 * command.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DiscordInteractions {

  @EJB DiscordReplies replies;
  @EJB TenantSettings settings;
  @Inject ApplicationClock clock;

  public JsonObject receive(String signature, String timestamp, byte[] body) {
    CurrentCaller.requirePrivileged();
    DiscordApplication application =
        replies
            .application()
            .orElseThrow(() -> BrandcloudException.notFound("The Discord channel"));
    if (!DiscordSignature.valid(application.publicKey(), signature, timestamp, body, clock.now())) {
      throw new BrandcloudException(ErrorCode.SIGNATURE_INVALID);
    }
    DiscordInteraction interaction =
        DiscordInteraction.parse(new String(body, StandardCharsets.UTF_8))
            .orElseThrow(() -> BrandcloudException.invalid("body", "Not a Discord interaction"));
    if (interaction.type() == DiscordInteraction.PING) {
      return DiscordWire.pong();
    }
    TenantLanguageTexts texts =
        new TenantLanguageTexts(TenantLanguageTexts.DISCORD, settings.current().locale());
    if (interaction.type() != DiscordInteraction.APPLICATION_COMMAND
        || !"reply".equals(interaction.command())
        || interaction.id() == null
        || interaction.userId() == null) {
      return DiscordWire.privateAnswer(texts.text("discord.unknownCommand"));
    }
    return DiscordWire.privateAnswer(reply(interaction, texts));
  }

  private String reply(DiscordInteraction interaction, TenantLanguageTexts texts) {
    long ticketId;
    try {
      ticketId = Long.parseLong(interaction.options().getOrDefault("ticket", ""));
    } catch (NumberFormatException e) {
      return texts.text("discord.noTicket");
    }
    String text = interaction.options().getOrDefault("text", "");
    try {
      return switch (replies.reply(interaction, ticketId, text)) {
        case ANSWERED -> texts.text("discord.answered", Long.toString(ticketId));
        case ALREADY_TAKEN -> texts.text("discord.alreadyTaken");
        case NOT_LINKED -> texts.text("discord.notLinked");
        case NOT_ALLOWED -> texts.text("discord.notAllowed");
      };
    } catch (BrandcloudException e) {
      return texts.text("discord.refused", e.getMessage());
    }
  }
}
