package tw.uplift.contracts;

/**
 * An event one service publishes about one of its aggregates. The aggregate id is the Kafka key, so
 * all events of one aggregate stay in order on one partition.
 */
public interface DomainEvent {

    /** The id of the aggregate this event is about; the Kafka record key and the CloudEvents subject. */
    String aggregateId();
}
