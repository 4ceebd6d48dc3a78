package tw.uplift.plan.authoring;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Reads plans; writes go through {@code AggregateStore} so events are stored with the state. */
public interface PlanRepository extends MongoRepository<Plan, String> {

    List<Plan> findByAgencyIdOrderByRocYearDesc(String agencyId);

    /** The plans reviewed by a supervising body that were submitted at least once ({@code revision > 0}). */
    List<Plan> findBySupervisingBodyIdAndRevisionGreaterThanOrderByRocYearDesc(String supervisingBodyId, int revision);

    long countByStatus(PlanStatus status);
}
