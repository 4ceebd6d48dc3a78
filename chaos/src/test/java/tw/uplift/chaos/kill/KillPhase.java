package tw.uplift.chaos.kill;

/**
 * Where a SIGKILL of the kill host lands: the four windows of the outbox and the consumer where a crash could lose
 * or double something, and "anywhere" (a kill at a random time, wherever the threads happen to be).
 */
public enum KillPhase {
    /** Inside {@code AggregateStore.save}: around the marker, the document write, the second marker. */
    OUTBOX_WRITE("outbox write"),
    /** Inside the relay's publish: before a send is handed to the producer, or after the broker acknowledged it. */
    RELAY_PUBLISH("relay publish"),
    /** Around the relay's {@code $pull} of acknowledged events and the finishing of their markers. */
    RELAY_PULL("relay pull"),
    /** Around the consumer's effect, its tally and the offset commit. */
    CONSUMER("consumer effect and commit"),
    /** At a random time after the host said it was ready. */
    ANYWHERE("anywhere");

    private final String label;

    KillPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
