package tw.uplift.contracts.review;

/**
 * A reviewer's verdict on a measure under tracking (列管): release it (解除列管, the work is done and checked) or keep it
 * tracked (持續列管, it stays on the body's list).
 */
public enum TrackingVerdict { RELEASED, KEPT_TRACKED }
