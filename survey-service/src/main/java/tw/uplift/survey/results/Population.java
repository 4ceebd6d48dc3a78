package tw.uplift.survey.results;

import java.util.OptionalLong;

/**
 * The size of the population a survey (or one of its segments) was answered by, as far as it is known, and what
 * follows from it: the response rate, and whether the margin of error may use the finite population correction.
 * A population is staff's estimate (the visitors of a counter in the survey's window); when more people answered
 * than it says, the estimate was too low: the rate is shown as it is (above 100 %, so staff see it), and the
 * margin is given without the correction rather than one that claims a certainty the numbers do not have.
 *
 * @param size      the population, or null when unknown
 * @param responses the responses counted
 */
record Population(Long size, long responses) {

    static Population of(Long size, long responses) {
        return new Population(size, responses);
    }

    /** Responses over the population, or null when it is not known. */
    Double responseRate() {
        return size == null || size < 1 ? null : (double) responses / size;
    }

    /** The population for the finite population correction: known and not smaller than the sample. */
    OptionalLong forCorrection() {
        return size == null || size < responses ? OptionalLong.empty() : OptionalLong.of(size);
    }
}
