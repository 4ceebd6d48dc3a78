package tw.uplift.survey.courtesy;

/**
 * What a tester gives one criterion: the points and, if they want, a note on what they heard or saw.
 *
 * @param points 0..the criterion's maximum; null when not given (refused: every criterion is scored)
 * @param note   or null
 */
public record Mark(Integer points, String note) {

    public Mark {
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
