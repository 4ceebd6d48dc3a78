package tw.uplift.review.inspection;

/** How a routine check picks its measures (抽樣方式). */
public enum SamplingMethod {
    /** A number of measures drawn at random from the whole plan (隨機抽樣), from a recorded seed. */
    RANDOM,
    /** A number of measures drawn at random from each dimension (分層抽樣), from a recorded seed. */
    STRATIFIED,
    /** The measures the reviewer chose (指定抽查). */
    HAND_PICKED
}
