package tw.uplift.notification.delivery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A real SMTP conversation on a socket with a server that has no such mailbox: it greets, says hello, takes the
 * sender and answers every recipient {@code 550 5.1.1}, as a mail server does for an address that does not exist.
 * (GreenMail accepts every address, so the refusal is played here, over the same protocol.)
 */
final class RefusingSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread thread;

    RefusingSmtpServer() {
        try {
            socket = new ServerSocket(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = Thread.ofVirtual().start(this::serve);
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept();
                    BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                            StandardCharsets.US_ASCII));
                    PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
                reply(out, "220 refusing.example ESMTP");
                for (String line; (line = in.readLine()) != null; ) {
                    String command = line.toUpperCase();
                    if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                        reply(out, "250 refusing.example");
                    } else if (command.startsWith("MAIL FROM")) {
                        reply(out, "250 2.1.0 OK");
                    } else if (command.startsWith("RCPT TO")) {
                        reply(out, "550 5.1.1 No such user here");
                    } else if (command.startsWith("QUIT")) {
                        reply(out, "221 2.0.0 Bye");
                        break;
                    } else {
                        reply(out, "503 5.5.1 Bad sequence of commands");
                    }
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws Exception {
        socket.close();
        thread.join(2_000);
    }
}
