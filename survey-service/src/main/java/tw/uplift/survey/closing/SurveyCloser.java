package tw.uplift.survey.closing;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tw.uplift.platform.work.BackgroundWorker;

/**
 * Looks for surveys past their closing time once a minute and closes them ({@link DueClosings}). A minute late
 * is harmless: from its closing time a survey refuses answers by itself, so only the publishing of its results
 * waits. Every instance runs one; they cannot close a survey twice.
 */
@Component
class SurveyCloser extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(SurveyCloser.class);
    private static final Duration INTERVAL = Duration.ofMinutes(1);
    /** Late start, early stop: the Mongo client it uses is up the whole time; the relay sends what it records. */
    private static final int PHASE = Integer.MAX_VALUE - 200;

    private final DueClosings closings;

    SurveyCloser(DueClosings closings) {
        super("survey-closer", INTERVAL, PHASE);
        this.closings = closings;
    }

    @Override
    protected void pass() {
        int closed = closings.closeDue();
        if (closed > 0) {
            log.info("closed {} survey(s) at their closing time", closed);
        }
    }
}
