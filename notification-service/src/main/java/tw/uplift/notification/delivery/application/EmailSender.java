package tw.uplift.notification.delivery.application;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import tw.uplift.contracts.notification.Channel;
import tw.uplift.notification.delivery.ChannelSender;
import tw.uplift.notification.delivery.Delivery;
import tw.uplift.notification.delivery.SendOutcome;

/**
 * Sends a delivery as one e-mail over SMTP (Spring Mail): multipart/alternative, plain text and HTML, in the
 * recipient's language, with a {@code Message-ID} derived from the delivery's id — the same on every attempt, so
 * that a copy sent again (an operator's re-send after an unknown outcome) is recognisably the same message.
 *
 * <p>What the SMTP server answered decides the outcome: 2xx delivered (accepted for delivery: SMTP says no more),
 * 4xx or no answer at all (connection refused, timeout) a temporary failure, 5xx a permanent one. Our own
 * failures (no address, a template that does not render) are technical.
 */
public class EmailSender implements ChannelSender {

    private final JavaMailSender mail;
    private final MailTemplates templates;
    private final String from;

    public EmailSender(JavaMailSender mail, MailTemplates templates, String from) {
        this.mail = mail;
        this.templates = templates;
        this.from = from;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    /** The message id of a delivery's e-mail: stable, and unique per delivery. */
    public static String messageIdOf(Delivery d) {
        return "<" + d.getId() + "@notification.uplift>";
    }

    @Override
    public SendOutcome send(Delivery d) {
        if (d.address() == null || d.address().isBlank()) {
            return SendOutcome.technicalFailure("no e-mail address");
        }
        MimeMessage message;
        try {
            MailTemplates.Mail m = templates.render(d);
            message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(d.address());
            helper.setSubject(m.subject());
            helper.setText(m.text(), m.html());
            message.setHeader("Content-Language", d.language().tag());
            // Spring keeps an explicit Message-ID when it saves the message
            message.setHeader("Message-ID", messageIdOf(d));
        } catch (MessagingException | RuntimeException e) {
            return SendOutcome.technicalFailure("could not write the e-mail: " + e);
        }
        try {
            mail.send(message);
            return SendOutcome.delivered("accepted by the SMTP server as " + messageIdOf(d));
        } catch (MailAuthenticationException e) {
            return SendOutcome.technicalFailure("SMTP authentication refused (our configuration): " + e.getMessage());
        } catch (MailException e) {
            return classify(e);
        }
    }

    /** The SMTP reply code in the failure, if the server gave one: 5xx permanent, anything else temporary. */
    static SendOutcome classify(MailException e) {
        Deque<Throwable> todo = new ArrayDeque<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        todo.add(e);
        if (e instanceof MailSendException send) {
            send.getFailedMessages().values().forEach(x -> todo.add((Throwable) x));
        }
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (seen.put(t, Boolean.TRUE) != null) {
                continue;
            }
            int code = switch (t) {
                case SMTPAddressFailedException a -> a.getReturnCode();
                case SMTPSenderFailedException s -> s.getReturnCode();
                case SMTPSendFailedException s -> s.getReturnCode();
                default -> 0;
            };
            if (code >= 500) {
                return SendOutcome.permanentFailure("SMTP " + code + ": " + String.valueOf(t.getMessage()).strip());
            }
            if (code >= 400) {
                return SendOutcome.temporaryFailure("SMTP " + code + ": " + String.valueOf(t.getMessage()).strip());
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof MessagingException m && m.getNextException() != null) {
                todo.add(m.getNextException());
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return SendOutcome.temporaryFailure("SMTP server unreachable or no answer: " + root);
    }
}
