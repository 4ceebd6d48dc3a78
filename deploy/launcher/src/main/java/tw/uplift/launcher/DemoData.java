package tw.uplift.launcher;

/**
 * A step that fills a fresh local system with demonstration data. The launcher runs it once per data folder,
 * after every part is ready; add steps (reviews, survey answers...) as services gain the endpoints for them.
 */
public interface DemoData {

    /** What this step loads, for the console. */
    String description();

    Outcome load(LocalSystem system);

    enum Outcome {
        /** Loaded: do not load again on the next start. */
        LOADED,
        /** Nothing loaded this time (service not running, a document rejected): try again on the next start. */
        NOT_LOADED
    }
}
