package tw.uplift.survey.design;

/**
 * A segment (分眾) of a survey: the respondents who reach it through one service, counter or channel. Its link (and
 * QR code) carries its id, so the citizen does not have to say where they were served, and its results are
 * reported beside the whole survey's.
 *
 * @param id         stable key the link carries (letters, digits, {@code _} or {@code -})
 * @param name       its name
 * @param kind       what it is told apart by
 * @param population how many people it serves in the survey's window, when known (for its response rate and the
 *                   finite population correction of its margin of error); else null
 */
public record Segment(String id, LocalizedText name, SegmentKind kind, Long population) {
}
