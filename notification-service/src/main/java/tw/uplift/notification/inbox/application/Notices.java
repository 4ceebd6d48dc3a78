package tw.uplift.notification.inbox.application;

import java.util.Collection;
import tw.uplift.notification.inbox.Notice;
import tw.uplift.notification.inbox.NoticeCause;

/**
 * Where the notices of review and deadline events go: the inbox, and every other channel the people behind the
 * addresses read (e-mail, webhooks). Implemented by the delivery feature's dispatcher, which puts each notice in
 * the {@link Inbox} first; the inbox knows nothing of the other channels.
 */
public interface Notices {

    /**
     * Delivers a notice to the inbox addresses ({@code agency:<id>}, {@code user:<name>}, {@code body:<id>},
     * {@code agency-head:<id>}) and whoever reads them. Idempotent per cause: a redelivered cause tells nobody twice.
     *
     * @return how many inbox addresses got it now (not before)
     */
    int deliver(NoticeCause cause, Notice notice, Collection<String> addresses);
}
