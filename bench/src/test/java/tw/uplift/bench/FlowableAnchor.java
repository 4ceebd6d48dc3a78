package tw.uplift.bench;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;

/**
 * Flowable's process starts per second, the anchor of the review benchmark: the engine standalone on an in-memory H2
 * database, one process of one user task (a review task assigned to a reviewer), started with a business key. No
 * history beyond the default, no async executor: Flowable as fast as it goes out of the box.
 */
final class FlowableAnchor implements AutoCloseable {

    private static final String REVIEW_PROCESS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:flowable="http://flowable.org/bpmn" targetNamespace="uplift-bench">
              <process id="planReview" isExecutable="true">
                <startEvent id="submitted"/>
                <sequenceFlow id="toReview" sourceRef="submitted" targetRef="review"/>
                <userTask id="review" name="審查" flowable:assignee="${reviewer}"/>
                <sequenceFlow id="toEnd" sourceRef="review" targetRef="done"/>
                <endEvent id="done"/>
              </process>
            </definitions>
            """;

    private final ProcessEngine engine;
    private final RuntimeService runtime;
    private int started;

    FlowableAnchor() {
        engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:flowable-bench;DB_CLOSE_DELAY=-1")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setAsyncExecutorActivate(false)
                .buildProcessEngine();
        engine.getRepositoryService().createDeployment().addString("plan-review.bpmn20.xml", REVIEW_PROCESS).deploy();
        runtime = engine.getRuntimeService();
    }

    /** Process starts per second over {@code count} starts from one thread. */
    double startsPerSecond(int count) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            started++;
            runtime.startProcessInstanceByKey("planReview", "plan-" + started,
                    java.util.Map.of("reviewer", "reviewer-" + (started % 7)));
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    @Override
    public void close() {
        engine.close();
    }
}
