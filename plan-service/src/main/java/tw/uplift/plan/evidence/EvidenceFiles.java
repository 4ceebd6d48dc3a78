package tw.uplift.plan.evidence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import tw.uplift.contracts.values.DerivedId;
import tw.uplift.plan.authoring.Evidence;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.PlanAuthoring;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.security.CurrentUser;

/**
 * Evidence files (佐證檔案) kept with a plan: checked by content ({@link EvidenceContentCheck}), kept in
 * {@code evidence_files}, named by progress reports, and handed out for download to those who may read the plan.
 * <p>
 * <b>A file is written before the report that names it</b>, in a write of its own (a report is a change of the plan
 * document, a file is another document). A crash between the two leaves a file no report names — harmless, and
 * the same upload again finds it, its id being derived from the plan and the content — but never a report naming a
 * file that is not there.
 */
@Service
public class EvidenceFiles {

    /** At most this many files on one report. */
    public static final int MAX_PER_REPORT = 5;

    private final MongoTemplate mongo;
    private final PlanAuthoring authoring;
    private final Clock clock;

    public EvidenceFiles(MongoTemplate mongo, PlanAuthoring authoring, Clock clock) {
        this.mongo = mongo;
        this.authoring = authoring;
        this.clock = clock;
    }

    /**
     * Checks a file and keeps it as evidence for a plan the caller reports on: the plan's agency staff or head,
     * while the plan is approved. Other agencies do not see the plan (404); reviewers and operators do not write (403).
     *
     * @throws RefusedInput naming {@value EvidenceContentCheck#FIELD} when the file may not be kept
     */
    public EvidenceFile keep(CurrentUser user, String planId, String name, byte[] content) {
        Plan plan = reportable(user, planId);
        EvidenceType type = EvidenceContentCheck.check(name, content);
        String sha256 = sha256(content);
        EvidenceFile file = new EvidenceFile("ef-" + DerivedId.of(planId + "/" + sha256, "evidence-file"), planId,
                plan.getAgencyId(), EvidenceContentCheck.cleanName(name), type.contentType(), content.length, sha256,
                content, user.username(), clock.instant());
        try {
            mongo.insert(file);
            return withoutContent(file);
        } catch (DuplicateKeyException alreadyKept) {
            return described(planId, List.of(file.id())).get(file.id());
        }
    }

    /**
     * The files a report is to name, as its evidence, in the order given (a repeated id counts once). Each must have
     * been kept for this plan.
     *
     * @throws RefusedInput naming {@value EvidenceContentCheck#FIELD} for more than {@value #MAX_PER_REPORT} files
     *                      or one that is not this plan's
     */
    public List<Evidence> asEvidence(String planId, List<String> fileIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(fileIds == null ? List.of() : fileIds));
        if (ids.size() > MAX_PER_REPORT) {
            throw RefusedInput.because(EvidenceContentCheck.FIELD, "evidence.refused.tooMany", MAX_PER_REPORT);
        }
        Map<String, EvidenceFile> found = described(planId, ids);
        return ids.stream().map(id -> {
            EvidenceFile f = found.get(id);
            if (f == null) {
                throw RefusedInput.because(EvidenceContentCheck.FIELD, "evidence.refused.unknownFile", id);
            }
            return Evidence.file(f.name(), f.id(), f.contentType(), f.size());
        }).toList();
    }

    /** A file with its content, for someone who may read the plan; 404 for anyone else and for another plan's file. */
    public EvidenceFile download(CurrentUser user, String planId, String fileId) {
        authoring.get(user, planId);
        EvidenceFile file = mongo.findOne(query(where("_id").is(fileId).and("planId").is(planId)), EvidenceFile.class);
        if (file == null) {
            throw new NotFoundException("evidence file", fileId);
        }
        return file;
    }

    /**
     * The plan, when the caller may report on it: their own agency's, approved. Checked before a file is read, so
     * a caller who may not report learns nothing about the file's content.
     */
    public Plan reportable(CurrentUser user, String planId) {
        String agencyId = user.requireAgency();
        Plan plan = authoring.get(user, planId);
        if (!plan.getAgencyId().equals(agencyId)) {
            throw new NotFoundException("plan", planId);
        }
        if (!plan.getStatus().approved()) {
            throw new RuleViolationException("wrong-state", "status", "cannot report progress on a plan that is "
                    + plan.getStatus() + "; only one that is APPROVED or PUBLISHED");
        }
        return plan;
    }

    private Map<String, EvidenceFile> described(String planId, List<String> ids) {
        Query q = query(where("_id").in(ids).and("planId").is(planId));
        q.fields().exclude("bytes");
        Map<String, EvidenceFile> byId = new LinkedHashMap<>();
        mongo.find(q, EvidenceFile.class).forEach(f -> byId.put(f.id(), f));
        return byId;
    }

    private static EvidenceFile withoutContent(EvidenceFile f) {
        return new EvidenceFile(f.id(), f.planId(), f.agencyId(), f.name(), f.contentType(), f.size(), f.sha256(), null,
                f.uploadedBy(), f.uploadedAt());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
