package tw.uplift.notification.deadlines.application;

import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.deadlines.Extension;

/**
 * Who is told of extensions (展期): the supervising body of a request, the agency of the decision. Called after the
 * deadline is stored, every time (a repeated request or decision included), so a crash in between is made good by
 * the retry; the implementation delivers each notice once.
 */
public interface ExtensionNotifier {

    void asked(Deadline deadline, Extension request);

    void decided(Deadline deadline, Extension decided);
}
