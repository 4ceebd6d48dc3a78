package tw.uplift.review.inspection;

import java.util.List;

/**
 * What a reviewer asks for when drawing a sample.
 *
 * @param method     how to draw
 * @param size       how many measures in all ({@code RANDOM}) or per dimension ({@code STRATIFIED}); ignored when
 *                   hand-picked
 * @param seed       the seed to draw from, or null to draw a new one (the sample records it)
 * @param measureIds the measures chosen by hand ({@code HAND_PICKED}); ignored otherwise
 */
public record SampleRequest(SamplingMethod method, Integer size, Long seed, List<String> measureIds) {

    public SampleRequest {
        measureIds = measureIds == null ? List.of() : List.copyOf(measureIds);
    }
}
