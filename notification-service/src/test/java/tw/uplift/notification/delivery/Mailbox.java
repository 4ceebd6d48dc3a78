package tw.uplift.notification.delivery;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;

/**
 * A real SMTP server in the test's JVM (GreenMail, speaking SMTP on a socket of this machine), and what it
 * received, read as a mail client would: subject, headers, the plain-text and HTML parts decoded.
 */
public final class Mailbox {

    private final int port;
    private GreenMail server;

    private Mailbox(int port) {
        this.port = port;
    }

    /** A port nobody listens on yet: the server is not started. */
    public static Mailbox onFreePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return new Mailbox(socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public Mailbox start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return this;
    }

    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public List<MimeMessage> received() {
        return server == null ? List.of() : List.of(server.getReceivedMessages());
    }

    /** The message's parts of one MIME type, decoded, joined. */
    static String part(MimeMessage message, String mimeType) {
        try {
            StringBuilder out = new StringBuilder();
            collect(message, mimeType, out);
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Part part, String mimeType, StringBuilder out) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multi = (Multipart) part.getContent();
            for (int i = 0; i < multi.getCount(); i++) {
                BodyPart body = multi.getBodyPart(i);
                collect(body, mimeType, out);
            }
        } else if (part.isMimeType(mimeType)) {
            out.append(part.getContent());
        }
    }

    /** Whether the message holds a multipart/alternative (text and HTML as two views of one content). */
    static boolean hasAlternative(Part part) throws Exception {
        if (part.isMimeType("multipart/alternative")) {
            return true;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multi = (Multipart) part.getContent();
            for (int i = 0; i < multi.getCount(); i++) {
                if (hasAlternative(multi.getBodyPart(i))) {
                    return true;
                }
            }
        }
        return false;
    }
}
