package tw.uplift.survey.answering;

import java.time.Duration;
import org.springframework.stereotype.Component;
import tw.uplift.platform.work.BackgroundWorker;

/**
 * Deletes the shared rate limit's ended windows once a minute ({@link SharedRateLimit#forgetOldWindows}). Every
 * instance runs one; deleting what another instance already deleted is nothing.
 */
@Component
class RateWindowCleaner extends BackgroundWorker {

    private static final int PHASE = Integer.MAX_VALUE - 200;

    private final SharedRateLimit limit;

    RateWindowCleaner(SharedRateLimit limit) {
        super("rate-window-cleaner", Duration.ofMinutes(1), PHASE);
        this.limit = limit;
    }

    @Override
    protected void pass() {
        limit.forgetOldWindows();
    }
}
