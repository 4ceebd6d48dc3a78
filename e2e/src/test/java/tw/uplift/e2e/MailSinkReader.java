package tw.uplift.e2e;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tw.uplift.launcher.MailSink;

/**
 * What the local run's mail sink caught for one address, read over its REST API and parsed as a mail client would
 * (MIME parts, transfer encodings, encoded headers), so a test sees the text a person reads.
 */
final class MailSinkReader {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One caught e-mail: its headers as sent and the text of each of its parts (plain first, then HTML). */
    record Mail(String messageId, String subject, String language, List<String> texts) {

        boolean mentions(String text) {
            return subject.contains(text) || texts.stream().anyMatch(t -> t.contains(text));
        }
    }

    private final MailSink sink;

    MailSinkReader(MailSink sink) {
        this.sink = sink;
    }

    List<Mail> mailTo(String address) {
        try {
            String body = HTTP.send(HttpRequest.newBuilder(sink.messagesOf(address)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            JsonNode caught = JSON.readTree(body);
            List<Mail> mails = new ArrayList<>();
            if (caught.isArray()) {
                for (JsonNode message : caught) {
                    mails.add(parse(message.get("mimeMessage").asString()));
                }
            }
            return mails;
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException("cannot read the mail sink for " + address, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Mail parse(String raw) throws IOException, jakarta.mail.MessagingException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
        List<String> texts = new ArrayList<>();
        collectTexts(message, texts);
        String[] language = message.getHeader("Content-Language");
        return new Mail(message.getMessageID(), message.getSubject(), language == null ? null : language[0], texts);
    }

    private static void collectTexts(Part part, List<String> texts) throws IOException, jakarta.mail.MessagingException {
        if (part.isMimeType("text/*")) {
            texts.add(part.getContent().toString());
        } else if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart child = parts.getBodyPart(i);
                collectTexts(child, texts);
            }
        }
    }
}
