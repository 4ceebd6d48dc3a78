package tw.uplift.notification.delivery.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.notification.delivery.Delivery;
import tw.uplift.notification.delivery.ItemLink;
import tw.uplift.notification.delivery.Language;
import tw.uplift.notification.inbox.InboxItem;
import tw.uplift.notification.inbox.InboxKind;
import tw.uplift.notification.inbox.NoticeFacts;

/**
 * The e-mails' words, in the recipient's language: a subject and lines per kind of notice (messages
 * {@code mail.<KIND>.*} in {@code notification-service-messages*.properties}), laid out twice by Thymeleaf, as
 * plain text ({@code templates/mail/notice.txt}) and as HTML ({@code templates/mail/notice.html}), each with an
 * absolute link to the item's page.
 */
public class MailTemplates {

    /**
     * One e-mail, ready to send.
     *
     * @param subject its subject
     * @param text    the plain-text part
     * @param html    the HTML part
     */
    public record Mail(String subject, String text, String html) {
    }

    /**
     * What the templates lay out.
     *
     * @param lang      the language tag ({@code zh-TW}, {@code en})
     * @param heading   the first line
     * @param lines     what it says
     * @param linkLabel the link's words
     * @param link      the absolute URL of the item's page, or null
     * @param entries   a digest's notices (empty for one notice)
     * @param footer    why the reader gets this
     */
    public record MailView(String lang, String heading, List<String> lines, String linkLabel, String link,
            List<Entry> entries, String footer) {
    }

    /** One notice of a digest: its line and its link. */
    public record Entry(String line, String link) {
    }

    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final MessageSource messages;
    private final String siteUrl;
    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");

    public MailTemplates(MessageSource messages, String siteUrl) {
        this.messages = messages;
        this.siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new SpringTemplateEngine(); // SpEL, as the pages use: no OGNL on the class path
        engine.setTemplateResolver(resolver);
        return engine;
    }

    /** The subject of a notice's e-mail. */
    public String subject(InboxKind kind, NoticeFacts facts, Language language) {
        return say("mail." + kind.name() + ".subject", language, title(facts));
    }

    /** The subject of a day's digest. */
    public String digestSubject(LocalDate date, Language language) {
        return say("mail.digest.subject", language, date(date, language));
    }

    /** The e-mail of a delivery: its subject, and both parts. */
    public Mail render(Delivery d) {
        Language lang = d.language();
        MailView view = d.isDigest() ? digestView(d, lang) : noticeView(d, lang);
        Context context = new Context(lang.locale());
        context.setVariable("mail", view);
        return new Mail(d.subject(), text.process("notice", context), html.process("notice", context));
    }

    private MailView noticeView(Delivery d, Language lang) {
        NoticeFacts f = d.facts();
        String kind = "mail." + d.kind().name();
        List<String> lines = new ArrayList<>();
        lines.add(say(kind + ".lead", lang, title(f)));
        if (f.dueDate() != null) {
            lines.add(say("mail.due", lang, date(f.dueDate(), lang)));
        }
        if (f.daysLeft() != null) {
            lines.add(say("mail.daysLeft", lang, f.daysLeft()));
        }
        if (f.daysOverdue() != null && f.daysOverdue() > 0) {
            lines.add(say("mail.daysOverdue", lang, f.daysOverdue()));
        }
        lines.add(say(kind + ".action", lang));
        String link = link(d.kind(), d.links());
        return new MailView(lang.tag(), say(kind + ".heading", lang), lines, say("mail.link", lang), link, List.of(),
                say("mail.footer", lang));
    }

    private MailView digestView(Delivery d, Language lang) {
        List<Entry> entries = d.digestEntries().stream().map(e -> new Entry(
                say("mail." + e.kind().name() + ".subject", lang, title(e.facts()))
                        + (e.facts().dueDate() == null ? "" : " — " + say("mail.due", lang, date(e.facts().dueDate(), lang))),
                link(e.kind(), e.links()))).toList();
        return new MailView(lang.tag(), say("mail.digest.heading", lang),
                List.of(say("mail.digest.lead", lang, entries.size())), say("mail.link", lang), null, entries,
                say("mail.footer", lang));
    }

    /** The absolute URL of the item's page: the site, then the path the inbox would link to. */
    public String link(InboxKind kind, InboxItem.Links links) {
        String path = ItemLink.pathOf(kind, links);
        return path == null ? null : siteUrl + path;
    }

    private static String title(NoticeFacts f) {
        return f.itemTitle() == null ? "" : f.itemTitle();
    }

    /** A date as each language writes it: 民國 115 年 3 月 9 日, 9 March 2026. */
    static String date(LocalDate date, Language lang) {
        return lang == Language.EN ? ENGLISH_DATE.format(date)
                : "民國 " + RocYear.of(date).value() + " 年 " + date.getMonthValue() + " 月 " + date.getDayOfMonth() + " 日";
    }

    private String say(String key, Language lang, Object... args) {
        return messages.getMessage(key, args, lang.locale());
    }
}
