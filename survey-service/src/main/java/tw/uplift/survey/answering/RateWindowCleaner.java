package tw.uplift.survey.answering;

import java.time.Duration;
import org.springframework.stereotype.Component;
import tw.uplift.platform.work.BackgroundWorker;

/**
 * Once a minute deletes the shared rate limit's ended windows ({@link SharedRateLimit#forgetOldWindows}) and the
 * client-key secrets of earlier days ({@link ClientKeys#forgetEarlierDays}). Every instance runs one; deleting what
 * another instance already deleted is nothing.
 */
@Component
class RateWindowCleaner extends BackgroundWorker {

    private static final int PHASE = Integer.MAX_VALUE - 200;

    private final SharedRateLimit limit;
    private final ClientKeys clientKeys;

    RateWindowCleaner(SharedRateLimit limit, ClientKeys clientKeys) {
        super("rate-window-cleaner", Duration.ofMinutes(1), PHASE);
        this.limit = limit;
        this.clientKeys = clientKeys;
    }

    @Override
    protected void pass() {
        limit.forgetOldWindows();
        clientKeys.forgetEarlierDays();
    }
}
