package tw.uplift.chaos.kill;

import java.time.Instant;
import org.springframework.data.mongodb.core.mapping.Document;
import tw.uplift.contracts.survey.SurveyOpened;
import tw.uplift.platform.outbox.OutboxAggregate;

/**
 * The kill host's writer aggregate: each entry is one event in its outbox (numbered 1, 2, ... by
 * {@code OutboxAggregate}). The carrier is a real contract event ({@link SurveyOpened} about the ledger), so the real
 * codec, catalogue and topic routing take it; nothing else reads the chaos topics. After the run, a ledger's stored
 * {@code lastEventSequence} says which events its successful writes recorded.
 */
@Document(ChaosLedger.COLLECTION)
class ChaosLedger extends OutboxAggregate {

    static final String COLLECTION = "chaos_ledgers";

    private long entries;

    ChaosLedger() {
    }

    private ChaosLedger(String id) {
        super(id);
    }

    static ChaosLedger open(String id, Instant at) {
        ChaosLedger ledger = new ChaosLedger(id);
        ledger.append(at);
        return ledger;
    }

    ChaosLedger append(Instant at) {
        entries++;
        record(new SurveyOpened(getId(), "chaos", "entry " + entries, null, null, at, null), at);
        return this;
    }
}
