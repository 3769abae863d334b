package io.brandcloud.support.suggestions.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.settings.TenantSettings;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.PublicUrls;
import io.brandcloud.shared.search.SearchHit;
import io.brandcloud.shared.search.SearchQuery;
import io.brandcloud.shared.search.TenantSearchIndexes;
import io.brandcloud.support.suggestions.application.Suggestion.Source;
import io.brandcloud.support.suggestions.domain.KnowledgeBase;
import io.brandcloud.support.suggestions.domain.ResolvedTickets;
import io.brandcloud.support.tickets.application.TenantLanguageTexts;
import io.brandcloud.support.tickets.domain.SupportPeople;
import io.brandcloud.support.tickets.domain.Ticket;
import io.brandcloud.support.tickets.domain.TicketMessage;
import io.brandcloud.support.tickets.domain.TicketRepository;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Suggests a reply to a ticket from the tenant's own knowledge: the answer staff gave to the most
 * similar resolved ticket and the published articles most about it, found by Lucene over this
 * tenant's index only. Runs offline; staff read, edit and send it themselves.
 */
@Stateless
public class ReplySuggestions {

  static final int ARTICLES = 2;

  /**
   * An article scoring under this share of the best one shares a word or two with the ticket but is
   * about something else; linking it would only make staff delete it again.
   */
  static final float RELEVANT_SHARE = 0.4f;

  private static final int TICKETS_LOOKED_AT = 5;
  private static final int EXCERPT_LENGTH = 240;

  @Inject TicketRepository tickets;
  @Inject SupportPeople people;
  @Inject KnowledgeBase knowledgeBase;
  @Inject ResolvedTickets resolved;
  @Inject TenantSearchIndexes indexes;
  @EJB TenantSettings settings;

  public Suggestion suggest(long ticketId) {
    CurrentCaller.requireStaff(StaffPermission.TICKETS_MANAGE);
    Ticket ticket =
        tickets
            .find(ticketId)
            .orElseThrow(() -> BrandcloudException.notFound("Ticket " + ticketId));
    String question = question(ticket);
    List<KnowledgeBase.Page> pages = relevant(knowledgeBase.about(question, ARTICLES));
    Optional<SearchHit> similar = similarResolved(ticket, question);

    List<Source> sources = new ArrayList<>();
    similar.ifPresent(
        hit ->
            sources.add(
                new Source(
                    Suggestion.TICKET,
                    Long.parseLong(hit.key()),
                    hit.title(),
                    "/admin/ticket.xhtml?id=" + hit.key(),
                    SuggestedReply.excerpt(hit.stored(ResolvedTickets.ANSWER), EXCERPT_LENGTH),
                    hit.score())));
    pages.forEach(
        page ->
            sources.add(
                new Source(
                    Suggestion.ARTICLE,
                    page.id(),
                    page.title(),
                    page.path(),
                    page.excerpt(),
                    page.score())));
    if (sources.isEmpty()) {
      return new Suggestion(null, List.of());
    }
    String text =
        new SuggestedReply(
                new TenantLanguageTexts(
                    TenantLanguageTexts.SUGGESTIONS, settings.current().locale()),
                PublicUrls.portal(CurrentTenant.require()))
            .write(
                customerName(ticket),
                similar.map(hit -> hit.stored(ResolvedTickets.ANSWER)),
                pages);
    return new Suggestion(text, sources);
  }

  /** What the customer asked: the subject and every word they wrote, never staff's. */
  private String question(Ticket ticket) {
    return ticket.subject()
        + "\n\n"
        + tickets.messages(ticket.id(), false).stream()
            .filter(message -> !message.fromStaff())
            .map(TicketMessage::body)
            .collect(Collectors.joining("\n\n"));
  }

  private Optional<SearchHit> similarResolved(Ticket ticket, String question) {
    return indexes
        .search(resolved, SearchQuery.similarTo(question), 0, TICKETS_LOOKED_AT)
        .hits()
        .stream()
        .filter(hit -> !hit.key().equals(ticket.id().toString()))
        .filter(hit -> hit.stored(ResolvedTickets.ANSWER) != null)
        .findFirst();
  }

  static List<KnowledgeBase.Page> relevant(List<KnowledgeBase.Page> found) {
    float best = found.stream().map(KnowledgeBase.Page::score).max(Float::compare).orElse(0f);
    return found.stream().filter(page -> page.score() >= best * RELEVANT_SHARE).toList();
  }

  private Optional<String> customerName(Ticket ticket) {
    return ticket.openedBy().flatMap(people::person).map(SupportPeople.Person::name);
  }
}
